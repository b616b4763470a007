// Prints the tab's first-load JavaScript: the entry script and the modules it preloads, gzipped.
// Run `npm run build:tab` first. Budget: 200 kB gzipped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve("tab/dist");
const html = readFileSync(path.join(dist, "index.html"), "utf8");
const sources = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1] as string);

let raw = 0;
let gzipped = 0;
for (const src of new Set(sources)) {
  const bytes = readFileSync(path.join(dist, src.replace(/^\//, "")));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`tab first-load JS: ${kb(gzipped)} kB gzipped, ${kb(raw)} kB raw, ${new Set(sources).size} files (budget 200 kB gzipped)`);
if (gzipped > 200 * 1024) process.exitCode = 1;

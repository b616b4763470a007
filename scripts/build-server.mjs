// Bundles the server (bot/ + shared/) into bot/dist/main.mjs for production: `node bot/dist/main.mjs`.
// npm packages stay external (installed with `npm ci --omit=dev`); our workspaces are bundled.
import { build } from "esbuild";

const externalPackages = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@baton/") ? undefined : { path: args.path, external: true },
    );
  },
};

// The matching engine runs in a worker thread; its entry is bundled beside main.mjs
// (bot/src/matching/solve-in-worker.ts looks for ./matching-worker.mjs next to the bundle).
await build({
  entryPoints: { main: "bot/src/main.ts", "matching-worker": "bot/src/matching/matching-worker.ts" },
  outdir: "bot/dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: "info",
});

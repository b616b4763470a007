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

await build({
  entryPoints: ["bot/src/main.ts"],
  outfile: "bot/dist/main.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: "info",
});

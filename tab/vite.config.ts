import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Lets `npm run bench:tab` tell first-load chunks from lazy ones.
    manifest: true,
    rollupOptions: {
      // @baton/shared builds zod schemas at module level, which Rollup must otherwise keep in case they
      // have side effects; they do not, so a page that imports one schema gets that schema only.
      treeshake: { moduleSideEffects: (id) => !/[\\/]shared[\\/]src[\\/]/.test(id) },
    },
  },
});

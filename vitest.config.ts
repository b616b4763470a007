import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          setupFiles: ["tests/setup/fast-check-seed.ts"],
          include: [
            "shared/src/**/*.test.ts",
            "bot/src/**/*.test.ts",
            "tab/src/**/*.test.ts",
            "tests/unit/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker runs the files one after another and imports the server, botbuilder and the
          // Cosmos SDK once, not once per file (each file still starts its own server and chromium).
          isolate: false,
        },
      },
    ],
  },
});

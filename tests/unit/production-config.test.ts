import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { environment, loadConfig } from "../../bot/src/config";
import {
  bicepAppSettings,
  checkProductionConfig,
  orderBys,
  readProjectFiles,
  requiredInProduction,
  type ProjectFiles,
} from "../support/production-config";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SETTINGS = Object.keys(environment.shape);
const files = readProjectFiles(ROOT, SETTINGS);

/** A copy of the project files with one file changed. */
function withChange(rel: string, change: (text: string) => string): ProjectFiles {
  const copy = new Map(files);
  const before = copy.get(rel)!;
  const after = change(before);
  expect(after, `the change to ${rel} must change something`).not.toBe(before);
  copy.set(rel, after);
  return copy;
}

describe(
  "production configuration: yml, env files, manifests, Bicep and config.ts agree",
  { timeout: 30_000 },
  () => {
    it("has no disagreement in the repository", () => {
      expect(checkProductionConfig(files)).toEqual([]);
    });

    it("finds the ORDER BY queries it checks (so the index check cannot pass vacuously)", () => {
      expect(orderBys(files).map((q) => q.orderBy)).toEqual(
        expect.arrayContaining(["c.searchName", "c.nextAttemptAt"]),
      );
    });

    it("provides in Azure every setting a production start requires", () => {
      let message = "";
      try {
        loadConfig({ NODE_ENV: "production" });
      } catch (error) {
        message = String(error);
      }
      const required = requiredInProduction(message, SETTINGS);
      expect(required).toEqual(
        expect.arrayContaining(["COSMOS_ENDPOINT", "MicrosoftAppId", "AAD_APP_CLIENT_ID", "TAB_DOMAIN"]),
      );
      const appSettings = bicepAppSettings(files.get("infra/main.bicep")!);
      for (const name of required) expect(appSettings, name).toContain(name);
    });

    describe("fails when one file disagrees", () => {
      it("a manifest placeholder no env file defines", () => {
        const broken = withChange("appPackage/manifest.json", (t) =>
          t.replace('"accentColor": "#1E5AA8"', '"accentColor": "${{ACCENT_COLOR}}"'),
        );
        expect(checkProductionConfig(broken)).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/manifest\.json: \$\{\{ACCENT_COLOR\}\} is not defined for env dev/),
          ]),
        );
      });

      it("a Bicep output nobody uses", () => {
        const broken = withChange("infra/main.bicep", (t) =>
          t.replace("output TAB_DOMAIN ", "output HOST_NAME "),
        );
        const problems = checkProductionConfig(broken);
        expect(problems).toEqual(["infra/main.bicep: output HOST_NAME is not used by any yml or manifest"]);
      });

      it("a setting the server reads that Azure does not set", () => {
        const broken = withChange("infra/main.bicep", (t) =>
          t.replace("name: 'PUBLIC_URL'", "name: 'PUBLIC_LINK'"),
        );
        expect(checkProductionConfig(broken)).toEqual(
          expect.arrayContaining([
            "PUBLIC_LINK is set (Bicep or m365agents.local.yml) but bot/src/config.ts does not read it",
          ]),
        );
        const unread = new Map(files);
        unread.set("(config settings)", [...SETTINGS, "BATON_NEW_SETTING"].join("\n"));
        expect(checkProductionConfig(unread)).toContain(
          "bot/src/config.ts reads BATON_NEW_SETTING, which neither the Bicep app settings nor the env files set",
        );
      });

      it("a yml file the toolkit's schema refuses", () => {
        const broken = withChange("m365agents.yml", (t) =>
          t.replace("uses: arm/deploy", "uses: arm/deploy-all"),
        );
        expect(checkProductionConfig(broken).some((p) => p.startsWith("m365agents.yml: /provision/"))).toBe(
          true,
        );
      });

      it("an ORDER BY without a composite index", () => {
        const broken = withChange("infra/cosmos-indexing-policy.json", (t) =>
          t.replace('"path": "/nextAttemptAt"', '"path": "/createdAt"'),
        );
        expect(checkProductionConfig(broken)).toEqual([
          "bot/src/rhythm/delivery-queue.ts: ORDER BY c.nextAttemptAt has no composite index (infra/cosmos-indexing-policy.json)",
        ]);
      });

      it("a parameter file that passes an unknown parameter", () => {
        const broken = withChange("infra/main.parameters.json", (t) => t.replace('"botSku"', '"botTier"'));
        expect(checkProductionConfig(broken)).toEqual([
          "infra/main.parameters.json: botTier is not a parameter",
        ]);
      });
    });
  },
);

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import ts from "typescript";
import { parse as parseYaml } from "yaml";

/**
 * Cross-checks the production configuration of the project, file against file:
 * the Agents Toolkit yml files (schema, placeholders), the env files, the Teams and Entra manifests,
 * the Bicep template (parameters, outputs, app settings), the settings `bot/src/config.ts` reads, and the
 * composite indexes against the queries' ORDER BY. Pure over a file map so a test can break one file.
 */
export type ProjectFiles = Map<string, string>;

/** Settings config.ts reads that are deliberately provided nowhere, with the reason. */
export const DELIBERATELY_UNSET: Record<string, string> = {
  COSMOS_KEY: "keyless: in Azure the server uses its managed identity (DefaultAzureCredential)",
};
/** App settings for the platform or SDKs, not read by config.ts. */
export const PLATFORM_SETTINGS = new Set(["AZURE_CLIENT_ID", "SCM_DO_BUILD_DURING_DEPLOYMENT"]);

const YML_ENVS: Record<string, string[]> = {
  "m365agents.yml": ["dev"],
  "m365agents.local.yml": ["local"],
  "m365agents.playground.yml": ["playground"],
};
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function readProjectFiles(root: string, settings: readonly string[]): ProjectFiles {
  const files: ProjectFiles = new Map();
  const add = (rel: string) => files.set(rel, readFileSync(path.join(root, rel), "utf8"));
  for (const rel of [
    ...Object.keys(YML_ENVS),
    "env/.env.dev",
    "env/.env.local",
    "env/.env.playground",
    "appPackage/manifest.json",
    "aad.manifest.json",
    "infra/main.bicep",
    "infra/main.parameters.json",
    "infra/cosmos-indexing-policy.json",
    "infra/schemas/m365agents.yml.v1.13.json",
    ".vscode/tasks.json",
  ])
    add(rel);
  for (const dir of ["bot/src", "shared/src"])
    for (const rel of sourceFiles(root, dir)) if (!rel.includes(".test.")) add(rel);
  files.set("(config settings)", settings.join("\n"));
  return files;
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: false })
    .map((f) => path.posix.join(dir, String(f).split(path.sep).join("/")))
    .filter((f) => f.endsWith(".ts"));
}

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));

function envKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (m) keys.add(m[1]!);
  }
  return keys;
}

interface Action {
  uses: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}

const actionsOf = (doc: any): Action[] =>
  ["provision", "deploy", "publish"].flatMap((stage) => (doc?.[stage] ?? []) as Action[]);

/** `output NAME type = ...` */
export const bicepOutputs = (bicep: string) =>
  [...bicep.matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((m) => m[1]!);
/** `param NAME type [= default]` */
const bicepParams = (bicep: string) =>
  [...bicep.matchAll(/^param\s+([A-Za-z_][A-Za-z0-9_]*)\s+\S+(\s*=)?/gm)].map((m) => ({
    name: m[1]!,
    hasDefault: Boolean(m[2]),
  }));
/** The names in the web app's `appSettings: [ { name: 'X' ... } ]`. */
export function bicepAppSettings(bicep: string): string[] {
  const start = bicep.indexOf("appSettings: [");
  if (start < 0) return [];
  let depth = 0;
  let end = start;
  for (let i = bicep.indexOf("[", start); i < bicep.length; i++) {
    if (bicep[i] === "[") depth++;
    if (bicep[i] === "]" && --depth === 0) {
      end = i;
      break;
    }
  }
  return [...bicep.slice(start, end).matchAll(/\bname:\s*'([^']+)'/g)].map((m) => m[1]!);
}

interface OrderedQuery {
  file: string;
  where: string;
  orderBy: string;
}
const parsedQueries = new Map<string, OrderedQuery[]>();

/** ORDER BY expressions of the queries: `DocumentStore.queryPartition`'s fifth argument. */
export function orderBys(files: ProjectFiles): OrderedQuery[] {
  return [...files].flatMap(([file, text]) => {
    if (!file.endsWith(".ts") || !text.includes("queryPartition")) return [];
    const key = `${file}\n${text}`;
    if (!parsedQueries.has(key)) parsedQueries.set(key, queriesIn(file, text));
    return parsedQueries.get(key)!;
  });
}

function queriesIn(file: string, text: string): OrderedQuery[] {
  const found: OrderedQuery[] = [];
  {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "queryPartition" &&
        node.arguments.length >= 5
      ) {
        const order = node.arguments[4]!;
        const where = node.arguments[2]?.getText(source) ?? "";
        if (ts.isStringLiteralLike(order) && order.text !== "")
          found.push({ file, where, orderBy: order.text });
        else if (!ts.isStringLiteralLike(order))
          found.push({ file, where, orderBy: `(not a literal: ${order.getText(source)})` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const compiled = new Map<string, ValidateFunction>();
function schemaValidator(schema: string): ValidateFunction {
  if (!compiled.has(schema))
    compiled.set(schema, new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(schema)));
  return compiled.get(schema)!;
}

/** Every disagreement between the files, as readable sentences; empty when all agree. */
export function checkProductionConfig(files: ProjectFiles): string[] {
  const problems: string[] = [];
  const file = (rel: string) => {
    const text = files.get(rel);
    if (text === undefined) throw new Error(`missing ${rel}`);
    return text;
  };
  const bicep = file("infra/main.bicep");
  const outputs = bicepOutputs(bicep);
  const settings = file("(config settings)").split("\n");

  // 1. The yml files against the toolkit's schema.
  const validate = schemaValidator(file("infra/schemas/m365agents.yml.v1.13.json"));
  const usedAnywhere = new Set<string>();
  for (const [yml, envs] of Object.entries(YML_ENVS)) {
    const text = file(yml);
    const doc = parseYaml(text);
    if (!validate(doc))
      for (const e of validate.errors ?? []) problems.push(`${yml}: ${e.instancePath || "/"} ${e.message}`);

    // 2. Every placeholder in the yml and the files it uses is defined by the env file or written earlier.
    const actions = actionsOf(doc);
    const written = new Set<string>();
    for (const a of actions) for (const v of Object.values(a.writeToEnvironmentFile ?? {})) written.add(v);
    if (actions.some((a) => a.uses === "arm/deploy")) for (const o of outputs) written.add(o);
    if (actions.some((a) => a.uses === "aadApp/update")) written.add("AAD_APP_ACCESS_AS_USER_PERMISSION_ID");
    if (envs.includes("local"))
      for (const [, name] of file(".vscode/tasks.json").matchAll(/"(?:endpoint|domain)":\s*"([A-Z_]+)"/g))
        written.add(name!);
    const uses: [string, string][] = [[yml, text]];
    for (const a of actions) {
      const referenced = [a.with?.manifestPath, a.with?.templates?.map((t: any) => t.parameters)]
        .flat()
        .filter((p): p is string => typeof p === "string")
        .map((p) => path.posix.normalize(p));
      for (const rel of referenced) uses.push([rel, file(rel)]);
    }
    for (const env of envs) {
      const defined = new Set([...envKeys(file(`env/.env.${env}`)), ...written]);
      for (const [rel, content] of uses)
        for (const name of placeholders(content)) {
          usedAnywhere.add(name);
          if (!defined.has(name))
            problems.push(
              `${rel}: \${{${name}}} is not defined for env ${env} (env/.env.${env} or an action)`,
            );
        }
    }
  }

  // 3. Every Bicep output is used; the parameters file matches the parameters.
  for (const o of outputs)
    if (!usedAnywhere.has(o))
      problems.push(`infra/main.bicep: output ${o} is not used by any yml or manifest`);
  const params = bicepParams(bicep);
  const given = Object.keys(JSON.parse(file("infra/main.parameters.json")).parameters ?? {});
  for (const g of given)
    if (!params.some((p) => p.name === g))
      problems.push(`infra/main.parameters.json: ${g} is not a parameter`);
  for (const p of params)
    if (!p.hasDefault && !given.includes(p.name))
      problems.push(`infra/main.parameters.json: required parameter ${p.name} is missing`);

  // 4. Every setting the server reads is provided (Azure: app settings; local: .localConfigs), none is dead.
  const appSettings = bicepAppSettings(bicep);
  const local = actionsOf(parseYaml(file("m365agents.local.yml")))
    .filter((a) => a.uses === "file/createOrUpdateEnvironmentFile")
    .flatMap((a) => Object.keys(a.with?.envs ?? {}));
  for (const s of settings)
    if (!appSettings.includes(s) && !local.includes(s) && !(s in DELIBERATELY_UNSET))
      problems.push(
        `bot/src/config.ts reads ${s}, which neither the Bicep app settings nor the env files set`,
      );
  for (const s of [...appSettings, ...local])
    if (!settings.includes(s) && !PLATFORM_SETTINGS.has(s))
      problems.push(`${s} is set (Bicep or m365agents.local.yml) but bot/src/config.ts does not read it`);

  // 5. Composite indexes for every ORDER BY; Bicep uses the policy file.
  if (!bicep.includes("loadJsonContent('cosmos-indexing-policy.json')"))
    problems.push("infra/main.bicep does not load infra/cosmos-indexing-policy.json");
  const composite: { path: string }[][] =
    JSON.parse(file("infra/cosmos-indexing-policy.json")).compositeIndexes ?? [];
  for (const q of orderBys(files)) {
    const props = q.orderBy.split(",").map((p) => p.trim().replace(/\s+(ASC|DESC)$/i, ""));
    const covered = composite.some((index) => {
      const paths = index.map((i) => `c${i.path.replace(/\//g, ".")}`);
      const tail = paths.slice(-props.length);
      const head = paths.slice(0, paths.length - props.length);
      // DocumentStore adds `c.pk = @pk AND c.tenantId = @tenantId` to every query.
      const implicit = ["c.pk", "c.tenantId"];
      return tail.join() === props.join() && head.every((p) => implicit.includes(p) || q.where.includes(p));
    });
    if (!covered)
      problems.push(
        `${q.file}: ORDER BY ${q.orderBy} has no composite index (infra/cosmos-indexing-policy.json)`,
      );
  }
  return problems;
}

/** What production refuses to start without (names taken from loadConfig's own error message). */
export function requiredInProduction(message: string, settings: readonly string[]): string[] {
  return settings.filter((s) => new RegExp(`\\b${s} must be set`).test(message));
}

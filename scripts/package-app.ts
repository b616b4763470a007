/**
 * `npm run package`: builds the Teams app package from appPackage/manifest.json.
 *
 *   1. reads env/.env.${BATON_ENV:-local} (dotenv syntax);
 *   2. fills every `${{VAR}}` placeholder (Microsoft 365 Agents Toolkit convention), failing with the
 *      names of any variable that is not defined or is empty;
 *   3. validates the result offline against the Teams schema bundled in @microsoft/app-manifest;
 *   4. writes appPackage/build/manifest.<env>.json and appPackage/build/appPackage.<env>.zip
 *      (manifest.json, color.png, outline.png at the root).
 *
 * The building blocks are exported so tests can call them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import type { AppManifest, TeamsManifest } from "@microsoft/app-manifest";

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Variables that may legitimately be empty (e.g. no name suffix in production). */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(["APP_NAME_SUFFIX"]);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/* ------------------------------------------------------------------ env files */

/** Parses dotenv text: KEY=VALUE lines, `#` comments, optional `export`, single or double quotes. */
export function parseEnv(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Cannot parse env line: ${rawLine}`);
    const [, key = "", rest = ""] = match;
    let value = rest.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, ""); // trailing comment on an unquoted value
    }
    vars[key] = value;
  }
  return vars;
}

export function envFilePath(envName: string, rootDir = ROOT_DIR): string {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new Error(`Invalid environment name "${envName}"`);
  return join(rootDir, "env", `.env.${envName}`);
}

export function loadEnv(envName: string, rootDir = ROOT_DIR): Record<string, string> {
  const file = envFilePath(envName, rootDir);
  if (!existsSync(file)) {
    throw new Error(`Environment file not found: ${file} (set BATON_ENV to one of the env/.env.* files)`);
  }
  return parseEnv(readFileSync(file, "utf8"));
}

/* ------------------------------------------------------------ substitution */

export class MissingVariablesError extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly empty: readonly string[],
    source: string,
  ) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`not defined: ${missing.join(", ")}`);
    if (empty.length > 0) parts.push(`empty: ${empty.join(", ")}`);
    super(`Missing variable(s) for ${source}: ${parts.join("; ")}`);
    this.name = "MissingVariablesError";
  }
}

/** Names of all `${{VAR}}` placeholders in a template, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/**
 * Replaces every `${{VAR}}` in a JSON template. Values are JSON-string-escaped, so placeholders must sit
 * inside JSON strings (as they do in the manifest). Throws MissingVariablesError naming every variable
 * that is undefined, or empty when not in MAY_BE_EMPTY.
 */
export function substitute(
  template: string,
  vars: Readonly<Record<string, string | undefined>>,
  source = "appPackage/manifest.json",
): string {
  const names = placeholdersIn(template);
  const missing = names.filter((name) => vars[name] === undefined);
  const empty = names.filter((name) => vars[name] === "" && !MAY_BE_EMPTY.has(name));
  if (missing.length > 0 || empty.length > 0) throw new MissingVariablesError(missing, empty, source);
  return template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify(vars[name] ?? "").slice(1, -1),
  );
}

/* --------------------------------------------------------------- validation */

const requireFromHere = createRequire(import.meta.url);

/** Path of the Teams schema for a manifest version, inside @microsoft/app-manifest (no network). */
export function bundledSchemaPath(manifestVersion: string): string {
  const packageDir = resolve(dirname(requireFromHere.resolve("@microsoft/app-manifest")), "..");
  const folder = manifestVersion === "devPreview" ? "vDevPreview" : `v${manifestVersion}`;
  return join(packageDir, "build", "json-schemas", "teams", folder, "MicrosoftTeams.schema.json");
}

/**
 * Validates a Teams manifest with AppManifestUtils.validateAgainstSchema, always passing the schema
 * bundled in @microsoft/app-manifest for the manifest's version so validation never goes online.
 * Returns the list of problems (empty when valid).
 */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const schemaFile = bundledSchemaPath(version);
  if (!existsSync(schemaFile)) {
    return [`manifestVersion ${version} has no schema bundled in @microsoft/app-manifest (${schemaFile})`];
  }
  // Same clean-up the package applies to downloaded schemas (\a and \v are not valid JSON escapes).
  const text = readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  const schema = JSON.parse(text) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
  const schemaUrl = "$schema" in manifest ? manifest.$schema : undefined;
  if (typeof schemaUrl === "string" && !schemaUrl.includes(`/v${version}/`) && version !== "devPreview") {
    problems.push(`$schema ${schemaUrl} does not match manifestVersion ${version}`);
  }
  return problems;
}

/* ---------------------------------------------------------------------- zip */

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// 1980-01-01 00:00 in MS-DOS format, so the same inputs always give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a zip archive (deflate, no zip64) of the given files. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data) >>> 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra length
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes, external attributes: all 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/* -------------------------------------------------------------------- build */

export interface BuildOptions {
  envName?: string;
  rootDir?: string;
  /** Where to write the outputs; defaults to <rootDir>/appPackage/build. */
  outDir?: string;
}

export interface BuildResult {
  envName: string;
  manifest: TeamsManifest;
  manifestPath: string;
  zipPath: string;
}

export class ManifestValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`appPackage/manifest.json is not a valid Teams manifest:\n  - ${problems.join("\n  - ")}`);
    this.name = "ManifestValidationError";
  }
}

/** Icon files the manifest points at, which must exist in appPackage/. */
function iconFiles(manifest: TeamsManifest): string[] {
  const icons = manifest.icons as unknown as Record<string, string | undefined>;
  return [...new Set(Object.values(icons).filter((file): file is string => typeof file === "string"))];
}

export async function buildAppPackage(options: BuildOptions = {}): Promise<BuildResult> {
  const envName = options.envName ?? "local";
  const rootDir = options.rootDir ?? ROOT_DIR;
  const appPackageDir = join(rootDir, "appPackage");
  const outDir = options.outDir ?? join(appPackageDir, "build");

  const vars = loadEnv(envName, rootDir);
  const template = readFileSync(join(appPackageDir, "manifest.json"), "utf8");
  const filled = substitute(template, vars, `appPackage/manifest.json (values from env/.env.${envName})`);
  const manifest = JSON.parse(filled) as TeamsManifest;

  const problems = await validateManifest(manifest);
  const files = iconFiles(manifest);
  for (const file of files) {
    if (!existsSync(join(appPackageDir, file))) problems.push(`icon file appPackage/${file} does not exist`);
  }
  if (problems.length > 0) throw new ManifestValidationError(problems);

  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(manifestJson, "utf8") },
    ...files.map((file) => ({ name: file, data: readFileSync(join(appPackageDir, file)) })),
  ]);

  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, `manifest.${envName}.json`);
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(manifestPath, manifestJson);
  writeFileSync(zipPath, zip);
  return { envName, manifest, manifestPath, zipPath };
}

/* --------------------------------------------------------------------- main */

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  buildAppPackage({ envName: process.env.BATON_ENV || "local" }).then(
    (result) => {
      console.log(
        `Teams app package (${result.envName}, manifest ${result.manifest.manifestVersion}) is valid.`,
      );
      console.log(`  ${result.manifestPath}`);
      console.log(`  ${result.zipPath}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, inflateRawSync, inflateSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import type { AppManifest, TeamsManifest } from "@microsoft/app-manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandsFor } from "../../bot/src/bot/help-text";

// scripts/ is its own TypeScript project, which tests/tsconfig.json does not reference, so the packager is
// loaded at run time and described here by the slice of its exports this test uses.
interface PackagerApi {
  buildAppPackage(options: { envName?: string; rootDir?: string; outDir?: string }): Promise<{
    manifest: TeamsManifest;
    manifestPath: string;
    zipPath: string;
  }>;
  substitute(template: string, vars: Record<string, string | undefined>, source?: string): string;
  validateManifest(manifest: TeamsManifest): Promise<string[]>;
}

interface ComposeExtension {
  botId: string;
  commands: {
    id: string;
    type: string;
    title: string;
    description?: string;
    context?: string[];
    initialRun?: boolean;
    fetchTask?: boolean;
    parameters?: { name: string; title: string; description?: string }[];
  }[];
  messageHandlers?: { type: string; value: { domains: string[] } }[];
}

/** The parts of the packaged manifest this test looks at. */
interface PackagedManifest {
  $schema?: string;
  manifestVersion: string;
  id: string;
  staticTabs?: { entityId: string; name?: string; contentUrl?: string }[];
  configurableTabs?: {
    configurationUrl: string;
    canUpdateConfiguration?: boolean;
    scopes: string[];
    context?: string[];
  }[];
  supportedChannelTypes?: string[];
  bots?: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    commandLists?: { scopes: string[]; commands: { title: string; description?: string }[] }[];
  }[];
  webApplicationInfo?: { id: string; resource?: string };
  validDomains?: string[];
  [key: string]: unknown;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const COMMANDS = [
  "help",
  "join",
  "profile",
  "my actions",
  "log a session",
  "pause",
  "resume",
  "leave",
  "my data",
  "programs",
];

/* ------------------------------------------------------------ zip reading */

/** Reads a zip from its central directory, inflating each entry and checking its CRC-32. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("no end of central directory record");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory header ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (!data) throw new Error(`unsupported compression method ${method} for ${name}`);
    if (data.length !== size) throw new Error(`size mismatch for ${name}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`CRC mismatch for ${name}`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/* ------------------------------------------------------------ png reading */

interface Png {
  width: number;
  height: number;
  colourType: number;
  /** RGBA, 4 bytes per pixel. */
  rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Teams icons should be). */
function decodePng(png: Buffer): Png {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24];
  const colourType = png[25] ?? -1;
  const interlace = png[28];
  expect(bitDepth).toBe(8);
  expect([2, 6]).toContain(colourType);
  expect(interlace).toBe(0);

  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("ascii");
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = pixels[i * channels + c] ?? 0;
    rgba[i * 4 + 3] = channels === 4 ? (pixels[i * channels + 3] ?? 0) : 255;
  }
  return { width, height, colourType, rgba };
}

/* ------------------------------------------------------------ schema */

/** The Teams schema for a version, loaded straight from @microsoft/app-manifest's bundled copy. */
function bundledSchema(
  manifestVersion: string,
): Parameters<typeof AppManifestUtils.validateAgainstSchema>[1] {
  const packageDir = resolve(
    dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest")),
    "..",
  );
  const file = join(
    packageDir,
    "build/json-schemas/teams",
    `v${manifestVersion}`,
    "MicrosoftTeams.schema.json",
  );
  const text = readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(text) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
}

function envValue(name: string): string {
  const line = readFileSync(join(ROOT, "env/.env.local"), "utf8")
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${name}=`));
  if (line === undefined) throw new Error(`${name} not in env/.env.local`);
  return line.slice(name.length + 1).replace(/^"(.*)"$/, "$1");
}

/* ------------------------------------------------------------ tests */

describe("Teams app package", () => {
  let api: PackagerApi;
  let outDir: string;
  let files: Map<string, Buffer>;
  let manifest: PackagedManifest;

  beforeAll(async () => {
    api = (await import(join(ROOT, "scripts/package-app.ts"))) as PackagerApi;
    outDir = mkdtempSync(join(tmpdir(), "baton-app-package-"));
    const built = await api.buildAppPackage({ envName: "local", outDir });
    expect(built.zipPath).toBe(join(outDir, "appPackage.local.zip"));
    expect(built.manifestPath).toBe(join(outDir, "manifest.local.json"));
    files = readZip(readFileSync(built.zipPath));
    manifest = JSON.parse(
      (files.get("manifest.json") ?? Buffer.alloc(0)).toString("utf8"),
    ) as typeof manifest;
  });

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("zips manifest.json and both icons at the root", () => {
    expect([...files.keys()].sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(files.get("color.png")).toEqual(readFileSync(join(ROOT, "appPackage/color.png")));
    expect(files.get("outline.png")).toEqual(readFileSync(join(ROOT, "appPackage/outline.png")));
  });

  it("fills every placeholder from env/.env.local", () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(envValue("TEAMS_APP_ID"));
    expect(manifest.bots?.[0]?.botId).toBe(envValue("BOT_ID"));
    const tab = envValue("TAB_ENDPOINT");
    expect(manifest.staticTabs?.[0]).toMatchObject({
      name: "My mentoring",
      contentUrl: `${tab}/tab/personal`,
    });
    expect(manifest.configurableTabs?.[0]).toMatchObject({
      configurationUrl: `${tab}/tab/config`,
      canUpdateConfiguration: true,
    });
    expect(manifest.configurableTabs?.[0]?.scopes).toEqual(expect.arrayContaining(["groupChat", "team"]));
    // The channel tab (a pinned dashboard) works in private and shared channels too.
    expect(manifest.configurableTabs?.[0]?.context).toContain("channelTab");
    expect(manifest.supportedChannelTypes).toEqual(["sharedChannels", "privateChannels"]);
    expect(manifest.webApplicationInfo).toEqual({
      id: envValue("AAD_APP_CLIENT_ID"),
      resource: `api://${envValue("TAB_DOMAIN")}/${envValue("AAD_APP_CLIENT_ID")}`,
    });
    expect(manifest.validDomains).toContain(envValue("TAB_DOMAIN"));
  });

  it("passes the bundled Teams schema in @microsoft/app-manifest with no errors", async () => {
    const version = String(manifest.manifestVersion);
    const [major = 0, minor = 0] = version.split(".").map(Number);
    expect(major === 1 && minor >= 19, `manifestVersion ${version} should be 1.19 or later`).toBe(true);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    const errors = await AppManifestUtils.validateAgainstSchema(
      manifest as unknown as AppManifest,
      bundledSchema(version),
    );
    expect(errors).toEqual([]);
  });

  it("the validator rejects a broken manifest (so the check above can fail)", async () => {
    const broken = structuredClone(manifest);
    const bot = broken.bots?.[0];
    if (bot) bot.botId = "not-a-guid";
    broken.unexpected = true;
    const errors = await api.validateManifest(broken as unknown as TeamsManifest);
    expect(errors.some((e) => e.includes("/bots/0/botId"))).toBe(true);
    expect(errors.some((e) => e.includes("unexpected"))).toBe(true);
    const direct = await AppManifestUtils.validateAgainstSchema(
      broken as unknown as AppManifest,
      bundledSchema(String(manifest.manifestVersion)),
    );
    expect(direct.length).toBeGreaterThan(0);
  });

  it("has a 192×192 colour icon and a 32×32 white-on-transparent outline icon", () => {
    const color = decodePng(files.get("color.png") ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.rgba.length; i += 4) colours.add(color.rgba.subarray(i, i + 3).join(","));
    expect(colours.size).toBeGreaterThan(2); // really in colour, not a blank square

    const outline = decodePng(files.get("outline.png") ?? Buffer.alloc(0));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.colourType).toBe(6); // needs an alpha channel to be transparent
    let drawn = 0;
    let transparent = 0;
    const offenders: string[] = [];
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) drawn++;
      else offenders.push(`pixel ${i / 4}: ${r},${g},${b},${a}`);
    }
    expect(offenders).toEqual([]);
    expect(drawn).toBeGreaterThan(0);
    expect(transparent).toBeGreaterThan(0);
  });

  it("lists the bot commands for personal and group chats", () => {
    const bot = manifest.bots?.[0];
    expect(bot?.scopes).toEqual(expect.arrayContaining(["personal", "groupChat"]));
    expect(bot?.supportsFiles).toBe(false);
    for (const scope of ["personal", "groupChat"] as const) {
      const list = bot?.commandLists?.find((l) => l.scopes.includes(scope));
      expect(list, `commandList for ${scope}`).toBeDefined();
      // The group chat lists only what applies there (the bot's help says the same).
      expect(list?.commands.map((c) => c.title)).toEqual(commandsFor(scope).map(([name]) => name));
      if (scope === "personal") expect(list?.commands.map((c) => c.title)).toEqual(COMMANDS);
      for (const command of list?.commands ?? []) expect(command.description ?? "").not.toBe("");
    }
  });

  it("has one messaging extension on the bot's id, with the fixed command ids, within Teams' limits", async () => {
    const extensions = manifest.composeExtensions as ComposeExtension[] | undefined;
    expect(extensions).toHaveLength(1);
    const me = extensions?.[0];
    expect(me?.botId).toBe(envValue("BOT_ID"));
    expect(me?.botId).toBe(manifest.bots?.[0]?.botId);
    const commands = me?.commands ?? [];
    expect(commands.map((c) => c.id)).toEqual([
      "findMentor",
      "findResource",
      "myActionItems",
      "addActionItem",
    ]);
    for (const c of commands) {
      expect(c.title.length, c.id).toBeLessThanOrEqual(32);
      expect((c.description ?? "").length, c.id).toBeGreaterThan(0);
      expect((c.description ?? "").length, c.id).toBeLessThanOrEqual(128);
      for (const p of c.parameters ?? []) {
        expect(p.title.length).toBeLessThanOrEqual(32);
        expect((p.description ?? "").length).toBeLessThanOrEqual(128);
      }
    }
    for (const id of ["findMentor", "findResource", "myActionItems"]) {
      const c = commands.find((x) => x.id === id);
      expect(c, id).toMatchObject({ type: "query", initialRun: true });
      expect(c?.parameters?.map((p) => p.name)).toEqual(["query"]);
    }
    expect(commands.find((c) => c.id === "findMentor")?.context).toEqual(["compose", "commandBox"]);
    expect(commands.find((c) => c.id === "addActionItem")).toMatchObject({
      type: "action",
      context: ["message"],
      fetchTask: true,
    });
    expect(me?.messageHandlers).toEqual([{ type: "link", value: { domains: [envValue("TAB_DOMAIN")] } }]);

    // The schema enforces the limits too: a title over 32 characters fails validation.
    const broken = structuredClone(manifest);
    const first = (broken.composeExtensions as ComposeExtension[])[0]?.commands[0];
    if (first) first.title = "x".repeat(33);
    const errors = await api.validateManifest(broken as unknown as TeamsManifest);
    expect(errors.some((e) => e.includes("/composeExtensions/0/commands/0/title"))).toBe(true);
  });

  it("names every missing variable in a clear error", () => {
    const template = readFileSync(join(ROOT, "appPackage/manifest.json"), "utf8");
    const vars = {
      TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
      AAD_APP_CLIENT_ID: "00000000-0000-4000-8000-000000000003",
      TAB_ENDPOINT: "https://example.test",
      APP_NAME_SUFFIX: "",
    };
    expect(() => api.substitute(template, vars)).toThrow(
      /Missing variable\(s\).*not defined: BOT_ID, TAB_DOMAIN/,
    );
    expect(() => api.substitute(template, { ...vars, BOT_ID: "", TAB_DOMAIN: "example.test" })).toThrow(
      /empty: BOT_ID/,
    );
    expect(() =>
      api.substitute(template, { ...vars, BOT_ID: "x", TAB_DOMAIN: "example.test" }),
    ).not.toThrow();
  });

  it("fails the build when the env file lacks a variable, naming it", async () => {
    const root = mkdtempSync(join(tmpdir(), "baton-app-package-env-"));
    try {
      cpSync(join(ROOT, "appPackage"), join(root, "appPackage"), {
        recursive: true,
        filter: (src) => !src.includes(`${join("appPackage", "build")}`),
      });
      mkdirSync(join(root, "env"));
      const env = readFileSync(join(ROOT, "env/.env.local"), "utf8");
      writeFileSync(join(root, "env/.env.local"), env.replace(/^TAB_DOMAIN=.*$/m, ""));
      await expect(api.buildAppPackage({ envName: "local", rootDir: root })).rejects.toThrow(
        /not defined: TAB_DOMAIN.*env\/\.env\.local|env\/\.env\.local.*not defined: TAB_DOMAIN/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

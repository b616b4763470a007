// Measures the tab's first-load JavaScript from the Vite manifest: the entry chunk and its static
// imports, and, for a load inside Teams, the lazily loaded @microsoft/teams-js chunk as well.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleSize {
  browserGzip: number;
  teamsGzip: number;
  browserRaw: number;
  files: number;
  /** The dashboard route's lazy JavaScript (page and charts) beyond the first load, gzipped. */
  dashboardGzip: number;
  /** True when any first-load chunk holds the charts library (it must not). */
  chartsInFirstLoad: boolean;
}

export function measureTabBundle(dist = path.resolve("tab/dist")): BundleSize {
  const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error("No entry chunk in the Vite manifest");
  const firstLoad = new Set<string>();
  const visit = (key: string) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const child of manifest[key]?.imports ?? []) visit(child);
  };
  visit(entryKey);
  const teams = Object.keys(manifest).filter((k) => k.includes("@microsoft/teams-js") && !firstLoad.has(k));
  const size = (keys: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const key of keys) {
      const bytes = readFileSync(path.join(dist, manifest[key]?.file ?? ""));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const browser = size(firstLoad);
  const dashboardKey = Object.keys(manifest).find((k) => k.endsWith("src/dashboard/dashboard-page.tsx"));
  const dashboard = new Set<string>();
  const visitLazy = (key: string) => {
    if (firstLoad.has(key) || dashboard.has(key)) return;
    dashboard.add(key);
    for (const child of manifest[key]?.imports ?? []) visitLazy(child);
  };
  if (dashboardKey) visitLazy(dashboardKey);
  const chartsInFirstLoad = [...firstLoad].some((k) =>
    readFileSync(path.join(dist, manifest[k]?.file ?? "")).includes("GroupedVerticalBarChart"),
  );
  return {
    dashboardGzip: size(dashboard).gzip,
    chartsInFirstLoad,
    browserGzip: browser.gzip,
    browserRaw: browser.raw,
    teamsGzip: browser.gzip + size(teams).gzip,
    files: firstLoad.size,
  };
}

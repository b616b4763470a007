/**
 * npm run bench:matching — synthetic cohorts of four sizes, each solved fast (pruned candidate
 * graph, one pricing pass for a certified bound) and certified (price and re-solve until the
 * optimum is proven), every run in a fresh node process so sizes do not pollute each other.
 * Then tie-heavy cohorts (issue 13): the same generator scored on team preference only ("ties"),
 * and every mentee with one profile, every mentor taking one ("same-profile").
 * `npm run bench:matching -- --ties` runs only the tie-heavy part.
 * The child is bundled with esbuild first and run by plain node, as the server ships it, so the
 * RSS figures are the engine's and the cohort's, not the TypeScript loader's.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  rssMB: number;
  total: number;
  gapPercent: number;
  optimal: boolean;
  rounds: number;
  matched: number;
  mentees: number;
  mentors: number;
  blockingPairs: number;
  stabilityExact: boolean;
}

const SIZES: [number, number][] = [
  [500, 200],
  [2000, 800],
  [10000, 3000],
  [20000, 5000],
];

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "baton-bench-matching-"));
const bundle = join(dir, "child.mjs");
await build({
  entryPoints: [join(here, "child.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: bundle,
  logLevel: "warning",
});

type Kind = "standard" | "ties" | "same-profile";

const TIE_CASES: [Kind, number, number][] = [
  ["ties", 2000, 600],
  ["ties", 3000, 900],
  ["same-profile", 2000, 600],
  ["same-profile", 3000, 900],
];

function measure(
  mentees: number,
  mentors: number,
  mode: "fast" | "certify",
  kind: Kind = "standard",
): Measurement {
  const out = execFileSync(process.execPath, [bundle, String(mentees), String(mentors), mode, kind], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Measurement;
}

const s = (m: Measurement) => `${m.seconds.toFixed(1)} s, ${Math.round(m.rssMB)} MB RSS`;
console.log(
  `# matching bench on ${process.arch}, node ${process.version}; solve time only, peak RSS per child`,
);
const tiesOnly = process.argv.includes("--ties");
try {
  for (const [mentees, mentors] of tiesOnly ? [] : SIZES) {
    const size = `${mentees}x${mentors}`;
    const fast = measure(mentees, mentors, "fast");
    const exact = measure(mentees, mentors, "certify");
    const ofOptimum = exact.optimal
      ? `${((100 * fast.total) / exact.total).toFixed(2)}% of optimum`
      : "optimum unknown";
    console.log(`matching ${size}: ${s(fast)}, ${ofOptimum}, certified gap ${fast.gapPercent.toFixed(2)}%`);
    console.log(
      `certify ${size}: ${s(exact)}, ${
        exact.optimal
          ? `optimum proven (gap ${exact.gapPercent.toFixed(2)}%)`
          : `not proven (gap ${exact.gapPercent.toFixed(2)}%)`
      }`,
    );
    console.log(
      `#   ${fast.mentees} active mentees, ${fast.mentors} mentors; fast matched ${fast.matched}, ` +
        `certify took ${exact.rounds} price-and-resolve rounds; blocking pairs ${fast.blockingPairs}` +
        `${fast.stabilityExact ? "" : " (estimated from a sample)"}` +
        `; CPU fast ${fast.cpuSeconds.toFixed(1)} s, certify ${exact.cpuSeconds.toFixed(1)} s`,
    );
  }
  for (const [kind, mentees, mentors] of TIE_CASES) {
    const fast = measure(mentees, mentors, "fast", kind);
    const exact = measure(mentees, mentors, "certify", kind);
    const proof = exact.optimal ? "proven" : `not proven (gap ${exact.gapPercent.toFixed(2)} %)`;
    console.log(
      `${kind} ${mentees}x${mentors}: fast ${fast.seconds.toFixed(1)} s gap ${fast.gapPercent.toFixed(2)} %, ` +
        `certify ${exact.seconds.toFixed(1)} s ${proof}`,
    );
    const ofOptimum = exact.optimal
      ? `${((100 * fast.total) / exact.total).toFixed(2)}% of optimum`
      : "optimum unknown";
    console.log(
      `#   fast ${Math.round(fast.rssMB)} MB, ${fast.rounds} rounds, ${ofOptimum}, CPU ${fast.cpuSeconds.toFixed(1)} s; ` +
        `certify ${Math.round(exact.rssMB)} MB, ${exact.rounds} rounds, CPU ${exact.cpuSeconds.toFixed(1)} s`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

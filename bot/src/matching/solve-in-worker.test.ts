import { describe, expect, it } from "vitest";
import { solveMatching, type MatchingInput, type MatchingParticipant } from "@baton/shared";
import { solveInWorker, workerEntry } from "./solve-in-worker";

function cohort(mentees: number, mentors: number): MatchingInput {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const person = (id: string, role: "mentee" | "mentor"): MatchingParticipant => ({
    id,
    roles: [role],
    team: `team-${rand(12)}`,
    reportingLine: [],
    learn:
      role === "mentee"
        ? [
            { skill: rand(60), level: 2 },
            { skill: rand(60), level: 3 },
          ]
        : [],
    offer: role === "mentor" ? [0, 1, 2, 3].map(() => ({ skill: rand(60), level: 4 })) : [],
    goals: [`g${rand(30)}`, `g${rand(30)}`],
    availability: [{ day: rand(5), startMinute: 480 + 30 * rand(10), endMinute: 1080 }],
    utcOffsetMinutes: 60 * (rand(5) - 2),
    styles: ["hands-on"],
    teamPreference: "no-preference",
    capacity: role === "mentor" ? 1 + rand(3) : 0,
    status: "active",
  });
  return {
    participants: [
      ...Array.from({ length: mentees }, (_, i) => person(`e${i}`, "mentee")),
      ...Array.from({ length: mentors }, (_, i) => person(`m${i}`, "mentor")),
    ],
  };
}

describe("solveInWorker", () => {
  it("runs the TypeScript worker through tsx outside a bundle", () => {
    const entry = workerEntry("file:///app/bot/src/matching/solve-in-worker.ts");
    expect(entry.url.pathname).toBe("/app/bot/src/matching/tsx-worker-bootstrap.mjs");
    expect(entry.entry).toBe("file:///app/bot/src/matching/matching-worker.ts");
  });

  it("gives the same answer as solving in-process, while the event loop keeps ticking", async () => {
    const input = cohort(1500, 600);
    let ticks = 0;
    let longestGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      ticks++;
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 5);
    const started = Date.now();
    const result = await solveInWorker(input, { mode: "fast" });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    const local = solveMatching(input, { mode: "fast" });
    expect(result.totalScore).toBe(local.totalScore);
    expect(result.assignments.length).toBe(local.assignments.length);
    expect(result.assignments.length).toBeGreaterThan(100);
    // The main thread stayed free: it ticked all along, never stalled like a blocking solve would.
    expect(ticks).toBeGreaterThan(elapsed / 50);
    expect(longestGap).toBeLessThan(200);
  });

  it("reports invalid input as an error instead of crashing the server", async () => {
    const input = cohort(1, 1);
    (input.participants[0] as { capacity: number }).capacity = 9;
    await expect(solveInWorker(input)).rejects.toThrow(/Invalid matching input at participants\.0\.capacity/);
  });
});

describe("the bundled worker (as in production)", () => {
  it("is found beside the bundle and solves without tsx", async () => {
    const { build } = await import("esbuild");
    const { execFileSync } = await import("node:child_process");
    const { mkdtemp, rm } = await import("node:fs/promises");
    const path = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
    // Inside the repository, so the bundle finds zod in node_modules as the real one does.
    const cache = path.join(root, "node_modules", ".cache");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(path.join(cache, "baton-worker-"));
    try {
      await build({
        entryPoints: {
          main: path.join(root, "bot/src/matching/solve-in-worker.ts"),
          "matching-worker": path.join(root, "bot/src/matching/matching-worker.ts"),
        },
        outdir: dir,
        outExtension: { ".js": ".mjs" },
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        logLevel: "silent",
        plugins: [
          {
            name: "external-packages",
            setup(b) {
              b.onResolve({ filter: /^[^./]/ }, (args) =>
                args.path.startsWith("@baton/") ? undefined : { path: args.path, external: true },
              );
            },
          },
        ],
      });
      const { writeFile } = await import("node:fs/promises");
      const runner = path.join(dir, "run.mjs");
      await writeFile(
        runner,
        `import { solveInWorker, workerEntry } from "./main.mjs";
        const r = await solveInWorker(${JSON.stringify(cohort(30, 10))}, { mode: "fast" });
        console.log(JSON.stringify({ entry: workerEntry().url.pathname, matched: r.assignments.length }));`,
      );
      const out = execFileSync(process.execPath, [runner], { encoding: "utf8" });
      const parsed = JSON.parse(out.trim()) as { entry: string; matched: number };
      expect(parsed.entry).toBe(path.join(dir, "matching-worker.mjs"));
      expect(parsed.matched).toBeGreaterThan(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

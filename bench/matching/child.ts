/**
 * One benchmark measurement in a fresh process: generate the cohort, solve it once, print JSON.
 * Usage: node child.mjs <mentees> <mentors> <fast|certify> [standard|ties|same-profile]
 * ("ties": the standard cohort scored on team preference only; "same-profile": every mentee alike,
 * every mentor taking one).
 */
import { solveMatching } from "../../shared/src/matching";
import type { MatchingInput } from "../../shared/src/matching";
import { TEAM_ONLY_WEIGHTS, generateCohort, generateSameProfileCohort } from "./generate";

const [a, b, mode, kind = "standard"] = process.argv.slice(2);
const mentees = Number(a);
const mentors = Number(b);
const cohorts: Record<string, () => MatchingInput> = {
  standard: () => generateCohort(mentees, mentors, 20240601),
  ties: () => ({ ...generateCohort(mentees, mentors, 20240601), weights: TEAM_ONLY_WEIGHTS }),
  "same-profile": () => generateSameProfileCohort(mentees, mentors, 20240601),
};
const cohort = cohorts[kind];
if (
  !Number.isInteger(mentees) ||
  !Number.isInteger(mentors) ||
  (mode !== "fast" && mode !== "certify") ||
  !cohort
) {
  console.error("usage: child <mentees> <mentors> <fast|certify> [standard|ties|same-profile]");
  process.exit(2);
}
const input = cohort();
const started = performance.now();
const cpuStart = process.cpuUsage();
const result = solveMatching(input, { mode });
const seconds = (performance.now() - started) / 1000;
// CPU time of the solve (user + system, all threads): on a shared machine wall time also counts
// waiting for a core, CPU time does not.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Peak resident set of this process (cohort included): the larger of the current RSS and the
// kernel's high-water mark, so a transient peak inside the solve is not missed.
const rssBytes = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds,
    rssMB: rssBytes / 1024 / 1024,
    total: result.totalScore,
    primal: result.certificate.primal,
    dual: result.certificate.dual,
    gapPercent: result.certificate.gapPercent,
    optimal: result.certificate.optimal,
    rounds: result.stats.rounds,
    matched: result.assignments.length,
    mentees: result.stats.mentees,
    mentors: result.stats.mentors,
    blockingPairs: result.stability.blockingPairs,
    stabilityExact: result.stability.exact,
  }),
);

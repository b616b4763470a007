/**
 * One benchmark measurement in a fresh process: generate the cohort, solve it once, print JSON.
 * Usage: node child.mjs <mentees> <mentors> <fast|certify>
 */
import { solveMatching } from "../../shared/src/matching";
import { generateCohort } from "./generate";

const [a, b, mode] = process.argv.slice(2);
const mentees = Number(a);
const mentors = Number(b);
if (!Number.isInteger(mentees) || !Number.isInteger(mentors) || (mode !== "fast" && mode !== "certify")) {
  console.error("usage: child <mentees> <mentors> <fast|certify>");
  process.exit(2);
}
const input = generateCohort(mentees, mentors, 20240601);
const started = performance.now();
const result = solveMatching(input, { mode });
const seconds = (performance.now() - started) / 1000;
// Peak resident set of this process (cohort included): the larger of the current RSS and the
// kernel's high-water mark, so a transient peak inside the solve is not missed.
const rssBytes = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
console.log(
  JSON.stringify({
    seconds,
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

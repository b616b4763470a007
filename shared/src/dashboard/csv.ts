import Papa from "papaparse";
import type { DashboardTable, DashboardView, Figure } from "./view";

export interface CsvTable {
  fields: string[];
  rows: (string | number)[][];
}

/** A figure as a CSV cell: the number, or the words the dashboard shows instead. */
export function figureCell(f: Figure, min: number): string | number {
  if (f.hidden === "small") return `fewer than ${min}`;
  if (f.hidden === "withheld") return "withheld";
  return f.value ?? "";
}

/** The rows of one dashboard table, exactly as the dashboard shows them (already suppressed). */
export function dashboardCsvTable(view: DashboardView, table: DashboardTable): CsvTable {
  const c = (f: Figure) => figureCell(f, view.minGroupSize);
  const p = view.participation;
  const o = view.outcomes;
  switch (table) {
    case "participation":
      return {
        fields: ["figure", "value"],
        rows: [
          ["mentors enrolled", c(p.mentors)],
          ["mentees enrolled", c(p.mentees)],
          ["mentees matched", c(p.matchedMentees)],
          ["pairs formed", c(p.pairs)],
          ["active pairs", c(p.activePairs)],
          ["paused pairs", c(p.pausedPairs)],
          ["pairs that finished their cycle", c(p.finishedPairs)],
          ["pairs that ended early", c(p.endedEarlyPairs)],
          ["quiet pairs (at risk)", c(p.quietPairs)],
          ["median days to match", c(p.medianDaysToMatch)],
          ["meetings held", c(p.meetingsHeld)],
          ["meetings per pair per month", c(p.meetingsPerPairPerMonth)],
          ["meetings per month the cadence asks for", p.expectedMeetingsPerMonth],
          ["completion rate (%)", c(p.completionRate)],
        ],
      };
    case "monthly":
      return {
        fields: ["month", "meetings", "pairs running", "meetings per pair"],
        rows: p.monthly.map((m) => [m.month, c(m.meetings), c(m.pairs), c(m.perPair)]),
      };
    case "weekly":
      return {
        fields: ["week starting", "pairs formed", "meetings"],
        rows: p.weekly.map((w) => [w.week, c(w.pairsFormed), c(w.meetings)]),
      };
    case "retention":
      return {
        fields: ["from cohort", "to cohort", "mentors", "mentors who mentored again (%)"],
        rows: p.mentorRetention.map((r) => [r.from, r.to, c(r.mentors), c(r.retainedPercent)]),
      };
    case "usefulness":
      return {
        fields: ["usefulness (1-5)", "answers"],
        rows: [
          ...o.usefulness.distribution.map((d) => [d.score, c(d.count)]),
          ["all answers", c(o.usefulness.answers)],
          ["mean", c(o.usefulness.mean)],
        ],
      };
    case "surveys":
      return {
        fields: ["survey", "responses", "satisfaction", "usefulness", "goal progress", "NPS"],
        rows: o.surveys.map((s) => [
          s.phase,
          c(s.responses),
          c(s.satisfaction),
          c(s.usefulness),
          c(s.goalProgress),
          c(s.nps),
        ]),
      };
    case "skill-change":
      return {
        fields: ["skill group", "mentees", "mean level change"],
        rows: o.skillChange.map((s) => [s.group, c(s.people), c(s.meanChange)]),
      };
    case "outcomes":
      return {
        fields: ["outcome", "unit", "baseline", "participants"],
        rows: [
          ["goals set", "", "", c(o.goals)],
          ["goals done", "", "", c(o.goalsDone)],
          ["milestones set", "", "", c(o.milestones)],
          ["milestones done", "", "", c(o.milestonesDone)],
          ...o.owner.map((x) => [x.label, x.unit, x.baseline, x.participants ?? ""]),
        ],
      };
    case "knowledge-risk":
      return {
        fields: [
          "skill",
          "group",
          "holders at working level",
          "mentors offering",
          "learning now",
          "mentees wanting it",
          "mentor places",
          "demand minus supply",
          "at risk",
        ],
        rows: view.knowledgeRisk.skills.map((s) => [
          s.name,
          s.group,
          c(s.holders),
          c(s.mentors),
          c(s.learning),
          c(s.demand),
          c(s.supply),
          c(s.gap),
          s.atRisk ? "yes" : "no",
        ]),
      };
  }
}

/** Text a spreadsheet would run as a formula: =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV text for Excel: UTF-8 with a byte-order mark, CRLF line ends, quotes doubled, and any text that
 * starts like a formula prefixed with `'` (numbers, including negative ones, stay numbers).
 */
export function toCsv(table: CsvTable): string {
  const body = Papa.unparse(
    { fields: table.fields, data: table.rows },
    { newline: "\r\n", escapeFormulae: FORMULA_START, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

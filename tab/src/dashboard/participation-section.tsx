import type { DashboardView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { ChartPanel, DataTable } from "./chart-panel";
import { BarChart, GroupedBarChart, TrendChart } from "./charts";
import { FigureList } from "./figure-list";
import { cohortLabel, figureText, visiblePoints } from "./figure-text";

/** Enrolled, matched, active, quiet; meetings against the cadence; completion; retention; weekly trend. */
export function ParticipationSection({ view }: { view: DashboardView }) {
  const common = useCommonStyles();
  const p = view.participation;
  const min = view.minGroupSize;
  const t = (f: Parameters<typeof figureText>[0], unit = "") => figureText(f, min, unit);
  const weekly = p.weekly;
  const monthly = p.monthly;
  return (
    <section aria-labelledby="participation-heading" className={common.stack}>
      <h2 id="participation-heading" className={common.h2}>
        Participation
      </h2>
      <FigureList
        label="Participation figures"
        min={min}
        items={[
          { label: "Mentors enrolled", figure: p.mentors },
          { label: "Mentees enrolled", figure: p.mentees },
          { label: "Mentees matched", figure: p.matchedMentees },
          { label: "Active pairs", figure: p.activePairs },
          { label: "Quiet pairs (at risk)", figure: p.quietPairs },
          { label: "Median days to a match", figure: p.medianDaysToMatch },
          { label: "Meetings per pair per month", figure: p.meetingsPerPairPerMonth },
          { label: "Completion rate", figure: p.completionRate, unit: "%" },
        ]}
      />
      <p className={common.meta}>
        The cadence asks for {p.expectedMeetingsPerMonth} meetings per pair per month. Pairs formed:{" "}
        {t(p.pairs)}, of which finished {t(p.finishedPairs)}, ended early {t(p.endedEarlyPairs)}, paused{" "}
        {t(p.pausedPairs)}. Meetings held: {t(p.meetingsHeld)}.
      </p>
      <ChartPanel
        title="Trend by week"
        note="Weeks with a hidden figure are left out of the lines; the table says why."
        chart={
          <TrendChart
            title="Pairs formed and meetings held per week"
            series={[
              {
                legend: "Pairs formed",
                points: visiblePoints(weekly, (w) => w.pairsFormed).map(({ item, y }) => ({
                  x: new Date(`${item.week}T00:00:00Z`),
                  y,
                })),
              },
              {
                legend: "Meetings held",
                points: visiblePoints(weekly, (w) => w.meetings).map(({ item, y }) => ({
                  x: new Date(`${item.week}T00:00:00Z`),
                  y,
                })),
              },
            ]}
          />
        }
        table={{
          caption: "Pairs formed and meetings held per week",
          columns: ["Week starting", "Pairs formed", "Meetings held"],
          rows: weekly.map((w) => [w.week, t(w.pairsFormed), t(w.meetings)]),
        }}
      />
      <ChartPanel
        title="Meetings per pair per month, against the cadence"
        chart={
          <GroupedBarChart
            title="Meetings per pair per month"
            groups={visiblePoints(monthly, (m) => m.perPair).map(({ item, y }) => ({
              name: item.month,
              values: [
                { legend: "Meetings per pair", value: y },
                { legend: "Cadence", value: p.expectedMeetingsPerMonth },
              ],
            }))}
          />
        }
        table={{
          caption: "Meetings per pair per month",
          columns: ["Month", "Meetings", "Pairs running", "Meetings per pair", "Cadence"],
          rows: monthly.map((m) => [
            m.month,
            t(m.meetings),
            t(m.pairs),
            t(m.perPair),
            p.expectedMeetingsPerMonth,
          ]),
        }}
      />
      {p.mentorRetention.length > 0 && (
        <ChartPanel
          title="Mentor retention across cohorts"
          chart={
            <BarChart
              title="Mentors who mentored again in the next cohort"
              yLabel="percent"
              points={visiblePoints(p.mentorRetention, (r) => r.retainedPercent).map(({ item, y }) => ({
                x: `${cohortLabel(item.from)} → ${cohortLabel(item.to)}`,
                y,
              }))}
            />
          }
          table={{
            caption: "Mentor retention across cohorts",
            columns: ["From cohort", "To cohort", "Mentors", "Mentored again"],
            rows: p.mentorRetention.map((r) => [
              cohortLabel(r.from),
              cohortLabel(r.to),
              t(r.mentors),
              t(r.retainedPercent, "%"),
            ]),
          }}
        />
      )}
      {p.mentorRetention.length === 0 && (
        <DataTable
          caption="Mentor retention across cohorts"
          columns={["Cohorts", "Mentored again"]}
          rows={[["One cohort so far", "none yet"]]}
        />
      )}
    </section>
  );
}

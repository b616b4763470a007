import type { DashboardView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { ChartPanel, DataTable } from "./chart-panel";
import { BarChart } from "./charts";
import { FigureList } from "./figure-list";
import { figureText, visiblePoints } from "./figure-text";

/** Goals and milestones, usefulness, surveys, skill change, and the owner's outcomes against baselines. */
export function OutcomesSection({ view }: { view: DashboardView }) {
  const common = useCommonStyles();
  const o = view.outcomes;
  const min = view.minGroupSize;
  const t = (f: Parameters<typeof figureText>[0], unit = "") => figureText(f, min, unit);
  return (
    <section aria-labelledby="outcomes-heading" className={common.stack}>
      <h2 id="outcomes-heading" className={common.h2}>
        Outcomes
      </h2>
      <FigureList
        label="Outcome figures"
        min={min}
        items={[
          { label: "Goals set", figure: o.goals },
          { label: "Goals done", figure: o.goalsDone },
          { label: "Milestones done", figure: o.milestonesDone },
          { label: "Usefulness of sessions (1–5)", figure: o.usefulness.mean },
        ]}
      />
      <ChartPanel
        title="How useful sessions were"
        chart={
          <BarChart
            title="Answers per usefulness score"
            yLabel="answers"
            points={visiblePoints(o.usefulness.distribution, (d) => d.count).map(({ item, y }) => ({
              x: `${item.score}`,
              y,
            }))}
          />
        }
        note={`Scores with fewer than ${min} answers are not drawn.`}
        table={{
          caption: "Answers per usefulness score",
          columns: ["Score", "Answers"],
          rows: [
            ...o.usefulness.distribution.map((d) => [d.score, t(d.count)]),
            ["All", t(o.usefulness.answers)],
          ],
        }}
      />
      <DataTable
        caption="Surveys (means of 1–5; NPS from −100 to 100)"
        columns={["Survey", "Responses", "Satisfaction", "Usefulness", "Goal progress", "NPS"]}
        rows={o.surveys.map((s) => [
          s.phase === "midpoint" ? "Midpoint" : "End of cycle",
          t(s.responses),
          t(s.satisfaction),
          t(s.usefulness),
          t(s.goalProgress),
          t(s.nps),
        ])}
      />
      <DataTable
        caption="Skill level change from intake to the end of a pair, per skill group (levels 1–4)"
        columns={["Skill group", "Mentees", "Mean change"]}
        rows={
          o.skillChange.length > 0
            ? o.skillChange.map((s) => [s.group, t(s.people), t(s.meanChange)])
            : [["No finished pairs yet", "", ""]]
        }
      />
      <DataTable
        caption="Outcomes the owner measures, against their baselines"
        columns={["Outcome", "Baseline", "Participants"]}
        rows={
          o.owner.length > 0
            ? o.owner.map((x) => [
                x.label,
                `${x.baseline} ${x.unit}`,
                x.participants === undefined ? "not measured yet" : `${x.participants} ${x.unit}`,
              ])
            : [["The owner has not set any outcomes yet", "", ""]]
        }
      />
    </section>
  );
}

import { Badge } from "@fluentui/react-components";
import type { DashboardView } from "@baton/shared";
import { TableScroll } from "../components/table-scroll";
import { useCommonStyles } from "../components/use-common-styles";
import { ChartPanel } from "./chart-panel";
import { GroupedBarChart } from "./charts";
import { figureText } from "./figure-text";

/**
 * For every critical skill: who holds it, who teaches it, who learns it, and demand against mentor
 * places. Skills held by fewer than the minimum group size come first, flagged.
 */
export function KnowledgeRiskSection({ view }: { view: DashboardView }) {
  const common = useCommonStyles();
  const min = view.minGroupSize;
  const t = (f: Parameters<typeof figureText>[0]) => figureText(f, min);
  const skills = [...view.knowledgeRisk.skills].sort(
    (a, b) =>
      Number(b.atRisk) - Number(a.atRisk) ||
      (b.gap.value ?? 0) - (a.gap.value ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const atRisk = skills.filter((s) => s.atRisk);
  return (
    <section aria-labelledby="knowledge-heading" className={common.stack}>
      <h2 id="knowledge-heading" className={common.h2}>
        Knowledge risk
      </h2>
      <p className={common.text}>
        {atRisk.length === 0
          ? `Every critical skill has at least ${min} people who hold it at a working level.`
          : `${atRisk.length} of ${skills.length} critical skills have fewer than ${min} people who hold them at a working level: ${atRisk.map((s) => s.name).join(", ")}. If one person leaves, the knowledge may leave with them.`}
      </p>
      <TableScroll label="Critical skills">
        <table className={common.card} style={{ borderCollapse: "collapse", display: "table" }}>
          <caption style={{ textAlign: "left", fontWeight: 600 }}>Critical skills</caption>
          <thead>
            <tr>
              {[
                "Skill",
                "Holders at working level",
                "Mentors offering",
                "Learning now",
                "Mentees wanting it",
                "Mentor places",
                "Demand minus places",
                "Single point of knowledge",
              ].map((c) => (
                <th key={c} scope="col" style={{ textAlign: "left", padding: "4px 8px" }}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.skillId}>
                <th scope="row" style={{ textAlign: "left", padding: "4px 8px" }}>
                  {s.name} <span className={common.meta}>({s.group})</span>
                </th>
                {[s.holders, s.mentors, s.learning, s.demand, s.supply, s.gap].map((f, i) => (
                  <td key={i} style={{ padding: "4px 8px" }}>
                    {t(f)}
                  </td>
                ))}
                <td style={{ padding: "4px 8px" }}>
                  {s.atRisk ? (
                    <Badge appearance="filled" color="danger">
                      At risk
                    </Badge>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ChartPanel
        title="Demand against mentor places"
        note="Skills whose demand or places are hidden are not drawn."
        chart={
          <GroupedBarChart
            title="Mentees wanting each critical skill and mentor places for it"
            groups={skills
              .filter((s) => s.demand.value !== undefined && s.supply.value !== undefined)
              .map((s) => ({
                name: s.name,
                values: [
                  { legend: "Mentees wanting it", value: s.demand.value ?? 0 },
                  { legend: "Mentor places", value: s.supply.value ?? 0 },
                ],
              }))}
          />
        }
        table={{
          caption: "Demand against mentor places",
          columns: ["Skill", "Mentees wanting it", "Mentor places", "Demand minus places"],
          rows: skills.map((s) => [s.name, t(s.demand), t(s.supply), t(s.gap)]),
        }}
      />
    </section>
  );
}

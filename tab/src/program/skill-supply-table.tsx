import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { SkillSupply } from "@baton/shared";
import { useState } from "react";
import { groupLabel } from "../profile/skill-options";
import { defaultSkillSort, nextSort, sortSkills } from "./skill-sort";
import type { SkillSort, SkillSortKey } from "./skill-sort";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    minWidth: "640px",
    backgroundColor: tokens.colorNeutralBackground1,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  number: { textAlign: "right !important" as "right", fontVariantNumeric: "tabular-nums" },
  sortButton: {
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    color: "inherit",
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecoration: "underline",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  skillCell: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  short: { fontWeight: tokens.fontWeightSemibold },
});

const columns: { key: SkillSortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Skill", numeric: false },
  { key: "group", label: "Group", numeric: false },
  { key: "mentors", label: "Mentors", numeric: true },
  { key: "capacityOffered", label: "Places offered", numeric: true },
  { key: "demand", label: "Want to learn", numeric: true },
  { key: "shortfall", label: "Shortfall", numeric: true },
];

const arrow = (sort: SkillSort, key: SkillSortKey) =>
  sort.key !== key ? "" : sort.direction === "ascending" ? " ▲" : " ▼";

/** Supply and demand per skill, sortable by any column (shortfall first by default). */
export function SkillSupplyTable({ skills }: { skills: readonly SkillSupply[] }) {
  const styles = useStyles();
  const [sort, setSort] = useState<SkillSort>(defaultSkillSort);
  const rows = sortSkills(skills, sort);
  const sortedBy = columns.find((c) => c.key === sort.key)?.label ?? "";

  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          Skills, sorted by {sortedBy.toLowerCase()}, {sort.direction}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? sort.direction : undefined}
                className={column.numeric ? styles.number : undefined}
              >
                <button
                  type="button"
                  className={styles.sortButton}
                  onClick={() => setSort((current) => nextSort(current, column.key))}
                >
                  {column.label}
                  <span aria-hidden="true">{arrow(sort, column.key)}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((skill) => (
            <tr key={skill.skillId}>
              <th scope="row">
                <span className={styles.skillCell}>
                  {skill.name}
                  {skill.critical && (
                    <Badge appearance="outline" color="danger">
                      Critical
                    </Badge>
                  )}
                </span>
              </th>
              <td>{groupLabel(skill.group)}</td>
              <td className={styles.number}>{skill.mentors}</td>
              <td className={styles.number}>{skill.capacityOffered}</td>
              <td className={styles.number}>{skill.demand}</td>
              <td className={styles.number}>
                <span className={skill.shortfall > 0 ? styles.short : undefined}>{skill.shortfall}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

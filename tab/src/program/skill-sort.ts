import type { SkillSupply } from "@baton/shared";

export type SkillSortKey = "name" | "group" | "mentors" | "capacityOffered" | "demand" | "shortfall";
export interface SkillSort {
  key: SkillSortKey;
  direction: "ascending" | "descending";
}

/** Biggest shortfall first: where mentors are missing. */
export const defaultSkillSort: SkillSort = { key: "shortfall", direction: "descending" };

/** Sorts by one column; ties go to critical skills, then bigger demand, then name, so the order is stable. */
export function sortSkills(skills: readonly SkillSupply[], sort: SkillSort): SkillSupply[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const compare = (a: SkillSupply, b: SkillSupply): number => {
    const key = sort.key;
    const primary =
      key === "name" || key === "group"
        ? a[key].localeCompare(b[key])
        : (a[key] as number) - (b[key] as number);
    if (primary !== 0) return sign * primary;
    return Number(b.critical) - Number(a.critical) || b.demand - a.demand || a.name.localeCompare(b.name);
  };
  return [...skills].sort(compare);
}

/** Clicking the sorted column flips it; another column starts with its natural direction. */
export function nextSort(current: SkillSort, key: SkillSortKey): SkillSort {
  if (current.key === key)
    return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "name" || key === "group" ? "ascending" : "descending" };
}

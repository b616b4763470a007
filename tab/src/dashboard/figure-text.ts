import type { Figure } from "@baton/shared";

/** A figure as words: the number (with a unit), "fewer than N", "withheld", or "none yet". */
export function figureText(f: Figure, min: number, unit = ""): string {
  if (f.hidden === "small") return `fewer than ${min}`;
  if (f.hidden === "withheld") return "withheld";
  if (f.value === undefined) return "none yet";
  return `${f.value.toLocaleString("en")}${unit}`;
}

/** The points of a series that can be drawn (hidden ones are left out, never drawn as zero). */
export function visiblePoints<T>(items: readonly T[], value: (item: T) => Figure): { item: T; y: number }[] {
  return items.flatMap((item) => {
    const f = value(item);
    return f.hidden === undefined && f.value !== undefined ? [{ item, y: f.value }] : [];
  });
}

export const cohortLabel = (cohort: string): string =>
  cohort === "all" ? "All cohorts" : cohort.replace(/^(\d{4})-Q(\d)$/, "$1 Q$2");

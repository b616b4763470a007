/**
 * Small-group suppression for a table of counts (pure).
 *
 * Primary: a count from 1 to `min − 1` is hidden ("fewer than min"); zero stays visible.
 * Complementary: for every additive relation `total = Σ parts`, one hidden member could be worked out
 * from the visible others, so while any relation has exactly one hidden member, a second one is hidden
 * (the smallest non-zero visible part, or the total when no such part exists). Repeats until no
 * relation has exactly one hidden member, since a newly hidden cell may sit in other relations.
 */
export interface Relation {
  total: string;
  parts: readonly string[];
}

export type HiddenReason = "small" | "withheld";

export function suppressCells(
  cells: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  min: number,
  /** Cells hidden as small whatever their value (figures over a group that is itself small). */
  alsoSmall: Iterable<string> = [],
): Map<string, HiddenReason> {
  const hidden = new Map<string, HiddenReason>();
  for (const [id, value] of cells) if (value > 0 && value < min) hidden.set(id, "small");
  for (const id of alsoSmall) if (cells.has(id) && (cells.get(id) ?? 0) > 0) hidden.set(id, "small");
  const valueOf = (id: string) => cells.get(id) ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.parts].filter((id) => cells.has(id));
      if (members.filter((id) => hidden.has(id)).length !== 1) continue;
      const candidates = relation.parts
        .filter((id) => cells.has(id) && !hidden.has(id) && valueOf(id) > 0)
        .sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b));
      const pick = candidates[0] ?? (hidden.has(relation.total) ? undefined : relation.total);
      if (pick === undefined || !cells.has(pick)) continue;
      hidden.set(pick, "withheld");
      changed = true;
    }
  }
  return hidden;
}

const DAY_MS = 24 * 3600 * 1000;

/** The UTC month of an instant, `2026-03`. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** The Monday (UTC) of an instant's week, `2026-03-02`. */
export function weekOf(iso: string): string {
  const t = Date.parse(iso);
  const day = new Date(t).getUTCDay(); // 0 = Sunday
  const monday = t - ((day + 6) % 7) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** The calendar quarter of an instant, the dashboard's cohort: `2026-Q1`. */
export function cohortOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every UTC month from `from` to `to` inclusive (`2026-01` … `2026-03`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > end) break;
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Whole days from `from` to `to` (never negative). */
export const daysBetween = (from: string, to: string): number =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));

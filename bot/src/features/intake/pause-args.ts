import { isoDate, cutText } from "@baton/shared";

/** `pause`, `pause until 2026-12-01` or `pause 2026-12-01`. */
export function parsePauseArgs(args: string): { ok: true; until?: string } | { ok: false; message: string } {
  const rest = args.trim().replace(/^until\s+/i, "");
  if (rest === "") return { ok: true };
  if (isoDate.safeParse(rest).success) return { ok: true, until: rest };
  return {
    ok: false,
    message: `I couldn't read "${cutText(rest, 40, "…")}" as a date. Type pause on its own, or with a return date like pause until 2026-12-01.`,
  };
}

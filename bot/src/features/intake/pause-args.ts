import { cutText } from "@baton/shared";
import { z } from "zod";

/** The format only: the service checks the range (after today, within a year) and says which. */
const dateFormat = z.iso.date();

/** `pause`, `pause until 2026-12-01` or `pause 2026-12-01`. */
export function parsePauseArgs(args: string): { ok: true; until?: string } | { ok: false; message: string } {
  const rest = args.trim().replace(/^until\s+/i, "");
  if (rest === "") return { ok: true };
  if (dateFormat.safeParse(rest).success) return { ok: true, until: rest };
  return {
    ok: false,
    message: `I couldn't read "${cutText(rest, 40, "…")}" as a date. Type pause on its own, or with a return date like pause until 2026-12-01.`,
  };
}

import { z } from "zod";
import { entityId, isoDate, userText } from "../domain/common";

const trimmed = (max: number) =>
  userText(max, { trim: true, maxMessage: `keep it under ${max} characters` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** A rating from a card ChoiceSet arrives as a string. */
const rating = (min: number, max: number, what: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
    z
      .number({ error: `choose ${what}` })
      .int(`choose ${what}`)
      .min(min, `choose ${what}`)
      .max(max, `choose ${what}`),
  );

const optionalDate = z.preprocess((v) => (v === "" ? undefined : v), isoDate.optional());

/** What the check-in card sends back. */
export const checkInAnswer = z
  .object({
    pairId: entityId,
    sessionId: entityId,
    met: z.enum(["yes", "no"], { error: "tell me whether you met" }),
    usefulness: z.preprocess((v) => (v === "" ? undefined : v), z.unknown().optional()),
    actionTitle: trimmed(300),
    actionDue: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.met === "yes") {
      const n = Number(v.usefulness);
      if (!Number.isInteger(n) || n < 1 || n > 5)
        ctx.addIssue({ code: "custom", path: ["usefulness"], message: "choose how useful it was, 1 to 5" });
    }
    if (v.actionDue && !v.actionTitle)
      ctx.addIssue({
        code: "custom",
        path: ["actionTitle"],
        message: "add the action item's title, or clear its date",
      });
  })
  .transform((v) => ({
    ...v,
    met: v.met === "yes",
    usefulness: v.met === "yes" ? Number(v.usefulness) : undefined,
  }));
export type CheckInAnswer = z.output<typeof checkInAnswer>;

/** What the "log a session" card sends back: a meeting that happened. */
export const logSessionAnswer = z
  .object({
    pairId: z.string().min(1, "choose the pair").pipe(entityId),
    date: isoDate,
    usefulness: rating(1, 5, "how useful it was, 1 to 5"),
    actionTitle: trimmed(300),
    actionDue: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.actionDue && !v.actionTitle)
      ctx.addIssue({
        code: "custom",
        path: ["actionTitle"],
        message: "add the action item's title, or clear its date",
      });
  });
export type LogSessionAnswer = z.output<typeof logSessionAnswer>;

export { rating as cardRating, trimmed as cardText };

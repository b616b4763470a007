import { z } from "zod";
import { hasLoneSurrogate } from "../text/cut-text";

/**
 * The years any date Baton stores may fall in. Mentoring happens now: a year like 0000 or 9999 is a
 * typo or an attack, and sorts, cadences and working-hour arithmetic go wrong on it.
 */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;
const inYearRange = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};
const YEAR_RANGE_MESSAGE = `pick a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;

/**
 * An ISO-8601 instant in UTC, e.g. 2026-11-22T09:00:00.000Z, in the years 2000–2100. Dates are stored
 * in UTC, shown in the viewer's zone.
 */
export const isoInstant = z.iso.datetime({ offset: false }).refine(inYearRange, YEAR_RANGE_MESSAGE);
/** A calendar date, e.g. 2026-12-01, in the years 2000–2100. */
export const isoDate = z.iso.date().refine(inYearRange, YEAR_RANGE_MESSAGE);

/** What a person is told when their text holds half of a UTF-16 surrogate pair. */
export const BROKEN_TEXT_MESSAGE = "holds a broken character (half of an emoji or symbol): please retype it";

export interface UserTextOptions {
  /** Trim white space before the length checks (what titles and names want; notes keep theirs). */
  trim?: boolean;
  /** Fewest characters after trimming, with the message shown when there are fewer. */
  min?: number;
  minMessage?: string;
  maxMessage?: string;
  /** Shown when the value is not a string at all. */
  typeMessage?: string;
}

/**
 * Text a person typed (titles, notes, names, answers): at most `max` UTF-16 code units (what Cosmos,
 * cards and zod count), optionally trimmed and with a minimum, and never holding a lone UTF-16
 * surrogate (`hasLoneSurrogate`), which is not Unicode text: it breaks JSON for other readers and shows
 * as garbage. Every user-text field of every schema in `shared/` is one of these.
 */
export function userText(max: number, options: UserTextOptions = {}) {
  let schema = options.typeMessage ? z.string({ error: options.typeMessage }) : z.string();
  if (options.trim) schema = schema.trim();
  if (options.min !== undefined) schema = schema.min(options.min, options.minMessage);
  return schema.max(max, options.maxMessage).refine((v) => !hasLoneSurrogate(v), BROKEN_TEXT_MESSAGE);
}

/**
 * A refinement for arrays whose items must be unique by `keyOf` (ids within a document, picks from a
 * list). The issue's path is the repeated item (`[i]`) or its id field (`[i, field]`).
 */
export function uniqueBy<T>(keyOf: (item: T) => string | number | undefined, what: string, field?: string) {
  return (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string | number>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (key === undefined) return;
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: field ? [i, field] : [i],
          message: `${what} "${String(key)}" is there twice`,
        });
      seen.add(key);
    });
  };
}
/** `uniqueBy` for arrays of plain strings (ids, picks from a list). */
export const uniqueValues = (what: string) => uniqueBy<string>((v) => v, what);

/**
 * Characters no id or partition-key part may hold: what Cosmos DB refuses in an id (`/ \ ? #`), the
 * key separator `|`, and control characters. See docs/data-model.md.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
export const RESERVED_ID_CHARACTERS = /[/\\?#|\u0000-\u001f\u007f-\u009f]/;
/** A tenant id as Entra ID issues them (a GUID) or a local one (`contoso-demo`); `_` starts Baton's own. */
export const TENANT_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/;
/** A person's id: an Entra ID object id (a GUID) or a local one (`u-priya`). */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** True for a tenant id a caller may claim: the strict format, and not one of Baton's own (`_…`). */
export const isCallerTenantId = (value: unknown): value is string =>
  typeof value === "string" && TENANT_ID_PATTERN.test(value) && !value.startsWith("_");
export const isUserId = (value: unknown): value is string =>
  typeof value === "string" && USER_ID_PATTERN.test(value);

export const tenantId = z.string().regex(TENANT_ID_PATTERN, "not a valid tenant id");
export const userId = z.string().regex(USER_ID_PATTERN, "not a valid person id");
export const entityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only");

const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** A Teams chat or conversation id, e.g. `19:abc@thread.v2` or `19:x@thread.skype;messageid=1`. */
const CHAT_ID_PATTERN = /^[A-Za-z0-9:@._=+;,-]{1,300}$/;
export const isEntityId = (value: unknown): value is string =>
  typeof value === "string" && ENTITY_ID_PATTERN.test(value);
export const isChatId = (value: unknown): value is string =>
  typeof value === "string" && CHAT_ID_PATTERN.test(value);
export const chatId = z.string().regex(CHAT_ID_PATTERN, "not a Teams chat id");

/** Fields every stored document carries. `pk` is the Cosmos partition key (see docs/data-model.md). */
export const documentBase = z.object({
  id: z.string().min(1).max(255),
  pk: z.string().min(1).max(400),
  tenantId,
  _etag: z.string().optional(),
});

export const cadence = z.enum(["weekly", "biweekly", "monthly", "milestone"]);
export type Cadence = z.infer<typeof cadence>;

export const format = z.enum(["one-to-one", "group", "peer", "reverse"]);
export type Format = z.infer<typeof format>;

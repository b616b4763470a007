import { z } from "zod";

/** An ISO-8601 instant in UTC, e.g. 2026-11-22T09:00:00.000Z. Dates are stored in UTC, shown in the viewer's zone. */
export const isoInstant = z.iso.datetime({ offset: false });
/** A calendar date, e.g. 2026-12-01. */
export const isoDate = z.iso.date();

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
  id: z.string().min(1),
  pk: z.string().min(1),
  tenantId,
  _etag: z.string().optional(),
});

export const cadence = z.enum(["weekly", "biweekly", "monthly", "milestone"]);
export type Cadence = z.infer<typeof cadence>;

export const format = z.enum(["one-to-one", "group", "peer", "reverse"]);
export type Format = z.infer<typeof format>;

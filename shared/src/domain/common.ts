import { z } from "zod";

/** An ISO-8601 instant in UTC, e.g. 2026-11-22T09:00:00.000Z. Dates are stored in UTC, shown in the viewer's zone. */
export const isoInstant = z.iso.datetime({ offset: false });
/** A calendar date, e.g. 2026-12-01. */
export const isoDate = z.iso.date();

export const tenantId = z.string().min(1).max(64);
export const userId = z.string().min(1).max(128);
export const entityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only");

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

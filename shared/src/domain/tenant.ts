import { z } from "zod";
import { documentBase, isoInstant } from "./common";

export const tenantDocument = documentBase.extend({
  type: z.literal("tenant"),
  name: z.string().min(1).max(200),
  createdAt: isoInstant,
});
export type TenantDocument = z.infer<typeof tenantDocument>;

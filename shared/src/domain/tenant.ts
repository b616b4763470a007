import { z } from "zod";
import { documentBase, isoInstant, userText } from "./common";

export const tenantDocument = documentBase.extend({
  type: z.literal("tenant"),
  name: userText(200, { min: 1 }),
  createdAt: isoInstant,
});
export type TenantDocument = z.infer<typeof tenantDocument>;

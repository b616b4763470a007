import { z } from "zod";
import { documentBase, isoInstant, uniqueValues, userId } from "../domain/common";

export const MAX_ADMINS = 20;
export const MAX_CREATORS = 200;

/**
 * A tenant's Baton settings (`settings` in the tenant partition): who the Baton admins are, and who
 * may create programs. Absent until the first program is created; its creator becomes the first admin.
 */
export const batonSettingsDocument = documentBase.extend({
  type: z.literal("batonSettings"),
  adminIds: z.array(userId).min(1).max(MAX_ADMINS).superRefine(uniqueValues("the admin")),
  /** `anyone` in the tenant, or only admins and `creatorIds`. */
  programCreation: z.enum(["anyone", "listed"]),
  creatorIds: z.array(userId).max(MAX_CREATORS).superRefine(uniqueValues("the creator")),
  updatedAt: isoInstant,
  updatedBy: userId,
});
export type BatonSettingsDocument = z.infer<typeof batonSettingsDocument>;

/** PATCH /api/settings (admins only). */
export const updateSettingsInput = z
  .object({
    etag: z.string().min(1, "Send the settings' etag from the last read.").max(200),
    adminIds: z
      .array(userId)
      .min(1, "Keep at least one Baton admin.")
      .max(MAX_ADMINS, `At most ${MAX_ADMINS} admins.`)
      .superRefine(uniqueValues("the admin"))
      .optional(),
    programCreation: z.enum(["anyone", "listed"]).optional(),
    creatorIds: z.array(userId).max(MAX_CREATORS).superRefine(uniqueValues("the creator")).optional(),
  })
  .strict();
export type UpdateSettingsInput = z.infer<typeof updateSettingsInput>;

/** May this person create a program? Anyone may in a tenant without settings (they become admin). */
export function mayCreatePrograms(settings: BatonSettingsDocument | undefined, userId: string): boolean {
  if (!settings) return true;
  if (settings.programCreation === "anyone") return true;
  return settings.adminIds.includes(userId) || settings.creatorIds.includes(userId);
}

/** The settings a tenant gets when its first program is created. */
export function firstSettings(tenantId: string, creatorId: string, now: string): BatonSettingsDocument {
  return {
    id: "settings",
    pk: `t:${tenantId}`,
    tenantId,
    type: "batonSettings",
    adminIds: [creatorId],
    programCreation: "anyone",
    creatorIds: [],
    updatedAt: now,
    updatedBy: creatorId,
  };
}

import { z } from "zod";
import { entityId, uniqueValues, userText } from "../domain/common";
import { httpsUrl, resourceKind, resourceLevel } from "./resource-documents";

const etag = z.string().min(1).max(200);

/** POST /api/programs/:programId/resources */
export const createResourceInput = z.object({
  title: userText(120, { trim: true, min: 1, minMessage: "a resource needs a title" }),
  url: httpsUrl,
  kind: resourceKind,
  skillIds: z.array(entityId).max(10).superRefine(uniqueValues("the skill")).default([]),
  level: resourceLevel.default("beginner"),
  description: userText(500, { trim: true }).default(""),
});
export type CreateResourceInput = z.input<typeof createResourceInput>;

/** PUT /api/programs/:programId/resources/:resourceId (the whole entry, with the ETag read). */
export const updateResourceInput = createResourceInput.extend({ etag });
export type UpdateResourceInput = z.input<typeof updateResourceInput>;

/** PUT /api/programs/:programId/playbook; `etag` absent only when there is no playbook yet. */
export const playbookInput = z.object({
  markdown: userText(20_000, { maxMessage: "the playbook is limited to 20,000 characters" }),
  etag: etag.optional(),
});
export type PlaybookInput = z.input<typeof playbookInput>;

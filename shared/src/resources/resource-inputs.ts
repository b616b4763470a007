import { z } from "zod";
import { entityId } from "../domain/common";
import { httpsUrl, resourceKind, resourceLevel } from "./resource-documents";

const etag = z.string().min(1);

/** POST /api/programs/:programId/resources */
export const createResourceInput = z.object({
  title: z.string().trim().min(1, "a resource needs a title").max(120),
  url: httpsUrl,
  kind: resourceKind,
  skillIds: z.array(entityId).max(10).default([]),
  level: resourceLevel.default("beginner"),
  description: z.string().trim().max(500).default(""),
});
export type CreateResourceInput = z.input<typeof createResourceInput>;

/** PUT /api/programs/:programId/resources/:resourceId (the whole entry, with the ETag read). */
export const updateResourceInput = createResourceInput.extend({ etag });
export type UpdateResourceInput = z.input<typeof updateResourceInput>;

/** PUT /api/programs/:programId/playbook; `etag` absent only when there is no playbook yet. */
export const playbookInput = z.object({
  markdown: z.string().max(20_000, "the playbook is limited to 20,000 characters"),
  etag: etag.optional(),
});
export type PlaybookInput = z.input<typeof playbookInput>;

import { z } from "zod";
import { documentBase, entityId, isoInstant, uniqueValues, userId, userText } from "../domain/common";

/** Ids of the resource library's documents, all in the program's partition (see docs/data-model.md). */
export const resourceIds = {
  resource: (resourceId: string) => `resource:${resourceId}`,
  playbook: () => "playbook",
} as const;

export const resourceKind = z.enum(["runbook", "doc", "course", "video", "book", "talk"]);
export type ResourceKind = z.infer<typeof resourceKind>;

export const resourceLevel = z.enum(["beginner", "intermediate", "advanced"]);
export type ResourceLevel = z.infer<typeof resourceLevel>;

/** A link that opens in a new window: `https:` only, no credentials in it, at most 2,000 characters. */
export const httpsUrl = userText(2000, { trim: true }).refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password && url.hostname.length > 0;
  } catch {
    return false;
  }
}, "only https:// links are accepted");

/** One entry of a program's resource library. */
export const resourceDocument = documentBase.extend({
  type: z.literal("resource"),
  programId: entityId,
  resourceId: entityId,
  title: userText(120, { trim: true, min: 1 }),
  url: httpsUrl,
  kind: resourceKind,
  /** Skill ids of the program's taxonomy this resource teaches (each once; checked against the taxonomy). */
  skillIds: z.array(entityId).max(10).superRefine(uniqueValues("the skill")),
  level: resourceLevel,
  description: userText(500, { trim: true }),
  createdBy: userId,
  createdByName: userText(120),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type ResourceDocument = z.infer<typeof resourceDocument>;

/** The program's mentor playbook: Markdown, rendered safely (no raw HTML) in the tab. */
export const playbookDocument = documentBase.extend({
  type: z.literal("playbook"),
  programId: entityId,
  markdown: userText(20_000),
  updatedBy: userId,
  updatedAt: isoInstant,
});
export type PlaybookDocument = z.infer<typeof playbookDocument>;

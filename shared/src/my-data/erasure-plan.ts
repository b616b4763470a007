import { z } from "zod";
import { documentBase, isoInstant, userId } from "../domain/common";
import { pseudonymiseDocument, type ErasureSubject } from "./pseudonymise";

/**
 * The steps of an erasure, in order. Each is idempotent; the job records each finished step on the
 * `erasure:{userId}` document, so a restart resumes at the first unfinished one (ADR 0022).
 * - `end-pairs`: each live pair of the person ends without fault; the partner is told kindly.
 * - `pairs`: each pair partition (and its rhythm partition and planned reminders) is planned below.
 * - `reports`: profiles of people whose manager or reporting line names the person.
 * - `programs`: every program partition of the tenant (enrolments, matching, requests, surveys, health).
 * - `tenant`: programs' owners and sponsors, Baton settings, chat links, channel tabs, the people
 *   directory, the delivery queue and the audit log.
 * - `user`: everything in the person's own partition (profile, memberships, intake, references,
 *   reminder settings, send records, lessons learned). Last, because memberships find the pairs.
 */
export const ERASURE_STEPS = ["end-pairs", "pairs", "reports", "programs", "tenant", "user"] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

/** Who asked: the person, an admin on their behalf, or the retention job. */
export const erasureRequester = z.enum(["self", "admin", "retention"]);

/**
 * One erasure, `erasure:{userId}` in `t:{tenant}|erasures`. `names` is needed while it runs (to find
 * the name inside shared text) and is emptied when it is done; the finished record holds no name.
 * Its existence with `status: "done"` and no profile makes `GET /api/me/profile` a 404.
 */
export const erasureDocument = documentBase.extend({
  type: z.literal("erasure"),
  userId,
  pseudonymId: userId,
  names: z.array(z.string().max(200)).max(20),
  requestedBy: erasureRequester,
  requestedAt: isoInstant,
  stepsDone: z.array(z.enum(ERASURE_STEPS)),
  status: z.enum(["running", "done"]),
  leaseOwner: z.string().max(100).optional(),
  leaseUntil: isoInstant.optional(),
  finishedAt: isoInstant.optional(),
});
export type ErasureDocument = z.infer<typeof erasureDocument>;

export const erasureIds = {
  partition: (tenantId: string) => `t:${tenantId}|erasures`,
  erasure: (userId: string) => `erasure:${userId}`,
} as const;

/** The next step to run, or `undefined` when every step is done. */
export function nextErasureStep(doc: Pick<ErasureDocument, "stepsDone">): ErasureStep | undefined {
  return ERASURE_STEPS.find((s) => !doc.stepsDone.includes(s));
}

/** What happens to one stored document. */
export type DocumentFate<T> = { action: "delete" } | { action: "replace"; doc: T } | { action: "keep" };

/** Fields that say whose a document is: a document whose owner field is the subject is deleted. */
const OWNER_FIELDS: Record<string, readonly string[]> = {
  profile: ["userId"],
  membership: ["userId"],
  intake: ["userId"],
  enrolment: ["userId"],
  person: ["userId"],
  privateNote: ["authorId"],
  checkIn: ["userId"],
  chemistryCheck: ["userId"],
  surveyResponse: ["userId"],
  matchProposal: ["menteeId", "mentorId"],
  matchExclusion: ["menteeId", "mentorId"],
  pairHistory: ["menteeId", "mentorId"],
  matchSeats: ["userId"],
  mentorRequest: ["menteeId", "mentorId"],
  cohortReply: ["userId"],
  closingReflection: ["userId"],
  rhythmPrefs: ["userId"],
  sendRecord: ["userId"],
  outboxEntry: ["userId"],
  reminder: ["recipientId"],
  conversationRef: ["userId"],
};

/** Documents in the person's own partition are theirs, whatever their type. */
const isOwnPartition = (pk: string, tenantId: string, subjectId: string) =>
  pk === `t:${tenantId}|user:${subjectId}`;

/**
 * What an erasure does to `doc`: delete it when it is the subject's own (their partition, or a type
 * whose owner field names them: notes, answers, enrolments, requests, matching records, send records,
 * reminders), otherwise replace it with the subject pseudonymised (shared content stays, attributed to
 * "a former participant"), or keep it when it never names them. A program whose only owner is erased
 * keeps the pseudonymous id as owner (the schema needs one; an admin reassigns it); Baton settings whose
 * only admin is erased are deleted (the next program creator becomes admin again, ADR 0008).
 */
export function planDocument<T extends { id: string; pk: string; tenantId: string; type: string }>(
  doc: T,
  subject: ErasureSubject,
): DocumentFate<T> {
  if (isOwnPartition(doc.pk, doc.tenantId, subject.userId)) return { action: "delete" };
  const record = doc as unknown as Record<string, unknown>;
  const owners = OWNER_FIELDS[doc.type] ?? [];
  if (owners.some((f) => record[f] === subject.userId)) return { action: "delete" };
  if (doc.type === "batonSettings") {
    const admins = (record.adminIds as string[] | undefined) ?? [];
    if (admins.length === 1 && admins[0] === subject.userId) return { action: "delete" };
  }
  const replaced = pseudonymiseDocument(record, subject) as T | undefined;
  if (!replaced) return { action: "keep" };
  if (doc.type === "program" && ((replaced as Record<string, unknown>).ownerIds as string[]).length === 0)
    (replaced as Record<string, unknown>).ownerIds = [subject.pseudonymId];
  return { action: "replace", doc: replaced };
}

/** The body `POST /api/me/erase` needs, word for word. */
export const ERASE_CONFIRMATION = "erase my data";
export const eraseInput = z.object({
  confirm: z.literal(ERASE_CONFIRMATION, {
    error: `Type exactly "${ERASE_CONFIRMATION}" to confirm.`,
  }),
});

/** What the erase routes answer: `done` (200) or `running` (202, the job finishes on its own). */
export interface ErasureView {
  status: "running" | "done";
  stepsDone: number;
  steps: number;
}

import type { StoredDocumentLike } from "./stored-document";

/**
 * Everything Baton holds about one person that they may see, as one JSON document
 * (`GET /api/me/export`). Built by `assembleExport` from the raw documents the server read; pure.
 */
export interface MyDataExport {
  format: "baton-my-data/1";
  /** ISO instant, UTC. */
  generatedAt: string;
  person: { userId: string; displayName: string };
  profile: Record<string, unknown> | null;
  directoryEntry: Record<string, unknown> | null;
  intakeInProgress: Record<string, unknown>[];
  enrolments: Record<string, unknown>[];
  pairs: ExportedPair[];
  surveyAnswers: Record<string, unknown>[];
  mentorRequests: { made: Record<string, unknown>[]; received: Record<string, unknown>[] };
  cohortReplies: Record<string, unknown>[];
  reminderSettings: Record<string, unknown> | null;
}

export interface ExportedPair {
  pair: Record<string, unknown>;
  agreement: Record<string, unknown> | null;
  goals: Record<string, unknown>[];
  actionItems: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  /** The person's own private notes only. */
  privateNotes: Record<string, unknown>[];
  /** The person's own check-in and chemistry answers only. */
  checkIns: Record<string, unknown>[];
  chemistryAnswers: Record<string, unknown>[];
  /** The person's lessons learned and choice at the close. */
  lessonsLearned: Record<string, unknown> | null;
}

/** What the server read for one export (every document as stored). */
export interface ExportSources {
  userId: string;
  displayName: string;
  /** Every document of the person's partition `t:{tenant}|user:{userId}`. */
  own: readonly StoredDocumentLike[];
  /** The people directory entry, if any. */
  person?: StoredDocumentLike;
  /** Every document of each pair partition the person is a member of. */
  pairs: readonly (readonly StoredDocumentLike[])[];
  /** Documents of the person's program partitions that may concern them (filtered here). */
  programs: readonly StoredDocumentLike[];
  /** ISO instant. */
  now: string;
}

const STORAGE_FIELDS = new Set(["pk", "tenantId", "_etag"]);

/** A document without its storage fields (`pk`, `tenantId`, `_etag`). */
function clean(doc: StoredDocumentLike): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !STORAGE_FIELDS.has(k)));
}

const field = (doc: StoredDocumentLike, name: string) => (doc as unknown as Record<string, unknown>)[name];
const ofType = (docs: readonly StoredDocumentLike[], type: string) => docs.filter((d) => d.type === type);

function exportPair(docs: readonly StoredDocumentLike[], sources: ExportSources): ExportedPair | undefined {
  const pair = docs.find((d) => d.type === "pair");
  if (!pair) return undefined;
  const members = (field(pair, "members") as { userId: string }[] | undefined) ?? [];
  if (!members.some((m) => m.userId === sources.userId)) return undefined;
  const mine = (type: string, owner: string) =>
    ofType(docs, type)
      .filter((d) => field(d, owner) === sources.userId)
      .map(clean);
  const pairId = field(pair, "pairId");
  const lessons = sources.own.find((d) => d.type === "closingReflection" && field(d, "pairId") === pairId);
  const agreement = docs.find((d) => d.type === "agreement");
  return {
    pair: clean(pair),
    agreement: agreement ? clean(agreement) : null,
    goals: ofType(docs, "goal").map(clean),
    actionItems: ofType(docs, "actionItem").map(clean),
    sessions: ofType(docs, "session").map(clean),
    privateNotes: mine("privateNote", "authorId"),
    checkIns: mine("checkIn", "userId"),
    chemistryAnswers: mine("chemistryCheck", "userId"),
    lessonsLearned: lessons ? clean(lessons) : null,
  };
}

/**
 * The export for `sources.userId`: their profile, directory entry, unfinished intake, enrolments,
 * each pair they are in with its shared content, their own private notes and answers, their survey
 * answers, mentor requests made or received, cohort replies and reminder settings. Another person's
 * private notes, check-ins, chemistry or survey answers are never included, whatever was passed in.
 */
export function assembleExport(sources: ExportSources): MyDataExport {
  const { userId, own, programs } = sources;
  const profile = own.find((d) => d.type === "profile");
  const prefs = own.find((d) => d.type === "rhythmPrefs");
  const by = (type: string, owner: string) =>
    programs.filter((d) => d.type === type && field(d, owner) === userId).map(clean);
  return {
    format: "baton-my-data/1",
    generatedAt: sources.now,
    person: { userId, displayName: sources.displayName },
    profile: profile ? clean(profile) : null,
    directoryEntry:
      sources.person && field(sources.person, "userId") === userId ? clean(sources.person) : null,
    intakeInProgress: ofType(own, "intake").map(clean),
    enrolments: by("enrolment", "userId"),
    pairs: sources.pairs.flatMap((docs) => exportPair(docs, sources) ?? []),
    surveyAnswers: by("surveyResponse", "userId"),
    mentorRequests: { made: by("mentorRequest", "menteeId"), received: by("mentorRequest", "mentorId") },
    cohortReplies: by("cohortReply", "userId"),
    reminderSettings: prefs ? clean(prefs) : null,
  };
}

import { z } from "zod";
import { entityId, uniqueValues, userId, userText } from "../domain/common";
import type {
  MatchRunSummary,
  MentorRequestDocument,
  MentorRequestStatus,
  ProposalStatus,
  ScoreParts,
} from "../domain/matching-documents";

/** POST /api/programs/:programId/matching/runs */
export const startMatchRunInput = z
  .object({ mode: z.enum(["fast", "certify"]).default("fast") })
  .strict()
  .default({ mode: "fast" });

/** PATCH /api/programs/:programId/matching/proposals/:menteeId — "proposed" undoes a lock or an exclusion. */
export const updateProposalInput = z
  .object({
    etag: z.string().min(1, "Send the proposal's etag from the last read.").max(200),
    status: z.enum(["proposed", "locked", "excluded"]),
  })
  .strict();

/** POST /api/programs/:programId/matching/approve — exactly one of menteeIds or all. */
export const approveProposalsInput = z
  .object({
    menteeIds: z.array(userId).min(1).max(500).superRefine(uniqueValues("the mentee")).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => (b.menteeIds === undefined) !== (b.all === undefined), {
    message: "Send either menteeIds (a list) or all: true.",
    path: ["menteeIds"],
  });

/** POST /api/programs/:programId/matching/proposals/:menteeId/pick — the owner picks a mentor. */
export const pickMentorInput = z.object({ mentorId: userId }).strict();

/** GET /api/programs/:programId/matching/why-not?menteeId=…&mentorId=… */
export const whyNotQuery = z.object({
  menteeId: userId,
  mentorId: userId,
});

/** Why a mentee is not matched with a given mentor, in words with names (program owners only). */
export interface WhyNotView {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  kind:
    | "matched"
    | "hard-rule"
    | "no-shared-skill"
    | "locked"
    | "zero-score"
    | "mentor-full"
    | "mentee-has-better";
  message: string;
  score: number | null;
  /** From the duals: forcing the pair loses at least this many points. */
  costAtLeast: number | null;
  /** The exact loss (cohort re-solved with the pair locked), for small cohorts. */
  exactCost: number | null;
}

/** POST /api/mentor-requests (by the mentee) */
export const createMentorRequestInput = z
  .object({
    programId: entityId,
    mentorId: userId,
    /** An optional personal note to the mentor, shown on their card and in the tab. */
    message: userText(500, { trim: true, maxMessage: "keep it under 500 characters." }).optional(),
  })
  .strict();

/** POST /api/mentor-requests/:requestId/answer (by the mentor, in the tab) */
export const answerMentorRequestInput = z
  .object({ programId: entityId, menteeId: userId, answer: z.enum(["accept", "decline"]) })
  .strict();

/** A fit on a scale people understand (see `fitScale`). */
export interface FitView {
  level: "strong" | "good" | "fair";
  /** "Strong fit" */
  label: string;
  /** "skills strong, shared time some, goals little" */
  parts: string;
}

export interface SharedSkillView {
  skillId: string;
  name: string;
}

export interface ProposalView {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  status: Exclude<ProposalStatus, "unmatched">;
  score: number;
  parts: ScoreParts | null;
  /** The fit on a scale: "Strong fit" with the parts behind it; null for proposals without parts. */
  fit: FitView | null;
  /** Set when the pair covers none of the mentee's wanted skills (only an owner's lock makes one). */
  warning: string | null;
  reasons: string[];
  sharedSkills: SharedSkillView[];
  sharedGoals: string[];
  overlapMinutesPerWeek: number;
  timezoneDifferenceMinutes: number;
  sameTeam: boolean;
  /** Set once approved. */
  pairId: string | null;
  /** Once approved: the introductions to both members (sent, still queued for delivery, or failed). */
  introduction?: IntroductionState;
  runId: string;
  /** Send back with PATCH. */
  etag: string;
}

export interface UnmatchedView {
  menteeId: string;
  menteeName: string;
  reason: "paused" | "left" | "no-eligible-mentor" | "outbid";
  message: string;
  bestAlternative: { mentorId: string; mentorName: string; score: number } | null;
}

export interface MatchRunView {
  runId: string;
  mode: "fast" | "certify";
  startedBy: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  summary: MatchRunSummary;
  rejectedLocks: { menteeId: string; mentorId: string; reason: string }[];
}

/** What the owner's match review shows: the latest run, its proposals, who is left and why. */
export interface MatchingView {
  programId: string;
  programName: string;
  /** A run is in progress (started by another owner, or still solving). */
  running: boolean;
  run: MatchRunView | null;
  proposals: ProposalView[];
  unmatched: UnmatchedView[];
  /** Active mentees without a mentor who were not in the latest run (joined later, or a rematch). */
  waiting: { userId: string; displayName: string }[];
  /** Mentors' remaining places (capacity minus live pairs). */
  mentors: { userId: string; displayName: string; capacity: number; taken: number }[];
}

export type ApproveOutcome = "approved" | "already-approved" | "skipped";
/** Where a pair's introductions stand: both sent, at least one still queued, or one undeliverable. */
export type IntroductionState = "queued" | "sent" | "failed";

export interface ApproveResult {
  results: {
    menteeId: string;
    outcome: ApproveOutcome;
    pairId: string | null;
    message: string;
    /** For an approved pair: its introductions go out through the delivery queue after the answer. */
    introduction?: IntroductionState;
  }[];
  view: MatchingView;
}

export interface MentorRequestView {
  requestId: string;
  programId: string;
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  status: MentorRequestStatus;
  reasons: string[];
  /** The mentee's personal note, if they wrote one. */
  message: string | null;
  pairId: string | null;
  createdAt: string;
  decidedAt: string | null;
  /** When an unanswered request expires; null on older requests. */
  expiresAt: string | null;
  closedReason: MentorRequestDocument["closedReason"] | null;
}

/** GET /api/programs/:programId/mentors?skill=<skillId> */
export const mentorDirectoryQuery = z.object({ skill: entityId.optional() });

/** POST /api/mentor-requests/:requestId/withdraw (by the mentee, while it is pending) */
export const withdrawMentorRequestInput = z.object({ programId: entityId }).strict();

export interface MentorOfferView {
  skillId: string;
  name: string;
  /** 1 (aware) to 4 (expert). */
  level: number;
}

export interface MentorDirectoryEntry {
  userId: string;
  displayName: string;
  role: string;
  team: string;
  offers: MentorOfferView[];
  freePlaces: number;
  /** The engine's score for the viewer as mentee with this mentor, and why; null when the viewer is not matchable as a mentee. */
  fit: ({ score: number; reasons: string[] } & FitView) | null;
}

/** The mentors a participant could ask now, best fit first, with the program's skills for a filter. */
export interface MentorDirectoryView {
  programId: string;
  programName: string;
  skills: { skillId: string; name: string; group: string }[];
  /** Skill ids the viewer wants to learn (shown first in the filter). */
  wanted: string[];
  /** The skill filter applied, if any. */
  skill: string | null;
  /** Whether the viewer may ask someone now (if not, why in words), and whether they mentor here. */
  viewer: { canAsk: boolean; reason: string | null; mentor: boolean };
  mentors: MentorDirectoryEntry[];
}

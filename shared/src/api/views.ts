import type { PairGlance } from "../workspace/pair-glance";
import type { ActionItemDocument } from "../domain/action-item";
import type { AgreementDocument } from "../domain/agreement";
import type { GoalDocument } from "../domain/goal";
import type { MembershipDocument, PairDocument, PairMember } from "../domain/pair";
import type { PrivateNoteDocument } from "../domain/private-note";
import type { ProfileDocument } from "../domain/profile";
import type { SessionDocument } from "../domain/session";
import type { AgendaItem, AgendaTemplateKind } from "../domain/session";
import type { Skill } from "../domain/program";

/** What the API returns. Documents travel with their `_etag` so the next update can use it. */
export interface PairWorkspaceView {
  me: PairMember;
  pair: PairDocument;
  programName: string;
  agreement: AgreementDocument | null;
  goals: GoalDocument[];
  actionItems: ActionItemDocument[];
  sessions: SessionDocument[];
  /** The viewer's own private notes for this pair, never anyone else's. */
  privateNotes: PrivateNoteDocument[];
  agendaTemplates: Record<AgendaTemplateKind, AgendaItem[]>;
  skills: Skill[];
}

export interface DueItem {
  pairId: string;
  partnerName: string;
  kind: "action-due" | "action-overdue" | "agreement-to-confirm" | "session-planned" | "mentor-request";
  /** For "mentor-request": the program, where the request is answered (pairId is then empty). */
  programId?: string;
  title: string;
  /** ISO date or instant the item is due or happens. */
  when?: string;
}

export interface MyMentoringView {
  me: { userId: string; displayName: string; tenantId: string };
  profile: ProfileDocument | null;
  pairs: MembershipDocument[];
  /** Each active pair at a glance (issue 16), by pairId; closed and ended pairs have none. */
  glances: Record<string, PairGlance>;
  due: DueItem[];
  /** Programs this person runs (they see the program pages). */
  ownedPrograms: { programId: string; name: string }[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export interface SessionInfo {
  userId: string;
  tenantId: string;
  displayName: string;
}

export interface DevUser {
  userId: string;
  displayName: string;
  role: string;
}

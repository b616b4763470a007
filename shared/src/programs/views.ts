import type { ProgramDocument, ProgramStatus } from "../domain/program";
import type { BatonSettingsDocument } from "./baton-settings";
import type { PersonView } from "./people-directory";

/** A program in lists (the owner's programs, the bot's `programs` card). */
export interface ProgramSummary {
  programId: string;
  name: string;
  purpose: ProgramDocument["purpose"];
  status: ProgramStatus;
  cohortStart: string;
  cohortEnd: string | null;
}

/** GET /api/programs/:programId/setup (owners only): the whole program with names for its people. */
export interface ProgramSetupView {
  program: ProgramDocument;
  owners: PersonView[];
  sponsors: PersonView[];
  /** Statuses the program may move to now. */
  nextStatuses: ProgramStatus[];
  /** Where to send people: a Teams deep link when the app id is configured, else the tab's URL. */
  joinLink: string;
  consoleLink: string;
}

/** GET /api/settings: what the caller may do; the settings themselves for admins only. */
export interface BatonSettingsView {
  isAdmin: boolean;
  canCreatePrograms: boolean;
  settings: (BatonSettingsDocument & { admins: PersonView[]; creators: PersonView[] }) | null;
}

/** GET /api/programs/:programId/share-targets: chats and channels where Baton is installed. */
export interface ShareTargetView {
  conversationId: string;
  kind: "personal" | "groupChat" | "team";
  label: string;
}

export const summaryOf = (p: ProgramDocument): ProgramSummary => ({
  programId: p.programId,
  name: p.name,
  purpose: p.purpose,
  status: p.status,
  cohortStart: p.cohortStart,
  cohortEnd: p.cohortEnd ?? null,
});

/** GET /api/me/joinable-programs: the programs this person may join now (the bot's `join` choice). */
export interface JoinableProgramView {
  programId: string;
  name: string;
  purpose: ProgramDocument["purpose"];
  audience: string;
  cohortStart: string;
  cohortEnd: string | null;
  /** The person started joining it already (answers so far are kept). */
  started: boolean;
}

/**
 * POST /api/programs/:programId/join: Baton sends the intake form to the person's 1:1 chat.
 * `sent` (now or earlier today), `queued` (Teams is slow; it follows shortly) or `failed`.
 */
export interface JoinRequestView {
  programId: string;
  programName: string;
  outcome: "sent" | "queued" | "failed";
  /** Opens the 1:1 chat with Baton in Teams; null outside Teams. */
  chatLink: string | null;
}

import type { Format } from "../domain/common";
import type { ProfileDocument } from "../domain/profile";
import type { Skill } from "../domain/program";
import type { IntakeStep } from "./steps";

/** `GET /api/me/profile` (and the answer to `PUT`). */
export interface ProfileView {
  /** Send it back with `PUT /api/me/profile`; null until the person has finished intake once. */
  etag: string | null;
  profile: Omit<ProfileDocument, "_etag"> | null;
  /** The person's programs (or, before joining, the programs open to them), with their choices. */
  programs: {
    programId: string;
    name: string;
    skills: Skill[];
    formats: Format[];
    joined: boolean;
    /** False when the program's owners approve every match (no "Find a mentor"). */
    menteesMayRequest: boolean;
  }[];
  /** Unfinished intakes or edits in the bot, so the tab can say "you're part-way through". */
  intakes: { programId: string; mode: "join" | "edit"; step: IntakeStep; updatedAt: string }[];
}

/** `POST /api/me/pause`, `/resume`, `/leave`. */
export interface ParticipationView {
  status: "active" | "paused" | "left";
  pausedUntil: string | null;
  /** What happened to the person's data, in words they can read. */
  message: string;
}

import { describe, expect, it } from "vitest";
import { EXPERIENCE_LEVELS, PARTICIPATION_LABELS, type ProfileDocument } from "@baton/shared";
import { profileSummaryRows } from "./profile-summary-rows";

const profile = (level: ProfileDocument["level"], status: ProfileDocument["status"]) =>
  ({
    displayName: "Ana Lopes",
    role: "Technician",
    team: "Networking",
    level,
    status,
    learn: [],
    offer: [],
    mentorCapacity: 0,
    timeZone: "Europe/Paris",
    goals: "",
  }) as unknown as ProfileDocument;

describe("My mentoring's profile summary", () => {
  it("uses the shared labels the bot's profile card uses, never its own", () => {
    for (const [level, label] of EXPERIENCE_LEVELS)
      expect(Object.fromEntries(profileSummaryRows(profile(level, "active"), (id) => id)).Experience).toBe(
        label,
      );
    for (const [status, label] of PARTICIPATION_LABELS)
      expect(Object.fromEntries(profileSummaryRows(profile("mid", status), (id) => id)).Participation).toBe(
        label,
      );
    expect(Object.fromEntries(profileSummaryRows(profile("mid", "active"), (id) => id)).Experience).not.toBe(
      "Mid-level",
    );
  });
});

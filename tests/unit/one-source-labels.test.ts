import { describe, expect, it } from "vitest";
import {
  applyStepInput,
  EXPERIENCE_LEVELS,
  labelOf,
  PARTICIPATION_LABELS,
  type ProfileDocument,
} from "@baton/shared";
import { profileCard } from "../../bot/src/features/intake/intake-cards";

/** Issue 12, item 7: the tab and the bot read the same labels and options from @baton/shared. */
const profile = (level: ProfileDocument["level"], status: ProfileDocument["status"]) =>
  ({
    id: "profile",
    pk: "t:t|user:u",
    tenantId: "t",
    type: "profile",
    userId: "u",
    displayName: "Ana Lopes",
    role: "Technician",
    team: "Networking",
    level,
    timeZone: "Europe/Paris",
    learn: [{ skillId: "azure", level: 2 }],
    offer: [],
    goals: "",
    styles: ["hands-on"],
    communication: ["chat"],
    formats: ["one-to-one"],
    teamPreference: "cross-team",
    availability: [{ day: 0, startMinute: 540, endMinute: 600 }],
    mentorCapacity: 0,
    status,
    programIds: ["p1"],
    reportingLine: [],
    consentAt: "2026-01-01T00:00:00.000Z",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  }) as unknown as ProfileDocument;

describe("one source of labels for tab and bot", () => {
  it("shows the bot's profile card with the shared experience and participation words", () => {
    for (const [level, label] of EXPERIENCE_LEVELS) {
      const bot = JSON.stringify(profileCard(profile(level, "active"), [], { today: "2026-01-01" }));
      expect(bot).toContain(label);
    }
    expect(labelOf(PARTICIPATION_LABELS, "paused")).toBe("Paused");
  });

  it("lets the bot take any weekly time range, read like the tab reads it", () => {
    const ctx = { userId: "u", skills: [], formats: ["one-to-one"] } as never;
    const raw = {
      styles: "hands-on",
      communication: "chat",
      formats: "one-to-one",
      teamPreference: "cross-team",
      availability: "",
      customDay: "5",
      customStart: "18:30",
      customEnd: "00:00",
    };
    const result = applyStepInput("ways", raw, {}, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.draft.availability).toEqual([{ day: 5, startMinute: 18 * 60 + 30, endMinute: 1440 }]);
    const bad = applyStepInput("ways", { ...raw, customEnd: "17:00" }, {}, ctx);
    expect(bad.ok ? {} : bad.errors).toMatchObject({ customEnd: "Give an end time after the start." });
  });
});

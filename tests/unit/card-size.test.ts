import type {
  ActionItemDocument,
  MentorRequestDocument,
  PairDocument,
  ProfileDocument,
  Skill,
} from "@baton/shared";
import { describe, expect, it } from "vitest";
import { activityBytes, CARD_BUDGET_BYTES, clip, withinBudget } from "../../bot/src/cards/card-size";
import { checkInCard } from "../../bot/src/features/check-in/check-in-card";
import { myActionsCard } from "../../bot/src/features/check-in/my-actions-card";
import { noticeCard } from "../../bot/src/features/check-in/notice-card";
import { greetingCard, profileCard } from "../../bot/src/features/intake/intake-cards";
import {
  chemistryCheckCard,
  introductionCard,
  mentorRequestCard,
} from "../../bot/src/features/matching/matching-cards";
import { surveyCard } from "../../bot/src/features/surveys/survey-card";
import { assertValidAdaptiveCard } from "../support/validate-card";

// Every card that shows user data, built from the largest data the schemas allow. Text mixes
// astral characters (two UTF-16 units each) so the UTF-16 size is the worst case.
const long = (n: number, seed = "") => `${seed}Ω🚀 migrate the legacy backup scripts `.repeat(n).slice(0, n);
const name120 = long(120, "Name ");

const action = (i: number): ActionItemDocument =>
  ({
    id: `action:a${i}`,
    pk: "t:t|pair:p",
    tenantId: "t",
    type: "actionItem",
    pairId: `pair-${i % 3}`,
    actionItemId: `a${i}`,
    title: long(300, `${i} `),
    ownerId: "u-1",
    dueDate: `2026-0${(i % 9) + 1}-1${i % 10}`,
    done: false,
    source: "tab",
    createdBy: "u-1",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  }) as ActionItemDocument;

const pair: PairDocument = {
  id: "pair",
  pk: "t:t|pair:p",
  tenantId: "t",
  type: "pair",
  pairId: "p".repeat(64),
  programId: "prog",
  members: [
    { userId: "u-1", role: "mentor", displayName: name120 },
    { userId: "u-2", role: "mentee", displayName: long(120, "Other ") },
  ],
  status: "active",
  matchReasons: Array.from({ length: 10 }, (_, i) => long(200, `${i}`)),
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
} as PairDocument;

const skills: Skill[] = Array.from({ length: 40 }, (_, i) => ({
  id: `skill-${i}`,
  name: long(80, `Skill ${i} `),
  group: "cloud",
  critical: false,
})) as Skill[];

const profile = {
  id: "profile",
  pk: "t:t|user:u-1",
  tenantId: "t",
  type: "profile",
  userId: "u-1",
  displayName: name120,
  role: long(120),
  team: long(120),
  reportingLine: [],
  managerId: "m".repeat(128),
  level: "senior",
  timeZone: "America/Argentina/ComodRivadavia",
  learn: Array.from({ length: 20 }, (_, i) => ({ skillId: `skill-${i}`, level: 1 })),
  offer: Array.from({ length: 20 }, (_, i) => ({ skillId: `skill-${i + 20}`, level: 4 })),
  goals: long(2000),
  styles: ["listening", "hands-on", "challenging", "structured", "exploratory"],
  communication: ["chat", "video", "in-person", "async"],
  formats: ["one-to-one", "group", "peer", "reverse"],
  teamPreference: "cross-team",
  availability: Array.from({ length: 28 }, (_, i) => ({
    day: i % 7,
    startMinute: 60 * (i % 20),
    endMinute: 60 * (i % 20) + 59,
  })),
  mentorCapacity: 3,
  programIds: [],
  status: "paused",
  pausedUntil: "2026-12-31T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
} as unknown as ProfileDocument;

const request = {
  requestId: "r".repeat(64),
  programId: "p".repeat(64),
  menteeId: "u-2",
  menteeName: long(120, "Mentee "),
  mentorId: "u-1",
  mentorName: name120,
  reasons: Array.from({ length: 10 }, (_, i) => long(300, `${i}`)),
  message: long(500),
} as unknown as MentorRequestDocument;

const cards: [string, () => Record<string, unknown>][] = [
  [
    "my actions, 30 items of 300 characters",
    () =>
      myActionsCard(
        Array.from({ length: 30 }, (_, i) => ({ item: action(i), label: `with ${name120}` })),
        "2026-05-01",
        { locale: "en-GB" },
      ),
  ],
  [
    "my actions, 500 items, in a pair's chat",
    () =>
      myActionsCard(
        Array.from({ length: 500 }, (_, i) => ({ item: action(i), label: `for ${name120}` })),
        "2026-05-01",
        { locale: "en-GB" },
        {
          title: "Open action items in this pair",
          refresh: { pairId: "p", userIds: ["29:".padEnd(128, "x"), "29:".padEnd(128, "y")] },
        },
      ),
  ],
  [
    "check-in, typed back with a problem",
    () =>
      checkInCard({
        pairId: "p".repeat(64),
        sessionId: "s".repeat(64),
        partnerName: name120,
        when: "Tuesday 3 March 2026, 14:00",
        values: { met: "yes", usefulness: "5", actionTitle: long(300), actionDue: "2026-03-10" },
        error: long(300),
      }),
  ],
  [
    "check-in confirmation with an action line",
    () =>
      noticeCard("Thanks for checking in", [
        `I logged your session with ${name120}.`,
        `Action item added: "${long(300)}".`,
      ]),
  ],
  [
    "survey, typed back",
    () =>
      surveyCard({
        programId: "p",
        pairId: "p",
        phase: "final",
        values: { lesson: long(1000) },
        error: long(300),
      }),
  ],
  [
    "introduction",
    () =>
      introductionCard({
        pair: {
          ...pair,
          matchFacts: {
            skills: Array.from({ length: 50 }, (_, i) => long(120, `${i}`)),
            levelMet: true,
            goals: Array.from({ length: 20 }, (_, i) => long(80, `${i}`)),
            styles: Array.from({ length: 10 }, (_, i) => long(40, `${i}`)),
            overlapMinutesPerWeek: 600,
            timezoneDifferenceMinutes: 0,
            sameTeam: false,
            teamRaw: 100,
            order: ["skill", "goal", "availability", "timezone", "style", "team"],
          },
        },
        me: pair.members[1]!,
        programName: long(120),
        pairUrl: `https://teams.microsoft.com/l/entity/${"x".repeat(300)}`,
      }),
  ],
  ["mentor request", () => mentorRequestCard(request, long(120), 3)],
  ["chemistry check", () => chemistryCheckCard(pair, pair.members[0]!)],
  [
    "profile (intake summary)",
    () => profileCard(profile, skills, { managerName: name120, notice: long(300), today: "2026-05-01" }),
  ],
  [
    "greeting with twenty programs",
    () =>
      greetingCard(
        name120,
        Array.from({ length: 20 }, (_, i) => ({
          program: {
            programId: `p${i}`,
            name: long(120),
            audience: long(300),
            cohortStart: "2026-01-01",
            cohortEnd: "2026-12-31",
          } as never,
          state: "none" as const,
        })),
      ),
  ],
];

describe("every card stays under Teams' size limit whatever the data", () => {
  it.each(cards)("%s", (_name, build) => {
    const card = build();
    expect(activityBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    assertValidAdaptiveCard(card, _name);
  });

  it("a long list says how many more are in the tab", () => {
    const card = myActionsCard(
      Array.from({ length: 30 }, (_, i) => ({ item: action(i), label: "with Oskar" })),
      "2026-05-01",
      { locale: "en-GB" },
    );
    const text = JSON.stringify(card);
    expect(text).toMatch(/\d+ more in the Baton tab \(30 open in all\)/);
  });

  it("clips on a grapheme boundary", () => {
    const clipped = clip("ab👩‍👩‍👧cd", 5);
    expect(clipped).toBe("ab…");
    expect(clip("short", 10)).toBe("short");
  });
});

describe("the edges never send a card over the budget", () => {
  it("replaces an oversized card with a pointer to the tab", () => {
    const huge = {
      type: "AdaptiveCard",
      version: "1.5",
      body: [{ type: "TextBlock", text: "x".repeat(20_000) }],
    };
    const safe = withinBudget(huge);
    expect(activityBytes(safe)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(JSON.stringify(safe)).toContain("Open the Baton tab");
    const small = { type: "AdaptiveCard", version: "1.5", body: [] };
    expect(withinBudget(small)).toBe(small);
  });
});

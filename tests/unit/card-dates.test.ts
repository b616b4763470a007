import {
  resolveReader,
  type ActionItemDocument,
  type MentorDirectoryEntry,
  type MentorRequestDocument,
  type ProfileDocument,
  type ProgramDocument,
  type Reader,
  type ReminderDocument,
} from "@baton/shared";
import { describe, expect, it } from "vitest";
import { myActionsCard } from "../../bot/src/features/check-in/my-actions-card";
import { reminderMessage } from "../../bot/src/features/check-in/reminder-card";
import { profileCard } from "../../bot/src/features/intake/intake-cards";
import { mentorRequestCard, requestEndedCard } from "../../bot/src/features/matching/matching-cards";
import { actionItemCard, actionItemItem } from "../../bot/src/messaging-extension/me-cards";
import { cohortInviteCard } from "../../bot/src/programs/closing-cards";
import { joinProgramCard } from "../../bot/src/programs/program-cards";
import { walk, type Card } from "../support/bot-client";
import { assertValidAdaptiveCard } from "../support/validate-card";

/**
 * Issue 12 item 8: no card shows a stored date as it is stored. Every card type that carries a date
 * is built for readers in several locales and zones; what a person reads (text blocks, facts, button
 * titles, previews; not input values, which Teams' date pickers show in the reader's locale) never
 * holds an ISO date.
 */
const ISO = /\d{4}-\d{2}-\d{2}/;

/** The words a reader sees in a card. */
function visible(card: Card): string[] {
  return walk(card).flatMap((n) => {
    if (n.type === "TextBlock" || n.type === "TextRun") return [String(n.text)];
    if (n.type === "FactSet") return (n.facts as Card[]).flatMap((f) => [String(f.title), String(f.value)]);
    if (typeof n.type === "string" && n.type.startsWith("Action.")) return [String(n.title ?? "")];
    if (typeof n.type === "string" && n.type.startsWith("Input.")) return [String(n.label ?? "")];
    return [];
  });
}

const READERS: Reader[] = [
  resolveReader({ clientLocale: "de-DE", clientTimeZone: "Europe/Berlin" }),
  resolveReader({ clientLocale: "ja-JP", clientTimeZone: "Asia/Tokyo" }),
  resolveReader({ clientLocale: "en-US", clientTimeZone: "America/Los_Angeles" }),
  resolveReader({}),
];

const item = {
  id: "action:a1",
  pk: "t:t|pair:p",
  tenantId: "t",
  type: "actionItem",
  pairId: "p",
  actionItemId: "a1",
  title: "Write the restore runbook",
  ownerId: "u-1",
  dueDate: "2026-12-03",
  done: false,
  source: "tab",
  createdBy: "u-1",
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
} as ActionItemDocument;

const reminder = (kind: ReminderDocument["kind"], subject: Record<string, unknown>): ReminderDocument =>
  ({
    id: `rem:${kind}`,
    pk: "t:t|due:2026-12-01T09",
    tenantId: "t",
    type: "reminder",
    kind,
    recipientId: "u-1",
    pairId: "p",
    dueAt: "2026-12-01T09:00:00.000Z",
    sendAt: "2026-12-01T09:00:00.000Z",
    idempotencyKey: `k:${kind}`,
    subject: { partnerName: "Oskar Lindqvist", ...subject },
    status: "pending",
    attempts: 0,
    createdAt: "2026-12-01T00:00:00.000Z",
  }) as ReminderDocument;

const REMINDERS = [
  reminder("session-due", { dueOn: "2026-12-03T09:00:00.000Z" }),
  reminder("check-in", { sessionId: "s1", at: "2026-12-01T15:00:00.000Z" }),
  reminder("action-due", { title: "Runbook", actionItemId: "a1", dueDate: "2026-12-02" }),
  reminder("action-overdue", { title: "Runbook", actionItemId: "a1", dueDate: "2026-11-28" }),
  reminder("quiet-pair", { lastMet: "2026-10-20T09:00:00.000Z" }),
  reminder("escalation", { pairNames: "A and B", lastMet: "2026-10-20T09:00:00.000Z", programName: "P" }),
  reminder("chemistry-check", {}),
  reminder("midpoint-survey", { programId: "prog" }),
  reminder("wrap-up", { endsOn: "2027-01-10T00:00:00.000Z", closing: "yes" }),
];

const request = {
  id: "mentorrequest:u-2",
  pk: "t:t|program:prog",
  tenantId: "t",
  type: "mentorRequest",
  programId: "prog",
  requestId: "r1",
  menteeId: "u-2",
  menteeName: "Elif Demir",
  mentorId: "u-1",
  mentorName: "Amara Okafor",
  status: "pending",
  reasons: ["You both work with Kubernetes."],
  createdAt: "2026-12-01T08:00:00.000Z",
  expiresAt: "2026-12-08T08:00:00.000Z",
} as MentorRequestDocument;

const other: MentorDirectoryEntry = {
  userId: "u-3",
  displayName: "Lucía Fernández",
  role: "Cloud architect",
  team: "Platform",
  offers: [{ skillId: "k8s", name: "Kubernetes", level: 4 }],
  freePlaces: 2,
  fit: null,
};

const program = {
  programId: "prog",
  name: "IT knowledge transfer",
  purpose: "skill-transfer",
  audience: "Everyone in IT",
  formats: ["one-to-one"],
  cadence: "biweekly",
  cohortStart: "2026-12-01",
  cohortEnd: "2027-05-31",
} as ProgramDocument;

const profile = {
  displayName: "Priya Raman",
  status: "paused",
  pausedUntil: "2027-01-10T00:00:00.000Z",
  learn: [],
  offer: [],
  styles: [],
  communication: [],
  formats: [],
  availability: [],
  reportingLine: [],
} as unknown as ProfileDocument;

function cardsFor(reader: Reader): [string, Card][] {
  const digestReader = { ...reader, displayName: "Priya Raman" };
  return [
    ["my actions", myActionsCard([{ item, label: "with Oskar" }], "2026-12-01", reader)],
    [
      "my actions, overdue",
      myActionsCard(
        [{ item: { ...item, dueDate: "2026-11-20" }, label: "with Oskar" }],
        "2026-12-01",
        reader,
      ),
    ],
    ...REMINDERS.map((r): [string, Card] => [`reminder ${r.kind}`, reminderMessage([r], digestReader).card!]),
    ["reminder digest", reminderMessage(REMINDERS, digestReader).card!],
    ["profile, paused until", profileCard(profile, [], { today: "2026-12-01", locale: reader.locale })],
    ["join program", joinProgramCard(program, "https://example.test/join", reader.locale)],
    [
      "cohort invite",
      cohortInviteCard({
        programId: "prog",
        programName: "P",
        cohortStart: "2027-06-01",
        locale: reader.locale,
      }),
    ],
    [
      "action item (messaging extension)",
      actionItemCard({
        item,
        ownerName: "Priya",
        pairName: "Priya & Oskar",
        pairUrl: "https://example.test/p",
        canMarkDone: true,
        locale: reader.locale,
      }),
    ],
    ["mentor request", mentorRequestCard(request, "P", 1, reader)],
    ["mentor request reminder", mentorRequestCard(request, "P", 1, reader, true)],
    ...(["mentor-full", "mentor-unavailable", "expired"] as const).map((why): [string, Card] => [
      `request ended (${why})`,
      requestEndedCard({ request, why, programName: "P", others: [other], reader }),
    ]),
  ];
}

describe("dates in bot cards (issue 12 item 8)", () => {
  for (const reader of READERS)
    it(`no card shows an ISO date to a ${reader.locale} reader in ${reader.timeZone}`, () => {
      for (const [name, card] of cardsFor(reader)) {
        assertValidAdaptiveCard(card, name);
        const shown = visible(card);
        expect(shown.length, name).toBeGreaterThan(0);
        expect(
          shown.filter((t) => ISO.test(t)),
          name,
        ).toEqual([]);
      }
      const preview = actionItemItem({
        item,
        ownerName: "Priya",
        pairName: "Priya & Oskar",
        pairUrl: "https://example.test/p",
        canMarkDone: true,
        locale: reader.locale,
      }).preview;
      expect(JSON.stringify(preview)).not.toMatch(ISO);
    });

  it("says the dates in the reader's words and zone", () => {
    const [de, ja] = READERS as [Reader, Reader];
    const text = (card: Card) => visible(card).join(" ");
    expect(text(myActionsCard([{ item, label: "with Oskar" }], "2026-12-01", de))).toContain(
      "Due 3. Dez. 2026",
    );
    expect(text(profileCard(profile, [], { today: "2026-12-01", locale: "de-DE" }))).toContain(
      "Paused until 10. Jan. 2027",
    );
    // 15:00 UTC is midnight in Tokyo: the check-in names the next day.
    const checkIn = reminderMessage([REMINDERS[1]!], { ...ja, displayName: "Kenji" }).card!;
    expect(text(checkIn)).toContain("2026年12月2日 00:00");
    expect(text(mentorRequestCard(request, "P", 1, resolveReader({})))).toContain(
      "Please answer by Dec 8, 2026, 8:00 AM (UTC)",
    );
  });
});

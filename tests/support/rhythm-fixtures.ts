import {
  defaultAgendaTemplates,
  documentIds,
  partitionKeys,
  type ActionItemDocument,
  type AgreementDocument,
  type Cadence,
  type PairDocument,
  type ProfileDocument,
  type ProgramDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../../bot/src/data/repositories";
import type { Clock } from "../../bot/src/services/actor";

/** A clock the test moves by hand. */
export function manualClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface PersonSpec {
  userId: string;
  name: string;
  timeZone: string;
  status?: ProfileDocument["status"];
  pausedUntil?: string;
}

export async function addPerson(repos: Repositories, tenantId: string, p: PersonSpec, serviceUrl?: string) {
  await repos.store.upsert<ProfileDocument>({
    id: documentIds.profile(),
    pk: partitionKeys.user(tenantId, p.userId),
    tenantId,
    type: "profile",
    userId: p.userId,
    displayName: p.name,
    role: "",
    team: "",
    reportingLine: [],
    level: "mid",
    timeZone: p.timeZone,
    learn: [],
    offer: [],
    goals: "",
    styles: [],
    communication: [],
    formats: [],
    teamPreference: "no-preference",
    availability: [],
    mentorCapacity: 1,
    programIds: ["prog"],
    status: p.status ?? "active",
    ...(p.pausedUntil ? { pausedUntil: p.pausedUntil } : {}),
    updatedAt: "2026-01-01T00:00:00.000Z",
  });
  if (serviceUrl) await storeReference(repos, tenantId, p.userId, serviceUrl);
}

/** What `saveConversationReference` stores after a 1:1 message from the person. */
export async function storeReference(
  repos: Repositories,
  tenantId: string,
  userId: string,
  serviceUrl: string,
) {
  const conversationId = conversationOf(userId);
  const doc = {
    id: documentIds.conversationRef(conversationId),
    pk: partitionKeys.user(tenantId, userId),
    tenantId,
    type: "conversationRef" as const,
    scope: "personal" as const,
    conversationId,
    userId,
    reference: {
      user: { id: `29:${userId}`, aadObjectId: userId, name: userId },
      bot: { id: "28:baton-bot", name: "Baton" },
      conversation: { id: conversationId, conversationType: "personal", tenantId },
      channelId: "msteams",
      serviceUrl,
    },
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
  await repos.people.saveConversationReference(doc);
  await repos.rhythm.savePersonalReference(doc);
  await repos.reminders.registerTenant(tenantId, doc.updatedAt);
}

export const conversationOf = (userId: string) => `a:personal-${userId}`;

export async function addProgram(
  repos: Repositories,
  tenantId: string,
  spec: { cadence?: Cadence; start: string; end: string; ownerIds?: string[] },
) {
  await repos.store.upsert<ProgramDocument>({
    id: documentIds.program("prog"),
    pk: partitionKeys.tenant(tenantId),
    tenantId,
    type: "program",
    programId: "prog",
    name: "Test program",
    purpose: "skill-transfer",
    audience: "",
    formats: ["one-to-one"],
    duration: "6-months",
    cohortStart: spec.start,
    cohortEnd: spec.end,
    cadence: spec.cadence ?? "weekly",
    minimumMeetingsPerMonth: 2,
    skills: [],
    agreementTemplate: {
      meetingLengthMinutes: 45,
      channels: ["Teams"],
      responseTime: "",
      confidentiality: "",
      boundaries: "",
    },
    ownerIds: spec.ownerIds ?? ["owner"],
    minGroupSize: 5,
    status: "running",
    sponsorIds: [],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
  });
}

export async function addPair(
  repos: Repositories,
  tenantId: string,
  spec: {
    pairId: string;
    mentor: PersonSpec;
    mentee: PersonSpec;
    createdAt: string;
    cadence?: Cadence;
    status?: PairDocument["status"];
  },
) {
  const pk = partitionKeys.pair(tenantId, spec.pairId);
  await repos.store.upsert<PairDocument>({
    id: documentIds.pair(),
    pk,
    tenantId,
    type: "pair",
    pairId: spec.pairId,
    programId: "prog",
    members: [
      { userId: spec.mentor.userId, role: "mentor", displayName: spec.mentor.name },
      { userId: spec.mentee.userId, role: "mentee", displayName: spec.mentee.name },
    ],
    status: spec.status ?? "active",
    matchReasons: [],
    createdAt: spec.createdAt,
    updatedAt: spec.createdAt,
  });
  for (const [me, other, role] of [
    [spec.mentor, spec.mentee, "mentor"],
    [spec.mentee, spec.mentor, "mentee"],
  ] as const)
    await repos.store.upsert({
      id: documentIds.membership(spec.pairId),
      pk: partitionKeys.user(tenantId, me.userId),
      tenantId,
      type: "membership",
      userId: me.userId,
      pairId: spec.pairId,
      programId: "prog",
      role,
      partnerId: other.userId,
      partnerName: other.name,
      status: spec.status ?? "active",
      createdAt: spec.createdAt,
    });
  if (spec.cadence) {
    const start = spec.createdAt.slice(0, 10);
    await repos.store.upsert<AgreementDocument>({
      id: documentIds.agreement(),
      pk,
      tenantId,
      type: "agreement",
      pairId: spec.pairId,
      status: "confirmed",
      version: 1,
      terms: {
        goals: "",
        meetingFrequency: spec.cadence,
        meetingLengthMinutes: 45,
        channels: ["Teams"],
        responseTime: "",
        confidentiality: "",
        boundaries: "",
        startDate: start,
        endDate: "2027-12-31",
      },
      confirmations: {},
      history: [],
      updatedBy: spec.mentor.userId,
      updatedAt: spec.createdAt,
    });
  }
  await repos.reminders.enrolPair(tenantId, spec.pairId, "prog", spec.createdAt);
}

export async function addSession(
  repos: Repositories,
  tenantId: string,
  pairId: string,
  sessionId: string,
  at: string,
  met?: boolean,
) {
  await repos.store.upsert<SessionDocument>({
    id: documentIds.session(sessionId),
    pk: partitionKeys.pair(tenantId, pairId),
    tenantId,
    type: "session",
    pairId,
    sessionId,
    at,
    durationMinutes: 60,
    template: "regular",
    agenda: defaultAgendaTemplates.regular,
    sharedNotes: "",
    ...(met !== undefined ? { met } : {}),
    loggedBy: "x",
    createdAt: at,
    updatedAt: at,
  });
}

export async function addAction(
  repos: Repositories,
  tenantId: string,
  pairId: string,
  actionItemId: string,
  ownerId: string,
  dueDate: string,
) {
  await repos.store.upsert<ActionItemDocument>({
    id: documentIds.actionItem(actionItemId),
    pk: partitionKeys.pair(tenantId, pairId),
    tenantId,
    type: "actionItem",
    pairId,
    actionItemId,
    title: `Action ${actionItemId}`,
    ownerId,
    dueDate,
    done: false,
    source: "tab",
    createdBy: ownerId,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  });
}

/** The titles of the items in a reminder card (digest lines, or the form's heading). */
export function cardTitles(activity: Record<string, any>): string[] {
  const card = activity.attachments?.[0]?.content;
  if (!card) return [];
  const titles: string[] = [];
  for (const el of card.body ?? []) {
    if (el.type === "Container") titles.push(el.items?.[0]?.text);
    else if (el.type === "TextBlock" && el.weight === "Bolder") titles.push(el.text);
  }
  return titles;
}

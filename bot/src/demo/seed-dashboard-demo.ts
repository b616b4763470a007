import {
  documentIds,
  intakeIds,
  partitionKeys,
  rhythmIds,
  type CheckInDocument,
  type EnrolmentDocument,
  type GoalDocument,
  type PairDocument,
  type PairStatus,
  type ProgramDocument,
  type SessionDocument,
  type SurveyResponseDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { DEMO_TENANT_ID } from "./demo-people";

export const DEMO_DASHBOARD_PROGRAM_ID = "service-desk-onboarding";
const day = 24 * 3600 * 1000;

const SKILLS = [
  ["itil", "ITIL processes", "service desk", false],
  ["customer-comms", "Talking to users", "communication", false],
  ["m365-admin", "Microsoft 365 administration", "cloud", true],
  ["intune", "Intune device management", "cloud", true],
  ["networking", "Network fundamentals", "networking", false],
  ["powershell", "PowerShell automation", "development", false],
  ["legacy-erp", "Legacy ERP support", "data", true],
] as const;

/** A small deterministic generator, so the demo's figures are the same on every start. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A finished onboarding program with enough people for its dashboard to show figures (the main demo
 * program is too small: most of its groups are below five): 36 new hires and 14 mentors over three
 * quarterly cohorts. Synthetic participants have an enrolment and pairs only (no profile, no chat).
 * Owner Ines Moreau; sponsor Lucía Fernández.
 */
export async function seedDashboardDemo(repos: Repositories, now: Date): Promise<void> {
  const tenantId = DEMO_TENANT_ID;
  const programId = DEMO_DASHBOARD_PROGRAM_ID;
  const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
  const programPk = partitionKeys.program(tenantId, programId);
  const rnd = random(2026);
  const program: ProgramDocument = {
    id: documentIds.program(programId),
    pk: partitionKeys.tenant(tenantId),
    tenantId,
    type: "program",
    programId,
    name: "Service desk onboarding 2025-26",
    purpose: "onboarding",
    audience: "New hires on the service desk and in end-user computing",
    formats: ["one-to-one"],
    duration: "6-months",
    cohortStart: iso(-300).slice(0, 10),
    cohortEnd: iso(-1).slice(0, 10),
    cadence: "biweekly",
    minimumMeetingsPerMonth: 2,
    skills: SKILLS.map(([id, name, group, critical]) => ({ id, name, group, critical })),
    agreementTemplate: {
      meetingLengthMinutes: 30,
      channels: ["Teams chat"],
      responseTime: "Within a working day",
      confidentiality: "What we discuss stays between us.",
      boundaries: "No performance reviews in mentoring sessions.",
    },
    ownerIds: ["u-ines"],
    minGroupSize: 5,
    status: "closing",
    sponsorIds: ["u-lucia"],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
    outcomes: [
      { kind: "retention-12m", baseline: 78, participants: 91 },
      { kind: "time-to-productivity", baseline: 13, participants: 9 },
      { kind: "satisfaction", baseline: 3.4, participants: 4.2 },
    ],
  };
  await repos.store.upsert(program);

  const mentors = Array.from({ length: 14 }, (_, i) => `u-sd-mentor-${i + 1}`);
  const enrol = (userId: string, mentor: boolean, daysAgo: number, i: number): EnrolmentDocument => {
    const wanted = mentor ? [] : [SKILLS[i % 4]![0], SKILLS[2 + (i % 5)]![0]];
    const offered = mentor
      ? [SKILLS[i % 3]![0], SKILLS[3 + (i % 2)]![0], ...(i === 0 ? ["legacy-erp"] : [])]
      : [];
    const learn = wanted.map((skillId) => ({ skillId, level: 1 + Math.floor(rnd() * 2) }));
    return {
      id: intakeIds.enrolment(userId),
      pk: programPk,
      tenantId,
      type: "enrolment",
      programId,
      userId,
      displayName: mentor ? `Mentor ${i + 1}` : `New hire ${i + 1}`,
      status: "completed",
      roles: [mentor ? "mentor" : "mentee"],
      capacity: mentor ? 3 : 0,
      offered,
      wanted,
      intakeLearn: learn,
      matching: {
        team: "Service desk",
        reportingLine: [],
        // Nobody new reaches a working level in the legacy ERP: one mentor holds it (a single point).
        learn: learn.map((c) => ({
          ...c,
          level: Math.min(c.skillId === "legacy-erp" ? 2 : 4, c.level + Math.floor(rnd() * 3)),
        })),
        offer: offered.map((skillId) => ({ skillId, level: 4 })),
        goals: "",
        timeZone: "Europe/Paris",
        availability: [],
        styles: [],
        teamPreference: "no-preference",
      },
      startedAt: iso(-daysAgo - 2),
      completedAt: iso(-daysAgo),
      updatedAt: iso(-daysAgo),
    };
  };
  for (const [i, m] of mentors.entries()) await repos.store.upsert(enrol(m, true, 290, i));

  // Three cohorts of twelve new hires, a quarter apart; the last one still running.
  for (let n = 0; n < 36; n++) {
    const cohort = Math.floor(n / 12);
    const menteeId = `u-sd-newhire-${n + 1}`;
    const enrolledDaysAgo = 280 - cohort * 91 - (n % 12);
    await repos.store.upsert(enrol(menteeId, false, enrolledDaysAgo, n));
    const start = enrolledDaysAgo - 3 - Math.floor(rnd() * 12);
    const status: PairStatus =
      cohort < 2 ? (rnd() < 0.85 ? "closed" : "ended") : rnd() < 0.8 ? "active" : "paused";
    const mentorId = mentors[(n * 5 + cohort) % mentors.length]!;
    await seedPair(repos, {
      tenantId,
      programId,
      pairId: `sd-${n + 1}`,
      mentorId,
      menteeId,
      status,
      start,
      iso,
      rnd,
    });
  }
}

interface PairSeed {
  tenantId: string;
  programId: string;
  pairId: string;
  mentorId: string;
  menteeId: string;
  status: PairStatus;
  start: number;
  iso: (offsetDays: number) => string;
  rnd: () => number;
}

async function seedPair(repos: Repositories, p: PairSeed): Promise<void> {
  const { tenantId, pairId, iso, rnd } = p;
  const pk = partitionKeys.pair(tenantId, pairId);
  const length = p.status === "active" || p.status === "paused" ? p.start : Math.min(p.start, 150);
  const base = { pk, tenantId, pairId };
  const sessions = Math.max(1, Math.floor((length / 14) * (0.5 + rnd() * 0.6)));
  for (let s = 0; s < sessions; s++) {
    const at = iso(-p.start + 3 + Math.floor((s * length) / sessions));
    const sessionId = `${pairId}-s${s + 1}`;
    const session: SessionDocument = {
      ...base,
      id: documentIds.session(sessionId),
      type: "session",
      sessionId,
      at,
      durationMinutes: 30,
      template: s === 0 ? "first" : "regular",
      agenda: [],
      sharedNotes: "",
      met: rnd() < 0.92,
      loggedBy: p.menteeId,
      createdAt: at,
      updatedAt: at,
    };
    await repos.store.upsert(session);
    const checkIn: CheckInDocument = {
      ...base,
      id: rhythmIds.checkIn(sessionId, p.menteeId),
      type: "checkIn",
      sessionId,
      userId: p.menteeId,
      met: session.met ?? true,
      usefulness: 2 + Math.min(3, Math.floor(rnd() * 4)),
      at,
    };
    await repos.store.upsert(checkIn);
  }
  const milestones = [0, 1, 2].map((m) => ({
    milestoneId: `${pairId}-g1-m${m + 1}`,
    title: "Milestone",
    done: rnd() < (p.status === "closed" ? 0.9 : 0.5),
  }));
  const goal: GoalDocument = {
    ...base,
    id: documentIds.goal(`${pairId}-g1`),
    type: "goal",
    goalId: `${pairId}-g1`,
    title: "Handle first-line tickets on my own",
    description: "",
    milestones,
    createdBy: p.menteeId,
    createdAt: iso(-p.start + 5),
    updatedAt: iso(-p.start + 5),
  };
  await repos.store.upsert(goal);
  for (const phase of p.status === "closed" ? (["midpoint", "final"] as const) : (["midpoint"] as const)) {
    const answer: SurveyResponseDocument = {
      id: rhythmIds.survey(phase, pairId, p.menteeId),
      pk: partitionKeys.program(tenantId, p.programId),
      tenantId,
      type: "surveyResponse",
      programId: p.programId,
      pairId,
      userId: p.menteeId,
      phase,
      satisfaction: 3 + Math.floor(rnd() * 3),
      usefulness: 3 + Math.floor(rnd() * 3),
      goalProgress: 2 + Math.floor(rnd() * 4),
      recommend: 5 + Math.floor(rnd() * 6),
      lesson: "",
      at: iso(-p.start + (phase === "final" ? length : Math.floor(length / 2))),
    };
    await repos.store.upsert(answer);
  }
  const stopped = p.status === "closed" || p.status === "ended";
  const pair: PairDocument = {
    ...base,
    id: documentIds.pair(),
    type: "pair",
    programId: p.programId,
    members: [
      { userId: p.mentorId, role: "mentor", displayName: "Mentor" },
      { userId: p.menteeId, role: "mentee", displayName: "New hire" },
    ],
    status: p.status,
    matchReasons: [],
    createdAt: iso(-p.start),
    updatedAt: stopped ? iso(-p.start + length) : iso(-p.start),
  };
  await repos.store.upsert(pair);
}

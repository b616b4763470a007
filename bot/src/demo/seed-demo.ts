import {
  firstSettings,
  peoplePartition,
  personId,
  searchNameOf,
  confirmAgreement,
  defaultAgendaTemplates,
  documentIds,
  draftTerms,
  editAgreement,
  intakeIds,
  matchingIds,
  newAgreement,
  partitionKeys,
  type ActionItemDocument,
  type AgendaTemplateKind,
  type GoalDocument,
  type PairDocument,
  type PairStatus,
  type ProgramDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { DEMO_PROGRAM_ID, DEMO_TENANT_ID, demoPeople, type DemoPerson } from "./demo-people";
import { matchingDetailsOf } from "./demo-matching";

const SKILLS = [
  ["azure", "Azure", "cloud", true],
  ["terraform", "Terraform", "cloud", false],
  ["kubernetes", "Kubernetes", "cloud", false],
  ["networking", "Network fundamentals", "networking", false],
  ["firewalls", "Firewall rules and exceptions", "networking", true],
  ["bgp", "BGP routing", "networking", true],
  ["security-ops", "Security operations", "security", false],
  ["incident-response", "Incident response", "security", true],
  ["itil", "ITIL processes", "service desk", false],
  ["customer-comms", "Talking to users", "communication", false],
  ["sql", "SQL Server", "data", false],
  ["backup", "Backup architecture", "data", true],
  ["powershell", "PowerShell automation", "development", false],
  ["vmware", "VMware", "infrastructure", true],
  ["leadership", "Leading a team", "leadership", false],
] as const;

const person = (id: string): DemoPerson => {
  const p = demoPeople.find((x) => x.userId === id);
  if (!p) throw new Error(`unknown demo person ${id}`);
  return p;
};

const day = 24 * 3600 * 1000;

/** Seeds the demo tenant on an empty store: a program, fourteen people and four pairs in different states. */
export async function seedDemo(repos: Repositories, clock: Clock): Promise<boolean> {
  const tenantId = DEMO_TENANT_ID;
  if (await repos.tenants.getTenant(tenantId)) return false;
  const now = clock.now();
  const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
  const date = (offsetDays: number) => iso(offsetDays).slice(0, 10);

  const program: ProgramDocument = {
    id: documentIds.program(DEMO_PROGRAM_ID),
    pk: partitionKeys.tenant(tenantId),
    tenantId,
    type: "program",
    programId: DEMO_PROGRAM_ID,
    name: "IT knowledge transfer 2026",
    purpose: "skill-transfer",
    audience: "Everyone in IT operations, cloud, security, data and the service desk",
    formats: ["one-to-one", "reverse"],
    duration: "6-months",
    cohortStart: date(-60),
    cohortEnd: date(120),
    cadence: "biweekly",
    minimumMeetingsPerMonth: 2,
    skills: SKILLS.map(([id, name, group, critical]) => ({ id, name, group, critical })),
    agreementTemplate: {
      meetingLengthMinutes: 45,
      channels: ["Teams chat", "Teams meeting"],
      responseTime: "Within two working days",
      confidentiality: "What we discuss stays between us unless we both agree to share it.",
      boundaries: "No performance reviews in mentoring sessions; either of us can pause or end at any time.",
    },
    ownerIds: ["u-ines"],
    escalationContact: "Ines Moreau",
    minGroupSize: 5,
    status: "running",
    sponsorIds: [],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
    matchingMode: "mentees-may-request",
  };

  // Ines runs the demo program, so she is the demo tenant's Baton admin (see ADR 0008).
  await repos.store.upsert(firstSettings(tenantId, "u-ines", iso(-70)));
  // Upserts, and the tenant record last: an interrupted seed simply runs again.
  for (const p of demoPeople) {
    // Known to the people directory, so the program pickers find them.
    await repos.programs.savePerson({
      id: personId(p.userId),
      pk: peoplePartition(tenantId),
      tenantId,
      type: "person",
      userId: p.userId,
      displayName: p.displayName,
      searchName: searchNameOf(p.displayName),
      firstSeenAt: iso(-70),
      lastSeenAt: iso(-1),
    });
    await repos.store.upsert({
      id: documentIds.profile(),
      pk: partitionKeys.user(tenantId, p.userId),
      tenantId,
      type: "profile",
      userId: p.userId,
      displayName: p.displayName,
      role: p.role,
      team: p.team,
      ...(p.managerId ? { managerId: p.managerId } : {}),
      reportingLine: reportingLine(p.userId),
      level: p.level,
      timeZone: p.timeZone,
      learn: p.learn.map((skillId) => ({ skillId, level: 2 })),
      offer: p.offer.map((skillId) => ({ skillId, level: 4 })),
      goals: matchingDetailsOf(p.userId).goals,
      styles: matchingDetailsOf(p.userId).styles,
      communication: ["video", "chat"],
      formats: ["one-to-one"],
      teamPreference: matchingDetailsOf(p.userId).teamPreference,
      availability: matchingDetailsOf(p.userId).availability,
      mentorCapacity: p.capacity,
      programIds: [DEMO_PROGRAM_ID],
      consentAt: iso(-70),
      status: "active",
      updatedAt: iso(-70),
    });
    // Their enrolment, so intake progress and the manager picker show real figures.
    await repos.store.upsert({
      id: intakeIds.enrolment(p.userId),
      pk: partitionKeys.program(tenantId, DEMO_PROGRAM_ID),
      tenantId,
      type: "enrolment",
      programId: DEMO_PROGRAM_ID,
      userId: p.userId,
      displayName: p.displayName,
      status: "completed",
      roles: [
        ...(p.offer.length > 0 && p.capacity > 0 ? ["mentor"] : []),
        ...(p.learn.length > 0 ? ["mentee"] : []),
      ],
      capacity: p.capacity,
      offered: p.offer,
      wanted: p.learn,
      matching: {
        role: p.role,
        team: p.team,
        reportingLine: reportingLine(p.userId),
        learn: p.learn.map((skillId) => ({ skillId, level: 2 })),
        offer: p.offer.map((skillId) => ({ skillId, level: 4 })),
        goals: matchingDetailsOf(p.userId).goals,
        timeZone: p.timeZone,
        availability: matchingDetailsOf(p.userId).availability,
        styles: matchingDetailsOf(p.userId).styles,
        teamPreference: matchingDetailsOf(p.userId).teamPreference,
      },
      startedAt: iso(-72),
      completedAt: iso(-70),
      updatedAt: iso(-70),
    });
  }
  await repos.store.upsert(program);

  const pair = async (
    pairId: string,
    mentorId: string,
    menteeId: string,
    status: PairStatus,
    startedDaysAgo: number,
  ) => {
    const mentor = person(mentorId);
    const mentee = person(menteeId);
    const doc: PairDocument = {
      id: documentIds.pair(),
      pk: partitionKeys.pair(tenantId, pairId),
      tenantId,
      type: "pair",
      pairId,
      programId: DEMO_PROGRAM_ID,
      members: [
        { userId: mentor.userId, role: "mentor", displayName: mentor.displayName },
        { userId: mentee.userId, role: "mentee", displayName: mentee.displayName },
      ],
      status,
      matchReasons: [
        `${mentor.displayName.split(" ")[0]} offers what ${mentee.displayName.split(" ")[0]} wants to learn`,
      ],
      createdAt: iso(-startedDaysAgo),
      updatedAt: iso(-startedDaysAgo),
    };
    await repos.store.upsert(doc);
    // Matching's view of the pair: live pairs hold both places, a finished one is never proposed again.
    const programPk = partitionKeys.program(tenantId, DEMO_PROGRAM_ID);
    if (status === "active" || status === "paused") {
      const seats = await repos.matching.load(tenantId, DEMO_PROGRAM_ID).then((d) => d.seats);
      const held = (userId: string) => seats.find((x) => x.userId === userId);
      await repos.store.upsert({
        id: matchingIds.seats(mentorId),
        pk: programPk,
        tenantId,
        type: "matchSeats",
        programId: DEMO_PROGRAM_ID,
        userId: mentorId,
        mentorPairIds: [...new Set([...(held(mentorId)?.mentorPairIds ?? []), pairId])],
        ...(held(mentorId)?.menteePairId ? { menteePairId: held(mentorId)?.menteePairId } : {}),
        updatedAt: iso(-startedDaysAgo),
      });
      await repos.store.upsert({
        id: matchingIds.seats(menteeId),
        pk: programPk,
        tenantId,
        type: "matchSeats",
        programId: DEMO_PROGRAM_ID,
        userId: menteeId,
        mentorPairIds: held(menteeId)?.mentorPairIds ?? [],
        menteePairId: pairId,
        updatedAt: iso(-startedDaysAgo),
      });
    } else {
      await repos.store.upsert({
        id: matchingIds.pairHistory(menteeId, mentorId),
        pk: programPk,
        tenantId,
        type: "pairHistory",
        programId: DEMO_PROGRAM_ID,
        menteeId,
        mentorId,
        pairId,
        endedAt: iso(-20),
      });
    }
    await repos.reminders.enrolPair(tenantId, pairId, DEMO_PROGRAM_ID, doc.createdAt);
    for (const [me, other, role] of [
      [mentor, mentee, "mentor"],
      [mentee, mentor, "mentee"],
    ] as const) {
      await repos.store.upsert({
        id: documentIds.membership(pairId),
        pk: partitionKeys.user(tenantId, me.userId),
        tenantId,
        type: "membership",
        userId: me.userId,
        pairId,
        programId: DEMO_PROGRAM_ID,
        role,
        partnerId: other.userId,
        partnerName: other.displayName,
        status,
        createdAt: doc.createdAt,
      });
    }
    const base = { pk: doc.pk, tenantId, pairId };
    let agreement = newAgreement(
      { ...base, id: documentIds.agreement() },
      draftTerms(program, date(-startedDaysAgo), date(-startedDaysAgo + 180)),
      mentorId,
      doc.createdAt,
    );
    return {
      doc,
      base,
      agree: (goals: string, confirmedBy: string[]) => {
        agreement = editAgreement(agreement, { ...agreement.terms, goals }, menteeId, doc.createdAt);
        for (const by of confirmedBy)
          agreement = confirmAgreement(agreement, [mentorId, menteeId], by, iso(-startedDaysAgo + 2));
      },
      save: () => repos.store.upsert(agreement),
    };
  };

  const goal = (
    base: object,
    goalId: string,
    title: string,
    by: string,
    milestones: [string, boolean][],
  ): GoalDocument => ({
    ...(base as { pk: string; tenantId: string; pairId: string }),
    id: documentIds.goal(goalId),
    type: "goal",
    goalId,
    title,
    description: "",
    targetDate: date(90),
    milestones: milestones.map(([t, done], i) => ({
      milestoneId: `${goalId}-m${i + 1}`,
      title: t,
      done,
      ...(done ? { doneAt: iso(-10) } : {}),
    })),
    createdBy: by,
    createdAt: iso(-40),
    updatedAt: iso(-10),
  });
  const action = (
    base: object,
    id: string,
    title: string,
    ownerId: string,
    due: number,
    done: boolean,
  ): ActionItemDocument => ({
    ...(base as { pk: string; tenantId: string; pairId: string }),
    id: documentIds.actionItem(id),
    type: "actionItem",
    actionItemId: id,
    title,
    ownerId,
    dueDate: date(due),
    done,
    ...(done ? { doneAt: iso(due - 1) } : {}),
    source: "tab",
    createdBy: ownerId,
    createdAt: iso(-30),
    updatedAt: iso(-30),
  });
  const session = (
    base: object,
    id: string,
    template: AgendaTemplateKind,
    at: number,
    notes: string,
    by: string,
  ) => ({
    ...(base as { pk: string; tenantId: string; pairId: string }),
    id: documentIds.session(id),
    type: "session" as const,
    sessionId: id,
    at: iso(at),
    durationMinutes: 45,
    template,
    agenda: defaultAgendaTemplates[template],
    sharedNotes: notes,
    met: true,
    loggedBy: by,
    createdAt: iso(at),
    updatedAt: iso(at),
  });

  // 1. A pair in full swing: confirmed agreement, goals, actions, sessions, private notes.
  const a = await pair("oskar-priya", "u-oskar", "u-priya", "active", 45);
  a.agree("Priya can design and review firewall rule changes for the cloud landing zone on her own.", [
    "u-priya",
    "u-oskar",
  ]);
  await a.save();
  await repos.store.upsert(
    goal(a.base, "g-firewall", "Review firewall change requests alone", "u-priya", [
      ["Shadow three change reviews", true],
      ["Lead a review with Oskar watching", true],
      ["Review a change request alone", false],
    ]),
  );
  await repos.store.upsert(
    goal(a.base, "g-network", "Explain our network topology to a new colleague", "u-priya", [
      ["Draw the site-to-site VPN map", true],
      ["Walk through BGP peering with the provider", false],
    ]),
  );
  await repos.store.upsert(
    action(a.base, "a-diagram", "Draw the landing-zone network diagram", "u-priya", -12, true),
  );
  await repos.store.upsert(
    action(a.base, "a-runbook", "Share the firewall exception runbook", "u-oskar", -2, false),
  );
  await repos.store.upsert(
    action(a.base, "a-review", "Prepare two change requests to review together", "u-priya", 5, false),
  );
  await repos.store.upsert(
    session(
      a.base,
      "s-first",
      "first",
      -40,
      "Agreed to meet every two weeks. Priya wants to own firewall reviews by spring.",
      "u-oskar",
    ),
  );
  await repos.store.upsert(
    session(
      a.base,
      "s-second",
      "regular",
      -26,
      "Walked through three recent change requests and the exception process.",
      "u-priya",
    ),
  );
  await repos.store.upsert({
    ...a.base,
    id: documentIds.privateNote("n-priya-1"),
    type: "privateNote",
    noteId: "n-priya-1",
    authorId: "u-priya",
    text: "Ask Oskar how he decides when an exception is too risky; I felt unsure saying no last week.",
    createdAt: iso(-26),
    updatedAt: iso(-26),
  });
  await repos.store.upsert({
    ...a.base,
    id: documentIds.privateNote("n-oskar-1"),
    type: "privateNote",
    noteId: "n-oskar-1",
    authorId: "u-oskar",
    text: "Priya is ready for more ownership; let her lead the next review.",
    createdAt: iso(-26),
    updatedAt: iso(-26),
  });

  // 2. Agreement drafted and confirmed by the mentor only; first session held.
  const b = await pair("amara-marco", "u-amara", "u-marco", "active", 20);
  b.agree("Marco moves our VM workloads to Kubernetes with Terraform by the end of the cycle.", ["u-amara"]);
  await b.save();
  await repos.store.upsert(
    goal(b.base, "g-k8s", "Run a workload on Kubernetes", "u-marco", [
      ["Finish the Kubernetes basics course", false],
    ]),
  );
  await repos.store.upsert(
    session(
      b.base,
      "s-b1",
      "first",
      -14,
      "Marco's background in VMware is a good base; start with containers.",
      "u-amara",
    ),
  );
  await repos.store.upsert(
    action(b.base, "a-course", "Start the Kubernetes basics course", "u-marco", 3, false),
  );
  // A session that ended an hour ago and nobody has checked in on yet: its check-in is due.
  const { met: _met, ...unconfirmed } = session(
    b.base,
    "s-b2",
    "regular",
    -2 / 24,
    "Containers vs VMs: what changes for patching and backups.",
    "u-amara",
  );
  await repos.store.upsert(unconfirmed);

  // 3. Just matched: a draft agreement and nothing else yet.
  const c = await pair("kenji-sara", "u-kenji", "u-sara", "active", 2);
  await c.save();

  // 4. A pair that finished its cycle.
  const d = await pair("david-tom", "u-david", "u-tom", "closed", 200);
  d.agree("Tom automates the three most common service desk requests with PowerShell.", ["u-tom", "u-david"]);
  await d.save();
  await repos.store.upsert(
    session(
      d.base,
      "s-d-final",
      "final",
      -20,
      "Two of three scripts are in production. Tom will keep going on his own.",
      "u-david",
    ),
  );

  await repos.store.upsert({
    id: documentIds.tenant(),
    pk: partitionKeys.tenant(tenantId),
    tenantId,
    type: "tenant",
    name: "Contoso IT (demo)",
    createdAt: now.toISOString(),
  });
  return true;
}

function reportingLine(userId: string): string[] {
  const line: string[] = [];
  let current = demoPeople.find((p) => p.userId === userId)?.managerId;
  while (current && line.length < 20) {
    line.push(current);
    current = demoPeople.find((p) => p.userId === current)?.managerId;
  }
  return line;
}

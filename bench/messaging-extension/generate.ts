import {
  documentIds,
  intakeIds,
  partitionKeys,
  resourceIds,
  type EnrolmentDocument,
  type ProfileDocument,
  type ProgramDocument,
  type ResourceDocument,
} from "@baton/shared";

export const TENANT = "bench";
const PROGRAM = "prog";
const GROUPS = ["cloud", "networking", "security", "service desk", "data", "development", "leadership"];
const NAMES = [
  "Kubernetes",
  "Terraform",
  "Azure",
  "AWS",
  "Firewalls",
  "BGP routing",
  "DNS",
  "VPN",
  "Security operations",
  "Incident response",
  "Identity access",
  "ITIL",
  "Talking to users",
  "SQL Server",
  "Backup architecture",
  "PowerShell",
  "Python",
  "Bash scripting",
  "VMware",
  "Leading a team",
  "Containers docker",
  "GitHub",
  "Pipelines devops",
  "Active Directory",
  "Microsoft 365",
  "Linux",
  "Windows Server",
  "Monitoring",
  "Storage",
  "Load balancing",
];
const SKILLS = Array.from({ length: 60 }, (_, i) => ({
  id: `s${i}`,
  name: i < NAMES.length ? (NAMES[i] as string) : `Skill ${i}`,
  group: GROUPS[i % GROUPS.length] as string,
  critical: i % 5 === 0,
}));

/** What people type: skill names, prefixes, aliases and a few misses. */
export const QUERIES = [
  "k8s",
  "kub",
  "firewall",
  "terraform",
  "bgp",
  "incident",
  "sql",
  "powershell",
  "networking",
  "backup",
  "azure",
  "fw",
  "zzz",
];

const at = "2026-01-01T00:00:00.000Z";
const pick = (i: number, n: number, salt: number) =>
  SKILLS[(i * 7 + n * 13 + salt) % SKILLS.length]?.id as string;

/** The tenant's program, N enrolments (every third a mentor), 200 callers' profiles, R resources. */
export function documentsFor(people: number, resources: number) {
  const program: ProgramDocument = {
    id: documentIds.program(PROGRAM),
    pk: partitionKeys.tenant(TENANT),
    tenantId: TENANT,
    type: "program",
    programId: PROGRAM,
    name: "Bench program",
    purpose: "skill-transfer",
    audience: "",
    formats: ["one-to-one"],
    duration: "12-months",
    cohortStart: "2026-01-01",
    cadence: "biweekly",
    minimumMeetingsPerMonth: 2,
    skills: SKILLS,
    agreementTemplate: {
      meetingLengthMinutes: 45,
      channels: ["Teams"],
      responseTime: "",
      confidentiality: "",
      boundaries: "",
    },
    ownerIds: ["owner"],
    minGroupSize: 5,
    status: "running",
    sponsorIds: [],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
  };
  const docs: (ProgramDocument | EnrolmentDocument | ProfileDocument | ResourceDocument)[] = [program];
  for (let i = 0; i < people; i++) {
    const mentor = i % 3 === 0;
    const offer = mentor ? [0, 1, 2].map((n) => ({ skillId: pick(i, n, 1), level: 3 })) : [];
    const learn = [0, 1].map((n) => ({ skillId: pick(i, n, 5), level: 2 }));
    docs.push({
      id: intakeIds.enrolment(`p${i}`),
      pk: partitionKeys.program(TENANT, PROGRAM),
      tenantId: TENANT,
      type: "enrolment",
      programId: PROGRAM,
      userId: `p${i}`,
      displayName: `Person ${i}`,
      status: i % 50 === 0 ? "paused" : "completed",
      roles: mentor ? ["mentor", "mentee"] : ["mentee"],
      capacity: mentor ? 2 : 0,
      offered: offer.map((c) => c.skillId),
      wanted: learn.map((c) => c.skillId),
      matching: {
        role: mentor ? "Senior engineer" : "Engineer",
        team: `Team ${i % 40}`,
        reportingLine: [`p${(i + 1) % people}`],
        learn,
        offer,
        goals: "Get better at operating our platform.",
        timeZone: "Europe/Berlin",
        availability: [],
        styles: ["hands-on"],
        teamPreference: "no-preference",
      },
      startedAt: at,
      completedAt: at,
      updatedAt: at,
    });
  }
  for (let i = 0; i < people; i += 7) {
    if (i / 7 >= 200) break;
    docs.push({
      id: documentIds.profile(),
      pk: partitionKeys.user(TENANT, `p${i}`),
      tenantId: TENANT,
      type: "profile",
      userId: `p${i}`,
      displayName: `Person ${i}`,
      role: "Engineer",
      team: "",
      reportingLine: [],
      level: "mid",
      timeZone: "Europe/Berlin",
      learn: [],
      offer: [],
      goals: "",
      styles: [],
      communication: [],
      formats: [],
      teamPreference: "no-preference",
      availability: [],
      mentorCapacity: 1,
      programIds: [PROGRAM],
      status: "active",
      updatedAt: at,
    } as ProfileDocument);
  }
  const kinds = ["runbook", "doc", "course", "video", "book", "talk"] as const;
  for (let i = 0; i < resources; i++) {
    const skill = SKILLS[i % SKILLS.length] as (typeof SKILLS)[number];
    docs.push({
      id: resourceIds.resource(`r${i}`),
      pk: partitionKeys.program(TENANT, PROGRAM),
      tenantId: TENANT,
      type: "resource",
      programId: PROGRAM,
      resourceId: `r${i}`,
      title: `${skill.name} ${kinds[i % kinds.length]} number ${i}`,
      url: `https://docs.example.com/r/${i}`,
      kind: kinds[i % kinds.length] as (typeof kinds)[number],
      skillIds: [skill.id],
      level: "intermediate",
      description: `How we work with ${skill.name} in ${skill.group}.`,
      createdBy: "owner",
      createdByName: "Owner",
      createdAt: new Date(Date.parse(at) + i * 60_000).toISOString(),
      updatedAt: at,
    });
  }
  return docs;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  documentIds,
  intakeIds,
  partitionKeys,
  type EnrolmentDocument,
  type GoalDocument,
  type IntakeDocument,
  type IntakeProgressView,
  type MatchingView,
  type ProfileDocument,
  type ProgramDocument,
} from "@baton/shared";
import { startTestServer, type TestServer } from "../support/test-server";

const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const route = `/api/programs/${PROGRAM}/taxonomy`;
let server: TestServer;
let owner: string;
let priya: string;

const program = async () => (await server.repos.tenants.getProgram(TENANT, PROGRAM)) as ProgramDocument;
const enrolment = (userId: string) =>
  server.repos.store.read<EnrolmentDocument>(
    TENANT,
    partitionKeys.program(TENANT, PROGRAM),
    intakeIds.enrolment(userId),
  );
const profile = (userId: string) =>
  server.repos.people.getProfile(TENANT, userId) as Promise<ProfileDocument>;
const ids = (claims: { skillId: string }[]) => claims.map((c) => c.skillId).sort();

/** Joining is unfinished: answers so far in the person's partition, enrolment `started` (as the bot writes them). */
async function startIntake(userId: string, learn: string[], offer: string[]): Promise<void> {
  const now = new Date().toISOString();
  await server.repos.store.upsert<IntakeDocument>({
    id: intakeIds.join(PROGRAM),
    pk: partitionKeys.user(TENANT, userId),
    tenantId: TENANT,
    type: "intake",
    userId,
    programId: PROGRAM,
    mode: "join",
    path: ["about", "learn", "offer", "levels", "ways", "capacity", "consent"],
    step: "levels",
    draft: {
      role: "Engineer",
      learn: learn.map((skillId) => ({ skillId, level: 1 })),
      offer: offer.map((skillId) => ({ skillId, level: 4 })),
    },
    startedAt: now,
    updatedAt: now,
  });
  await server.repos.intake.saveEnrolment({
    id: intakeIds.enrolment(userId),
    pk: partitionKeys.program(TENANT, PROGRAM),
    tenantId: TENANT,
    type: "enrolment",
    programId: PROGRAM,
    userId,
    displayName: "Midway Person",
    status: "started",
    roles: [],
    capacity: 0,
    offered: [],
    wanted: [],
    startedAt: now,
    updatedAt: now,
  });
}
const draftOf = async (userId: string) =>
  (await server.repos.intake.getIntake(TENANT, userId, intakeIds.join(PROGRAM)))?.draft;

beforeAll(async () => {
  server = await startTestServer();
  [owner, priya] = await Promise.all([server.signIn("u-ines"), server.signIn("u-priya")]);
  await startIntake("u-midway", ["terraform", "sql"], ["kubernetes", "azure"]);
});
afterAll(async () => {
  await server.dispose();
});

describe("taxonomy edits on a program with enrolments and live pairs", () => {
  it("renames a skill in place: the id stays, so profiles and enrolments are untouched", async () => {
    const before = await profile("u-david");
    const res = await server.call(owner, "POST", route, {
      action: "rename",
      skillId: "azure",
      name: "Microsoft Azure",
      etag: (await program())._etag,
    });
    expect(res.status).toBe(200);
    expect(res.body.migrated).toEqual({ enrolments: 0, profiles: 0, intakes: 0 });
    expect((await program()).skills.find((s) => s.id === "azure")?.name).toBe("Microsoft Azure");
    expect(ids((await profile("u-david")).learn)).toEqual(ids(before.learn));
    const intake = (await server.call(owner, "GET", `/api/programs/${PROGRAM}/intake`))
      .body as IntakeProgressView;
    expect(intake.skills.find((s) => s.skillId === "azure")?.name).toBe("Microsoft Azure");
  });

  it("refuses a stale ETag (412) and a bad edit naming the field (400); others get 404", async () => {
    const stale = await server.call(owner, "POST", route, {
      action: "retire",
      skillId: "sql",
      etag: '"old"',
    });
    expect(stale.status).toBe(412);
    const bad = await server.call(owner, "POST", route, { action: "merge", skillId: "sql", intoId: "nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("intoId");
    const what = await server.call(owner, "POST", route, { action: "explode", skillId: "sql" });
    expect(what.status).toBe(400);
    expect((await server.call(priya, "POST", route, { action: "retire", skillId: "sql" })).status).toBe(404);
    expect((await program()).skills.find((s) => s.id === "sql")?.retired).toBeUndefined();
  });

  it("merges a skill: profiles and enrolments move to the survivor, once; goals are untouched", async () => {
    const goalBefore = await server.repos.pairs.read<GoalDocument>(
      TENANT,
      "oskar-priya",
      documentIds.goal("g-firewall"),
    );
    const res = await server.call(owner, "POST", route, {
      action: "merge",
      skillId: "terraform",
      intoId: "azure",
    });
    expect(res.status).toBe(200);
    // Amara offered both (one claim now), Priya and Marco wanted Terraform.
    expect(res.body.migrated.enrolments).toBeGreaterThanOrEqual(3);
    expect(res.body.migrated.profiles).toBeGreaterThanOrEqual(3);
    const merged = (await program()).skills.find((s) => s.id === "terraform");
    expect(merged).toMatchObject({ retired: true, mergedInto: "azure" });
    expect(ids((await profile("u-amara")).offer)).toEqual(["azure", "kubernetes"]);
    expect(ids((await profile("u-priya")).learn)).toEqual(["azure", "firewalls", "networking"]);
    const amara = await enrolment("u-amara");
    expect(amara?.offered.sort()).toEqual(["azure", "kubernetes"]);
    expect(ids(amara?.matching?.offer ?? [])).toEqual(["azure", "kubernetes"]);
    expect((await enrolment("u-marco"))?.wanted).not.toContain("terraform");
    // Someone part-way through intake picked Terraform: their answers so far move to the survivor.
    expect(res.body.migrated.intakes).toBe(1);
    expect(ids((await draftOf("u-midway"))?.learn ?? [])).toEqual(["azure", "sql"]);
    // Again: nothing left to move.
    const again = await server.call(owner, "POST", route, {
      action: "merge",
      skillId: "terraform",
      intoId: "azure",
    });
    expect(again.status).toBe(200);
    expect(again.body.migrated).toEqual({ enrolments: 0, profiles: 0, intakes: 0 });
    const goalAfter = await server.repos.pairs.read<GoalDocument>(
      TENANT,
      "oskar-priya",
      documentIds.goal("g-firewall"),
    );
    expect(goalAfter?.title).toBe(goalBefore?.title);
    expect(goalAfter?._etag).toBe(goalBefore?._etag);
  });

  it("retires a skill: kept on existing profiles and named in the workspace, gone from demand and from matching", async () => {
    const res = await server.call(owner, "POST", route, { action: "retire", skillId: "kubernetes" });
    expect(res.status).toBe(200);
    expect(ids((await profile("u-amara")).offer)).toContain("kubernetes");
    // An unfinished intake can't keep a skill nobody may pick any more: it is dropped from the answers.
    expect(res.body.migrated.intakes).toBe(1);
    expect(ids((await draftOf("u-midway"))?.offer ?? [])).toEqual(["azure"]);
    const intake = (await server.call(owner, "GET", `/api/programs/${PROGRAM}/intake`))
      .body as IntakeProgressView;
    expect(intake.skills.map((s) => s.skillId)).not.toContain("kubernetes");
    expect(intake.skills.map((s) => s.skillId)).not.toContain("terraform");
    const workspace = await server.call(priya, "GET", "/api/pairs/oskar-priya");
    expect(workspace.body.skills.find((s: { id: string }) => s.id === "kubernetes")?.name).toBe("Kubernetes");

    const run = await server.call(owner, "POST", `/api/programs/${PROGRAM}/matching/runs`, {});
    expect(run.status).toBe(201);
    const view = run.body as MatchingView;
    expect(view.proposals.length).toBeGreaterThan(0);
    const shared = view.proposals.flatMap((p) => p.sharedSkills.map((s) => s.skillId));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared).not.toContain("kubernetes");
    expect(shared).not.toContain("terraform");
  });
});

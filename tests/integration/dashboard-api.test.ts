import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardTables, documentIds, partitionKeys, type ProgramDocument } from "@baton/shared";
import { startTestServer, type TestServer } from "../support/test-server";

const MAIN = "it-knowledge-2026";
const ONBOARDING = "service-desk-onboarding";
let server: TestServer;
const tokens: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await startTestServer();
  await server.dashboard.flush();
  await server.dashboard.runOnce();
  tokens.owner = await server.signIn("u-ines");
  tokens.sponsor = await server.signIn("u-lucia");
  tokens.participant = await server.signIn("u-priya");
  tokens.otherTenant = await server.signIn("u-ines", "fabrikam");
  tokens.none = undefined;
});
afterAll(() => server.dispose());

async function setAccess(access: ProgramDocument["dashboardAccess"]) {
  const program = await server.repos.tenants.getProgram("contoso-demo", ONBOARDING);
  await server.repos.store.upsert({ ...program!, dashboardAccess: access });
}

describe("who may open a dashboard", () => {
  const matrix: [string, number][] = [
    ["owner", 200],
    ["sponsor", 200],
    ["participant", 404],
    ["otherTenant", 404],
    ["none", 401],
  ];
  for (const route of [
    `/api/programs/${ONBOARDING}/dashboard`,
    `/api/programs/${ONBOARDING}/dashboard.csv?table=participation`,
  ])
    for (const [who, status] of matrix)
      it(`${who} gets ${status} from ${route.split("?")[0]}`, async () => {
        const res = await server.call(tokens[who], "GET", route);
        expect(res.status).toBe(status);
        if (status !== 200) expect(JSON.stringify(res.body)).not.toMatch(/Service desk onboarding|pairs/);
      });

  it("opens to everyone in the tenant (and nobody outside it) when the program allows it", async () => {
    await setAccess("tenant");
    try {
      expect(
        (await server.call(tokens.participant, "GET", `/api/programs/${ONBOARDING}/dashboard`)).status,
      ).toBe(200);
      expect(
        (
          await server.call(
            tokens.participant,
            "GET",
            `/api/programs/${ONBOARDING}/dashboard.csv?table=weekly`,
          )
        ).status,
      ).toBe(200);
      expect(
        (await server.call(tokens.otherTenant, "GET", `/api/programs/${ONBOARDING}/dashboard`)).status,
      ).toBe(404);
    } finally {
      await setAccess("owners-and-sponsors");
    }
  });

  it("a program that does not exist is the same 404", async () => {
    const res = await server.call(tokens.owner, "GET", "/api/programs/nope/dashboard");
    expect(res.status).toBe(404);
  });
});

describe("the dashboard's figures", () => {
  it("counts the onboarding program and hides the small demo program's groups", async () => {
    const big = (await server.call(tokens.sponsor, "GET", `/api/programs/${ONBOARDING}/dashboard`)).body;
    expect(big.participation.mentors).toEqual({ value: 14 });
    expect(big.participation.mentees).toEqual({ value: 36 });
    expect(big.participation.pairs).toEqual({ value: 36 });
    expect(big.cohorts.length).toBeGreaterThanOrEqual(3);
    expect(big.knowledgeRisk.skills.map((s: { skillId: string }) => s.skillId)).toEqual([
      "m365-admin",
      "intune",
      "legacy-erp",
    ]);
    const erp = big.knowledgeRisk.skills.find((s: { skillId: string }) => s.skillId === "legacy-erp");
    expect(erp.holders).toEqual({ hidden: "small" });
    expect(erp.atRisk).toBe(true);

    const small = (await server.call(tokens.owner, "GET", `/api/programs/${MAIN}/dashboard`)).body;
    expect(small.participation.pairs).toEqual({ hidden: "small" });
  });

  it("shows exact knowledge-risk counts to owners only, in the console's own route", async () => {
    const exact = await server.call(tokens.owner, "GET", `/api/programs/${ONBOARDING}/knowledge-risk`);
    expect(exact.status).toBe(200);
    const erp = exact.body.skills.find((s: { skillId: string }) => s.skillId === "legacy-erp");
    expect(erp).toMatchObject({ holders: 1, singlePoint: true });
    expect(
      (await server.call(tokens.sponsor, "GET", `/api/programs/${ONBOARDING}/knowledge-risk`)).status,
    ).toBe(404);
  });

  it("never carries goal text, notes, lessons or names in JSON or CSV", async () => {
    const bodies = [
      JSON.stringify((await server.call(tokens.owner, "GET", `/api/programs/${MAIN}/dashboard`)).body),
    ];
    for (const table of dashboardTables)
      for (const program of [MAIN, ONBOARDING]) {
        const res = await fetch(`${server.url}/api/programs/${program}/dashboard.csv?table=${table}`, {
          headers: { authorization: `Bearer ${tokens.owner}` },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        bodies.push(new TextDecoder().decode(bytes));
      }
    const all = bodies.join("\n");
    for (const secret of [
      "Handle first-line tickets",
      "ready for more ownership",
      "Priya",
      "Oskar",
      "u-",
      "felt unsure",
      "Mentor 1",
    ])
      expect(all).not.toContain(secret);
  });

  it("names the bad field: an unknown table or cohort is a 400", async () => {
    const table = await server.call(
      tokens.owner,
      "GET",
      `/api/programs/${ONBOARDING}/dashboard.csv?table=notes`,
    );
    expect(table.status).toBe(400);
    expect(table.body.error.field).toBe("table");
    const cohort = await server.call(tokens.owner, "GET", `/api/programs/${ONBOARDING}/dashboard?cohort=x`);
    expect(cohort.status).toBe(400);
    expect(cohort.body.error.field).toBe("cohort");
    // A date range that ends before it starts, on the page and on the CSV export.
    for (const route of [
      `/api/programs/${ONBOARDING}/dashboard?from=2026-06-01&to=2026-05-01`,
      `/api/programs/${ONBOARDING}/dashboard.csv?table=participation&from=2026-06-01&to=2026-05-01`,
    ]) {
      const backwards = await server.call(tokens.owner, "GET", route);
      expect(backwards.status, route).toBe(400);
      expect(backwards.body.error.field, route).toBe("to");
    }
  });
});

describe("pinning a dashboard to a channel", () => {
  it("lists the programs I own or sponsor, and pins one (owners and sponsors only)", async () => {
    const mine = (await server.call(tokens.sponsor, "GET", "/api/dashboards")).body;
    expect(mine.map((p: { programId: string }) => p.programId).sort()).toEqual([MAIN, ONBOARDING].sort());
    expect((await server.call(tokens.participant, "GET", "/api/dashboards")).body).toEqual([]);
    const channel = "19:abc@thread.tacv2";
    const pin = await server.call(
      tokens.owner,
      "PUT",
      `/api/channels/${encodeURIComponent(channel)}/dashboard`,
      {
        programId: ONBOARDING,
      },
    );
    expect(pin.status).toBe(200);
    const stored = await server.repos.store.read<{
      id: string;
      pk: string;
      tenantId: string;
      type: string;
      programId: string;
      pinnedBy: string;
    }>("contoso-demo", partitionKeys.tenant("contoso-demo"), `channeltab:${encodeURIComponent(channel)}`);
    expect(stored).toMatchObject({ programId: ONBOARDING, pinnedBy: "u-ines" });
    const refused = await server.call(
      tokens.participant,
      "PUT",
      `/api/channels/${encodeURIComponent(channel)}/dashboard`,
      {
        programId: ONBOARDING,
      },
    );
    expect(refused.status).toBe(404);
    expect(documentIds.program(ONBOARDING)).toBe(`program:${ONBOARDING}`);
  });
});

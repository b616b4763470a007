import { describe, expect, it } from "vitest";
import { DomainError } from "../domain/errors";
import { programDocument, type ProgramDocument } from "../domain/program";
import { parseInput } from "../domain/validate";
import { firstSettings, mayCreatePrograms } from "./baton-settings";
import { IT_SKILL_GROUPS, itTaxonomy } from "./it-taxonomy";
import { isJoinable, nextStatuses, transitionProblem } from "./lifecycle";
import { searchNameOf } from "./people-directory";
import { applySetup, newProgram, withStatus } from "./program-setup";
import { createProgramInput, updateSetupInput } from "./setup-input";
import { cohortEndFor, programTemplates, templateForPurpose } from "./templates";

const now = new Date("2026-03-10T09:00:00.000Z");
const ctx = { tenantId: "t-new", programId: "p1", creatorId: "u-a", now };
const create = (body: unknown) => newProgram(parseInput(createProgramInput, body), ctx);

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
};

describe("the built-in IT taxonomy", () => {
  it("has unique ids in every group, with some skills critical", () => {
    const skills = itTaxonomy();
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
    expect(new Set(skills.map((s) => s.group))).toEqual(new Set(IT_SKILL_GROUPS));
    for (const group of ["Cloud", "Networking", "Security", "Service desk", "Data", "Development"])
      expect(skills.some((s) => s.group === group)).toBe(true);
    expect(skills.filter((s) => s.critical).length).toBeGreaterThan(3);
    expect(skills.some((s) => !s.critical)).toBe(true);
  });

  it("is a fresh copy every time (editing one program's taxonomy never touches another's)", () => {
    const a = itTaxonomy();
    (a[0] as { name: string }).name = "changed";
    expect(itTaxonomy()[0]?.name).not.toBe("changed");
  });
});

describe("program templates", () => {
  it.each(programTemplates.map((t) => [t.id, t] as const))("%s makes a valid draft program", (id) => {
    const program = create({ name: "Pilot", purpose: "skill-transfer", template: id });
    expect(programDocument.safeParse(program).success).toBe(true);
    expect(program).toMatchObject({ status: "draft", ownerIds: ["u-a"], sponsorIds: [], templateId: id });
    expect(program.agendaTemplates?.first.length).toBeGreaterThan(0);
    expect(program.agendaTemplates?.final.length).toBeGreaterThan(0);
    expect(program.skills.length).toBeGreaterThan(0);
  });

  it("differ where they should: onboarding is weekly for 3 months, leadership uses leadership skills", () => {
    const onboarding = create({ name: "Buddies", purpose: "onboarding" });
    expect(onboarding).toMatchObject({
      templateId: "it-onboarding",
      cadence: "weekly",
      duration: "3-months",
    });
    expect(onboarding.cohortEnd).toBe("2026-06-10");
    const leadership = create({ name: "Leads", purpose: "leadership" });
    expect(new Set(leadership.skills.map((s) => s.group))).toEqual(new Set(["Leadership", "Communication"]));
    expect(create({ name: "R", purpose: "skill-transfer", template: "reverse-mentoring" }).formats).toContain(
      "reverse",
    );
    expect(templateForPurpose("career-moves")).toBe("blank");
  });

  it("let the creator's choices replace the template's", () => {
    const program = create({ name: "X", purpose: "succession", cadence: "monthly", duration: "evergreen" });
    expect(program.cadence).toBe("monthly");
    expect(program.cohortEnd).toBeUndefined();
  });

  it("refuse bad input naming the field", () => {
    expect(fieldOf(() => create({ purpose: "skill-transfer" }))).toBe("name");
    expect(fieldOf(() => create({ name: "X", purpose: "fun" }))).toBe("purpose");
    expect(
      fieldOf(() =>
        create({ name: "X", purpose: "leadership", cohortStart: "2026-05-01", cohortEnd: "2026-04-01" }),
      ),
    ).toBe("cohortEnd");
    expect(
      fieldOf(() =>
        create({ name: "X", purpose: "leadership", outcomes: [{ kind: "satisfaction", baseline: 9 }] }),
      ),
    ).toBe("outcomes.0.baseline");
    expect(fieldOf(() => create({ name: "X", purpose: "leadership", surprise: 1 }))).toBe("body");
  });
});

describe("cohort end dates", () => {
  it("add the duration's months, keeping month ends", () => {
    expect(cohortEndFor("2026-01-15", "6-months")).toBe("2026-07-15");
    expect(cohortEndFor("2026-08-31", "6-months")).toBe("2027-02-28");
    expect(cohortEndFor("2026-01-15", "evergreen")).toBeUndefined();
  });
});

describe("setup changes", () => {
  const draft = () => create({ name: "Pilot", purpose: "skill-transfer" });
  const patch = (program: ProgramDocument, body: object) =>
    applySetup(program, parseInput(updateSetupInput, { etag: "e", ...body }), now);

  it("edit the taxonomy freely in a draft: add, remove and flag skills critical", () => {
    const program = draft();
    const [first, ...rest] = program.skills;
    const next = patch(program, {
      skills: [...rest, { id: "mainframe", name: "Mainframe", group: "Operations", critical: true }],
    });
    expect(next.skills.some((s) => s.id === first?.id)).toBe(false);
    expect(next.skills.find((s) => s.id === "mainframe")?.critical).toBe(true);
  });

  it("never drop a skill once the program is open (people may hold it), but rename and flag it", () => {
    const open = withStatus(draft(), "open", now);
    const [first, ...rest] = open.skills;
    expect(fieldOf(() => patch(open, { skills: rest }))).toBe("skills");
    const renamed = patch(open, {
      skills: [{ ...first, name: "Azure (all of it)", critical: false }, ...rest],
    });
    expect(renamed.skills[0]).toMatchObject({ id: first?.id, name: "Azure (all of it)", critical: false });
  });

  it("refuse a skill id used twice and an evergreen program with an end date", () => {
    const program = draft();
    const dup = program.skills[0];
    expect(fieldOf(() => patch(program, { skills: [dup, dup] }))).toBe("skills.1.id");
    expect(fieldOf(() => patch(program, { duration: "evergreen", cohortEnd: "2027-01-01" }))).toBe(
      "cohortEnd",
    );
    expect(patch(program, { duration: "evergreen" }).cohortEnd).toBeUndefined();
  });
});

describe("the program lifecycle", () => {
  const program = (
    status: ProgramDocument["status"],
    duration: ProgramDocument["duration"] = "6-months",
  ) => ({
    status,
    duration,
    skills: itTaxonomy(),
  });

  it("goes draft → open → running → closing → closed, one step at a time", () => {
    expect(nextStatuses(program("draft"))).toEqual(["open"]);
    expect(nextStatuses(program("open"))).toEqual(["running"]);
    expect(nextStatuses(program("running"))).toEqual(["closing"]);
    expect(nextStatuses(program("closing"))).toEqual(["closed"]);
    expect(nextStatuses(program("closed"))).toEqual([]);
    expect(transitionProblem(program("draft"), "running")).toMatch(/cannot become running/);
    expect(transitionProblem(program("closed"), "open")).toMatch(/cannot become open/);
  });

  it("keeps evergreen programs running", () => {
    expect(nextStatuses(program("running", "evergreen"))).toEqual([]);
    expect(transitionProblem(program("running", "evergreen"), "closing")).toMatch(/evergreen/);
  });

  it("opens only a program with skills", () => {
    expect(transitionProblem({ ...program("draft"), skills: [] }, "open")).toMatch(/at least one skill/);
    expect(transitionProblem(program("draft"), "open")).toBeUndefined();
  });

  it("lets join see open and running programs only (older documents count as running)", () => {
    expect(
      ["draft", "open", "running", "closing", "closed"].filter((s) => isJoinable({ status: s as never })),
    ).toEqual(["open", "running"]);
    expect(isJoinable({} as never)).toBe(true);
  });
});

describe("who may create programs", () => {
  it("anyone in a tenant without settings; then as the admins decide", () => {
    expect(mayCreatePrograms(undefined, "u-x")).toBe(true);
    const settings = firstSettings("t", "u-a", now.toISOString());
    expect(settings.adminIds).toEqual(["u-a"]);
    expect(mayCreatePrograms(settings, "u-x")).toBe(true);
    const listed = { ...settings, programCreation: "listed" as const, creatorIds: ["u-b"] };
    expect(mayCreatePrograms(listed, "u-x")).toBe(false);
    expect(mayCreatePrograms(listed, "u-b")).toBe(true);
    expect(mayCreatePrograms(listed, "u-a")).toBe(true);
  });
});

describe("people search names", () => {
  it("drop case and accents", () => {
    expect(searchNameOf("  Inès   MOREAU ")).toBe("ines moreau");
  });
});

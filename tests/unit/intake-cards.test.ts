import { describe, expect, it } from "vitest";
import {
  intakeStep,
  startIntake,
  type IntakeStep,
  type ProfileDocument,
  type ProgramDocument,
  type Skill,
} from "@baton/shared";
import { greetingCard, noticeCard, profileCard, stepCard } from "../../bot/src/features/intake/intake-cards";
import { checkAdaptiveCard } from "../support/validate-card";

const skills = (n: number): Skill[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `skill-${i}`,
    name: `Skill number ${i} with a longish name`,
    group: `group ${i % 12}`,
    critical: i % 7 === 0,
  }));
const program = (n: number) => ({
  programId: "p1",
  name: "IT knowledge transfer 2026",
  skills: skills(n),
  formats: ["one-to-one", "group", "peer", "reverse"] as const,
});
const managers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    userId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
    displayName: `Colleague Number ${i}`,
  }));
const fullDraft = (n: number) => ({
  role: "Network technician",
  team: "Networking",
  level: "junior",
  timeZone: "Europe/Stockholm",
  learn: skills(n)
    .slice(0, 20)
    .map((s) => ({ skillId: s.id, level: 2 })),
  offer: skills(n)
    .slice(20, 40)
    .map((s) => ({ skillId: s.id, level: 3 })),
  goals: "x".repeat(2000),
  styles: ["hands-on"],
  communication: ["chat"],
  formats: ["one-to-one"],
  teamPreference: "cross-team",
  availability: Array.from({ length: 28 }, (_, i) => ({
    day: i % 7,
    startMinute: 60 * (i % 20),
    endMinute: 60 * (i % 20) + 30,
  })),
  mentorCapacity: 2,
});

function cardAt(step: IntakeStep, taxonomy: number, people: number, withErrors: boolean) {
  const doc = {
    ...startIntake({
      mode: "join",
      tenantId: "t",
      userId: "u",
      programId: "p1",
      draft: fullDraft(taxonomy) as never,
      now: new Date(),
    }),
    step,
  };
  const errors: Record<string, string> = withErrors
    ? {
        role: "Tell us your role.",
        learn: "Pick skills from the list.",
        "learn_skill-0": "Pick a level.",
        consent: "Tick the box.",
      }
    : {};
  return stepCard({
    doc: doc as never,
    program: program(taxonomy) as never,
    managers: managers(people),
    errors,
  });
}

describe("every intake card is a valid Adaptive Card 1.5 under 40 KB", () => {
  for (const step of intakeStep.options)
    for (const [taxonomy, people] of [
      [15, 12],
      [500, 300],
    ] as const)
      it(`${step} with ${taxonomy} skills and ${people} people, with and without problems`, () => {
        for (const withErrors of [false, true]) {
          const check = checkAdaptiveCard(cardAt(step, taxonomy, people, withErrors));
          expect(check.problems).toEqual([]);
          expect(check.version).toBe("1.5");
        }
      });

  it("greeting, profile and notice cards", () => {
    const prog = {
      ...program(15),
      audience: "IT",
      cohortStart: "2026-01-01",
      cohortEnd: "2026-12-31",
    } as unknown as ProgramDocument;
    const profile = {
      ...fullDraft(15),
      userId: "u",
      displayName: "A",
      status: "active",
      programIds: ["p1"],
      reportingLine: [],
    } as unknown as ProfileDocument;
    const cards = [
      greetingCard("Ana", []),
      greetingCard("Ana", [
        { program: prog, state: "none" },
        { program: { ...prog, programId: "p2" }, state: "in" },
        { program: { ...prog, programId: "p3" }, state: "started" },
      ]),
      profileCard(profile, prog.skills, { today: "2026-11-22" }),
      profileCard({ ...profile, status: "paused", pausedUntil: "2026-12-01T00:00:00.000Z" }, prog.skills, {
        today: "2026-11-22",
        notice: "Saved.",
      }),
      profileCard({ ...profile, status: "left" }, prog.skills, { today: "2026-11-22" }),
      noticeCard("Paused", "Paused until 2026-12-01.", {
        buttons: [{ verb: "intake.resume", title: "Resume now" }],
      }),
      noticeCard("Hi", "Text only"),
    ];
    for (const card of cards) expect(checkAdaptiveCard(card).problems).toEqual([]);
  });

  it("gives every Action.Execute an Action.Submit fallback carrying its verb", () => {
    const card = JSON.stringify(cardAt("about", 15, 12, false));
    expect(card).toContain(
      '"fallback":{"type":"Action.Submit","title":"Continue","style":"positive","data":{"programId":"p1","mode":"join","step":"about","verb":"intake.submit"}}',
    );
  });

  it("shows what people typed literally, never as template expressions", () => {
    const doc = startIntake({
      mode: "join",
      tenantId: "t",
      userId: "u",
      programId: "p1",
      draft: {},
      now: new Date(),
    });
    const card = stepCard({
      doc,
      program: program(3) as never,
      managers: [],
      values: { role: "${errors.role} ${1+1}" },
    });
    expect(JSON.stringify(card)).toContain("${errors.role} ${1+1}");
  });
});

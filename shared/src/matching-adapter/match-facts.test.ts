import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import { explainPair, solveMatching } from "../matching/index";
import type { ScorePart } from "../matching/types";
import { describeMatch } from "./describe-match";
import { fitScale, introductionLine, matchFactsOf, readerReasons } from "./match-facts";
import { toMatchingInput } from "./to-matching-input";
import { unmatchedInWords } from "./unmatched-words";

const now = new Date("2026-01-12T10:00:00.000Z");

function programWith(skills: { id: string; name: string }[]): ProgramDocument {
  return {
    id: "program:p1",
    pk: "t:t1",
    tenantId: "t1",
    type: "program",
    programId: "p1",
    name: "P",
    skills: skills.map((s) => ({ ...s, group: "cloud", critical: false })),
    ownerIds: ["u-owner"],
  } as ProgramDocument;
}

function person(
  userId: string,
  name: string,
  m: Partial<NonNullable<EnrolmentDocument["matching"]>>,
  mentor = false,
): EnrolmentDocument {
  return {
    id: `enrolment:${userId}`,
    pk: "t:t1|program:p1",
    tenantId: "t1",
    type: "enrolment",
    programId: "p1",
    userId,
    displayName: name,
    status: "completed",
    roles: [mentor ? "mentor" : "mentee"],
    capacity: mentor ? 1 : 0,
    offered: [],
    wanted: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    matching: {
      team: mentor ? "B" : "A",
      reportingLine: [],
      learn: [],
      offer: [],
      goals: "",
      timeZone: "Europe/Paris",
      availability: [{ day: 0, startMinute: 9 * 60, endMinute: 11 * 60 }],
      styles: ["hands-on"],
      teamPreference: "no-preference",
      ...m,
    },
  };
}

const k8s = programWith([
  { id: "kubernetes", name: "Kubernetes operations" },
  { id: "incidents", name: "Major incidents" },
  { id: "sql", name: "SQL Server" },
]);

function reasonsFor(menteeGoals: string, mentorZone = "Europe/Paris") {
  const { input, context } = toMatchingInput({
    program: k8s,
    now,
    enrolments: [
      person("ana", "Ana Lopes", { learn: [{ skillId: "kubernetes", level: 2 }], goals: menteeGoals }),
      person(
        "oskar",
        "Oskar Lindqvist",
        { offer: [{ skillId: "kubernetes", level: 4 }], timeZone: mentorZone },
        true,
      ),
    ],
  });
  const pair = explainPair(input, "ana", "oskar");
  if (!pair) throw new Error("no pair");
  return { facts: matchFactsOf(pair, context, k8s.skills), owner: describeMatch(pair, context, k8s.skills) };
}

const words = (text: string) => text.split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 0);

describe("match reasons in words", () => {
  it("keeps words as written: Kubernetes, operations and incidents, never their stems", () => {
    const { owner, facts } = reasonsFor("Run Kubernetes operations and handle incidents calmly");
    const text = [...owner, ...readerReasons(facts, "mentee", "Oskar")].join(" ");
    expect(text).toMatch(/Kubernetes/);
    expect(text).not.toMatch(/\bkubernete\b|\boperation\b|\bincident\b/i);
  });

  it("a reason never contains a truncated word from the taxonomy or the goals (property)", () => {
    const word = fc.stringMatching(/^[A-Za-z]{3,12}s?$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(word, { minLength: 0, maxLength: 8 }),
        (skillWords, menteeGoals, mentorGoals) => {
          const program = programWith([{ id: "s1", name: skillWords.join(" ") }]);
          const { input, context } = toMatchingInput({
            program,
            now,
            enrolments: [
              person("a", "Ana Lopes", {
                learn: [{ skillId: "s1", level: 2 }],
                goals: menteeGoals.join(" "),
              }),
              person(
                "b",
                "Ben Ode",
                { offer: [{ skillId: "s1", level: 4 }], goals: mentorGoals.join(" ") },
                true,
              ),
            ],
          });
          const pair = explainPair(input, "a", "b");
          if (!pair) return;
          const facts = matchFactsOf(pair, context, program.skills);
          const sentences = [
            ...describeMatch(pair, context, program.skills),
            ...readerReasons(facts, "mentee", "Ben"),
            ...readerReasons(facts, "mentor", "Ana"),
          ];
          const sources = [...skillWords, ...menteeGoals, ...mentorGoals].map((w) => w.toLowerCase());
          const whole = new Set(sources);
          for (const token of sentences.flatMap(words).map((w) => w.toLowerCase())) {
            if (whole.has(token)) continue;
            const cut = sources.find(
              (s) => s.length > token.length && s.startsWith(token) && token.length >= 3,
            );
            // Our own sentence words ("offers", "learn"...) may prefix a source word by chance; a
            // truncation is a token that appears nowhere but as a cut source word.
            if (cut && !OWN_WORDS.has(token))
              expect.fail(`"${token}" is a truncated "${cut}" in: ${sentences.join(" | ")}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not call distant time zones a reason, and never says 'only'", () => {
    const { owner, facts } = reasonsFor("", "America/Los_Angeles");
    const text = [...owner, ...readerReasons(facts, "mentee", "Oskar")].join(" ");
    expect(text).not.toMatch(/only|apart/);
    const near = reasonsFor("", "Europe/London");
    expect(near.owner).toContain("Their time zones are 1 hour apart.");
  });

  it("speaks to the reader as 'you' and never names them in the third person", () => {
    const { facts } = reasonsFor("Kubernetes");
    const mentee = readerReasons(facts, "mentee", "Oskar");
    expect(mentee).toContain(
      "Oskar offers Kubernetes operations, which you want to learn, at the level you aim for or above.",
    );
    expect(mentee.join(" ")).not.toMatch(/Ana/);
    const mentor = readerReasons(facts, "mentor", "Ana");
    expect(mentor).toContain("You offer Kubernetes operations, which Ana wants to learn.");
    expect(mentor.join(" ")).not.toMatch(/Oskar/);
  });

  it("an introduction promises help only with skills the pair really shares", () => {
    const { facts } = reasonsFor("");
    expect(introductionLine(facts, "mentee", "Oskar")).toBe(
      "Oskar offers Kubernetes operations, which you want to learn.",
    );
    const forced = { ...facts, skills: [], order: facts.order.filter((p) => p !== "skill") };
    const line = introductionLine(forced, "mentee", "Oskar");
    expect(line).toMatch(/doesn't list a skill you want to learn/);
    expect(line).not.toMatch(/will help you/);
    expect(readerReasons(forced, "mentee", "Oskar").join(" ")).not.toMatch(/offers/);
  });
});

describe("fitScale", () => {
  const parts = (raw: Partial<Record<ScorePart, number>>) =>
    Object.fromEntries(
      (["skill", "goal", "availability", "timezone", "style", "team"] as const).map((p) => [
        p,
        { raw: raw[p] ?? 0, weight: p === "skill" ? 4 : 1, points: (raw[p] ?? 0) * (p === "skill" ? 4 : 1) },
      ]),
    ) as Record<ScorePart, { raw: number; weight: number; points: number }>;
  it("puts a score on a strong / good / fair scale with the parts behind it", () => {
    expect(fitScale(parts({ skill: 100, availability: 100, timezone: 100 }))).toEqual({
      level: "strong",
      label: "Strong fit",
      parts:
        "skills strong, shared time strong, time zones strong, goals none, mentoring style none, team preference none",
    });
    expect(fitScale(parts({ skill: 80, availability: 100 })).level).toBe("good");
    expect(fitScale(parts({ skill: 20, team: 50 })).level).toBe("fair");
  });
});

describe("unmatchedInWords", () => {
  it("names the wanted skills nobody with free places offers", () => {
    const { input, context } = toMatchingInput({
      program: k8s,
      now,
      enrolments: [
        person("ana", "Ana Lopes", { learn: [{ skillId: "kubernetes", level: 2 }] }),
        person("sam", "Sam Berg", { offer: [{ skillId: "sql", level: 4 }] }, true),
      ],
    });
    const result = solveMatching(input);
    expect(result.assignments).toEqual([]);
    const [u] = result.unmatched;
    expect(u && unmatchedInWords(u, input, context, k8s.skills)).toBe(
      "No mentor with free places offers Kubernetes operations.",
    );
  });
});

/** Words of our own sentences, which may happen to begin a random source word. */
const OWN_WORDS = new Set(
  `offers offer which you want wants learn learning level they aim for above their goals meet overlap
  share about hours hour free time week both like mentoring work same zone zones apart team teams come
  from different preferred fresh view for are and the with ana lopes ben ode`.split(/\s+/),
);

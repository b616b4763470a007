import { activeSkills, resolveSkillId } from "../programs/taxonomy-edits";
import type { Skill } from "../domain/program";
import type { EnrolmentDocument } from "./intake-documents";
import { effectiveStatus } from "./participation";

export interface SkillSupply {
  skillId: string;
  name: string;
  group: string;
  critical: boolean;
  /** Active mentors offering it. */
  mentors: number;
  /** Mentee places those mentors offer (a mentor's capacity counts for each skill they offer). */
  capacityOffered: number;
  /** Active mentees who want to learn it. */
  demand: number;
  /** Demand not covered by any capacity offered for it. */
  shortfall: number;
}

/** What a program owner sees of intake: counts only, never anyone's answers. */
export interface IntakeProgressView {
  programId: string;
  programName: string;
  /** Everyone who ever started intake for this program. */
  started: number;
  /** Still answering. */
  inProgress: number;
  /** Finished and active now. */
  completed: number;
  paused: number;
  left: number;
  mentors: number;
  mentees: number;
  /** Both mentor and mentee. */
  both: number;
  /** Sum of the active mentors' capacity. */
  capacityOffered: number;
  /** Active mentees waiting for a mentor. */
  demand: number;
  skills: SkillSupply[];
  asOf: string;
}

export function intakeProgress(
  program: { programId: string; name: string; skills: readonly Skill[] },
  enrolments: readonly EnrolmentDocument[],
  now: Date,
): IntakeProgressView {
  const view: IntakeProgressView = {
    programId: program.programId,
    programName: program.name,
    started: enrolments.length,
    inProgress: 0,
    completed: 0,
    paused: 0,
    left: 0,
    mentors: 0,
    mentees: 0,
    both: 0,
    capacityOffered: 0,
    demand: 0,
    skills: [],
    asOf: now.toISOString(),
  };
  // Retired skills are kept for what refers to them but are not counted in demand or supply.
  const supply = new Map(
    activeSkills(program.skills).map((s) => [
      s.id,
      {
        skillId: s.id,
        name: s.name,
        group: s.group,
        critical: s.critical,
        mentors: 0,
        capacityOffered: 0,
        demand: 0,
        shortfall: 0,
      },
    ]),
  );
  for (const e of enrolments) {
    if (e.status === "started") {
      view.inProgress++;
      continue;
    }
    if (e.status === "left") {
      view.left++;
      continue;
    }
    const status = effectiveStatus(
      { status: e.status === "paused" ? "paused" : "active", pausedUntil: e.pausedUntil },
      now,
    );
    if (status === "paused") {
      view.paused++;
      continue;
    }
    view.completed++;
    const mentor = e.roles.includes("mentor") && e.capacity > 0;
    const mentee = e.roles.includes("mentee");
    if (mentor) {
      view.mentors++;
      view.capacityOffered += e.capacity;
      for (const id of e.offered) {
        const s = supply.get(resolveSkillId(program.skills, id));
        if (s) {
          s.mentors++;
          s.capacityOffered += e.capacity;
        }
      }
    }
    if (mentee) {
      view.mentees++;
      view.demand++;
      for (const id of e.wanted) {
        const s = supply.get(resolveSkillId(program.skills, id));
        if (s) s.demand++;
      }
    }
    if (mentor && mentee) view.both++;
  }
  view.skills = [...supply.values()]
    .map((s) => ({ ...s, shortfall: Math.max(0, s.demand - s.capacityOffered) }))
    .sort((a, b) => b.shortfall - a.shortfall || b.demand - a.demand || a.name.localeCompare(b.name));
  return view;
}

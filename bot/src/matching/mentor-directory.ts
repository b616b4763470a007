import {
  buildMentorDirectory,
  mentorDirectoryQuery,
  notFound,
  parseInput,
  validationError,
  type MentorDirectoryView,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { systemClock, type Actor, type Clock } from "../services/actor";

/**
 * The mentors a participant could ask (GET /api/programs/:programId/mentors): one point read of the
 * program and one single-partition query of its partition (enrolments, seats, ended pairs,
 * exclusions, requests). Anyone not taking part in the program gets 404, as if it did not exist.
 */
export class MentorDirectoryService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  async list(actor: Actor, programId: string, query: unknown): Promise<MentorDirectoryView> {
    const { skill } = parseInput(mentorDirectoryQuery, query);
    const [program, data] = await Promise.all([
      this.repos.tenants.getProgram(actor.tenantId, programId),
      this.repos.matching.load(actor.tenantId, programId),
    ]);
    if (!program) throw notFound("This program");
    if (skill && !program.skills.some((s) => s.id === skill))
      throw validationError("skill", "skill: pick one of this program's skills.");
    const view = buildMentorDirectory({
      program,
      enrolments: data.enrolments,
      seats: data.seats,
      history: data.history,
      exclusions: data.exclusions,
      requests: data.requests,
      viewerId: actor.userId,
      now: this.clock.now(),
      ...(skill ? { skillId: skill } : {}),
    });
    if (!view) throw notFound("This program");
    return view;
  }
}

import {
  createResourceInput,
  forbidden,
  notFound,
  parseInput,
  partitionKeys,
  playbookInput,
  resourceIds,
  resourcesForPair,
  updateResourceInput,
  validationError,
  type EnrolmentDocument,
  type GoalDocument,
  type PairDocument,
  type PairResourcesView,
  type PlaybookDocument,
  type ProgramDocument,
  type ResourceDocument,
  type ResourceLibraryView,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { newId, systemClock, type Actor, type Clock } from "../services/actor";
import type { ResourceRepository } from "./resource-repository";

const isMentor = (e: EnrolmentDocument | undefined) =>
  Boolean(e && e.status !== "left" && e.roles.includes("mentor"));
const takesPart = (e: EnrolmentDocument | undefined) => Boolean(e && e.status !== "left");

/**
 * The resource library and mentor playbook of a program. Owners and mentors add resources; owners
 * edit any and write the playbook; whoever added a resource may edit or remove it. Participants read.
 * Anyone else gets 404, as if the program did not exist.
 */
export class ResourceService {
  constructor(
    private readonly repos: Repositories,
    private readonly library: ResourceRepository,
    private readonly clock: Clock = systemClock,
  ) {}

  private async access(actor: Actor, programId: string) {
    const [program, data] = await Promise.all([
      this.repos.tenants.getProgram(actor.tenantId, programId),
      this.library.load(actor.tenantId, programId, [actor.userId]),
    ]);
    if (!program) throw notFound("This program");
    const me = data.enrolments.find((e) => e.userId === actor.userId);
    const isOwner = program.ownerIds.includes(actor.userId);
    if (!isOwner && !takesPart(me)) throw notFound("This program");
    return { program, data, isOwner, canAdd: isOwner || isMentor(me) };
  }

  async view(actor: Actor, programId: string): Promise<ResourceLibraryView> {
    const { program, data, isOwner, canAdd } = await this.access(actor, programId);
    return {
      programId,
      programName: program.name,
      skills: program.skills,
      resources: data.resources,
      playbook: data.playbook,
      viewer: { canAdd, isOwner, userId: actor.userId },
    };
  }

  private checkSkills(program: ProgramDocument, skillIds: readonly string[]) {
    const known = new Set(program.skills.map((s) => s.id));
    if (skillIds.some((id) => !known.has(id)))
      throw validationError("skillIds", "skillIds: pick skills from this program's taxonomy.");
  }

  async create(actor: Actor, programId: string, body: unknown): Promise<ResourceDocument> {
    const { program, canAdd } = await this.access(actor, programId);
    if (!canAdd) throw forbidden("Only the program's owners and mentors add resources.");
    const input = parseInput(createResourceInput, body);
    this.checkSkills(program, input.skillIds);
    const resourceId = newId();
    const now = this.clock.now().toISOString();
    return this.library.create<ResourceDocument>({
      id: resourceIds.resource(resourceId),
      pk: this.library.pk(actor.tenantId, programId),
      tenantId: actor.tenantId,
      type: "resource",
      programId,
      resourceId,
      ...input,
      createdBy: actor.userId,
      createdByName: actor.displayName.slice(0, 120),
      createdAt: now,
      updatedAt: now,
    });
  }

  private async editable(actor: Actor, programId: string, resourceId: string) {
    const access = await this.access(actor, programId);
    const current = /^[A-Za-z0-9_-]{1,64}$/.test(resourceId)
      ? await this.library.get(actor.tenantId, programId, resourceId)
      : undefined;
    if (!current) throw notFound("This resource");
    if (!access.isOwner && current.createdBy !== actor.userId)
      throw forbidden("Only the program's owners and whoever added a resource change it.");
    return { ...access, current };
  }

  async update(actor: Actor, programId: string, resourceId: string, body: unknown) {
    const { program, current } = await this.editable(actor, programId, resourceId);
    const { etag, ...input } = parseInput(updateResourceInput, body);
    this.checkSkills(program, input.skillIds);
    return this.library.replace<ResourceDocument>(
      { ...current, ...input, updatedAt: this.clock.now().toISOString() },
      etag,
    );
  }

  async remove(actor: Actor, programId: string, resourceId: string): Promise<{ removed: true }> {
    await this.editable(actor, programId, resourceId);
    await this.library.delete(actor.tenantId, programId, resourceId);
    return { removed: true };
  }

  async savePlaybook(actor: Actor, programId: string, body: unknown): Promise<PlaybookDocument> {
    const { isOwner, data } = await this.access(actor, programId);
    if (!isOwner) throw forbidden("Only the program's owners write the mentor playbook.");
    const input = parseInput(playbookInput, body);
    const doc: PlaybookDocument = {
      id: resourceIds.playbook(),
      pk: this.library.pk(actor.tenantId, programId),
      tenantId: actor.tenantId,
      type: "playbook",
      programId,
      markdown: input.markdown,
      updatedBy: actor.userId,
      updatedAt: this.clock.now().toISOString(),
    };
    if (!data.playbook) return this.library.create(doc);
    if (!input.etag) throw validationError("etag", "etag: reload the playbook before you save it.");
    return this.library.replace(doc, input.etag);
  }

  /** The pair workspace's Resources section: one point read of the pair and program, two queries. */
  async forPair(actor: Actor, pairId: string): Promise<PairResourcesView> {
    const pair = await this.repos.pairs.getPair(actor.tenantId, pairId);
    const me = pair?.members.find((m) => m.userId === actor.userId);
    if (!pair || !me) throw notFound("This pair");
    const mentee = pair.members.find((m) => m.role === "mentee");
    const [program, data, goals] = await Promise.all([
      this.repos.tenants.getProgram(actor.tenantId, pair.programId),
      this.library.load(actor.tenantId, pair.programId, [actor.userId, ...(mentee ? [mentee.userId] : [])]),
      this.goalsOf(actor.tenantId, pair),
    ]);
    const menteeEnrolment = data.enrolments.find((e) => e.userId === mentee?.userId);
    const wanted = menteeEnrolment?.matching?.learn.map((c) => c.skillId) ?? menteeEnrolment?.wanted ?? [];
    const goalTexts = [...goals.map((g) => g.title), menteeEnrolment?.matching?.goals ?? ""];
    const { forPair, others } = resourcesForPair(data.resources, wanted, goalTexts, program?.skills ?? []);
    const mine = data.enrolments.find((e) => e.userId === actor.userId);
    return {
      pairId,
      programId: pair.programId,
      skills: program?.skills ?? [],
      forPair,
      others,
      playbook: me.role === "mentor" ? data.playbook : null,
      canAdd: Boolean(program?.ownerIds.includes(actor.userId)) || isMentor(mine) || me.role === "mentor",
    };
  }

  private goalsOf(tenantId: string, pair: PairDocument): Promise<GoalDocument[]> {
    return this.repos.store.queryPartition<GoalDocument>(
      tenantId,
      partitionKeys.pair(tenantId, pair.pairId),
      "c.type = 'goal'",
    );
  }
}

import {
  entityId,
  buildDashboardView,
  dashboardCsvTable,
  dashboardIds,
  dashboardQuery,
  dashboardTables,
  exactKnowledgeRisk,
  notFound,
  parseInput,
  partitionKeys,
  toCsv,
  type DashboardView,
  type KnowledgeRiskExact,
  type PinnableProgram,
  type ProgramDocument,
} from "@baton/shared";
import { z } from "zod";
import type { Actor, Clock } from "../services/actor";
import type { DashboardRepository } from "./dashboard-repository";
import type { DashboardRuntime } from "./dashboard-runtime";

const NOT_YOURS = "This dashboard";

/** Owners and sponsors; everyone in the tenant when the program opened its dashboard to all. */
export function mayView(program: ProgramDocument, actor: Actor): boolean {
  return (
    program.tenantId === actor.tenantId &&
    (program.ownerIds.includes(actor.userId) ||
      program.sponsorIds.includes(actor.userId) ||
      program.dashboardAccess === "tenant")
  );
}

const mayPin = (program: ProgramDocument, actor: Actor) =>
  program.ownerIds.includes(actor.userId) || program.sponsorIds.includes(actor.userId);

const csvQuery = dashboardQuery.extend({ table: z.enum(dashboardTables) });
const pinInput = z.object({ programId: entityId });

/**
 * The dashboard: a load is two point reads (program, summary); figures are suppressed in
 * `buildDashboardView`. Anyone who may not view gets a 404 that says nothing about the program.
 */
export class DashboardService {
  /** Built views by program version, summary version and filter: the same load twice builds once. */
  private readonly views = new Map<string, DashboardView>();

  constructor(
    private readonly repo: DashboardRepository,
    private readonly runtime: DashboardRuntime,
    private readonly clock: Clock,
  ) {}

  private async viewable(actor: Actor, programId: string): Promise<ProgramDocument> {
    const program = await this.repo.getProgram(actor.tenantId, programId);
    if (!program || !mayView(program, actor)) throw notFound(NOT_YOURS);
    return program;
  }

  private async summary(program: ProgramDocument) {
    return (
      (await this.repo.getSummary(program.tenantId, program.programId)) ??
      (await this.runtime.recompute(program.tenantId, program.programId))
    );
  }

  async view(actor: Actor, programId: string, query: unknown): Promise<DashboardView> {
    const q = parseInput(dashboardQuery, query);
    const program = await this.viewable(actor, programId);
    const summary = await this.summary(program);
    const key = `${program.tenantId}|${program.programId}|${program._etag}|${summary._etag}|${JSON.stringify(q)}`;
    const cached = this.views.get(key);
    if (cached) return cached;
    const view = buildDashboardView(summary.rollup, program, q, summary.computedAt);
    if (this.views.size >= 200) this.views.delete(this.views.keys().next().value!);
    this.views.set(key, view);
    return view;
  }

  /** One table as CSV text (UTF-8 with BOM), the same figures the dashboard shows. */
  async csv(actor: Actor, programId: string, query: unknown): Promise<{ filename: string; text: string }> {
    const q = parseInput(csvQuery, query);
    const view = await this.view(actor, programId, q);
    return {
      filename: `${programId}-${q.table}.csv`,
      text: toCsv(dashboardCsvTable(view, q.table)),
    };
  }

  /** Exact knowledge-risk counts: the program's owners only (their console), never sponsors or the tenant. */
  async knowledgeRisk(actor: Actor, programId: string): Promise<KnowledgeRiskExact> {
    const program = await this.repo.getProgram(actor.tenantId, programId);
    if (!program || !program.ownerIds.includes(actor.userId)) throw notFound("This program");
    const summary = await this.summary(program);
    return exactKnowledgeRisk(summary.rollup, program, summary.computedAt);
  }

  /** The programs whose dashboard this person may pin to a channel. */
  async pinnable(actor: Actor): Promise<PinnableProgram[]> {
    const programs = await this.repo.listPrograms(actor.tenantId);
    return programs
      .filter((p) => mayPin(p, actor))
      .map((p) => ({
        programId: p.programId,
        name: p.name,
        role: p.ownerIds.includes(actor.userId) ? ("owner" as const) : ("sponsor" as const),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Pins a program's dashboard to a channel's tab (owners and sponsors of that program). */
  async pin(
    actor: Actor,
    channelId: string,
    body: unknown,
  ): Promise<{ channelId: string; programId: string }> {
    const { programId } = parseInput(pinInput, body);
    if (!channelId || channelId.length > 300) throw notFound("This channel");
    const program = await this.repo.getProgram(actor.tenantId, programId);
    if (!program || !mayPin(program, actor)) throw notFound("This program");
    await this.repo.saveChannelTab({
      id: dashboardIds.channelTab(channelId),
      pk: partitionKeys.tenant(actor.tenantId),
      tenantId: actor.tenantId,
      type: "channelTab",
      channelId,
      programId,
      pinnedBy: actor.userId,
      pinnedAt: this.clock.now().toISOString(),
    });
    return { channelId, programId };
  }
}

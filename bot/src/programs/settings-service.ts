import {
  firstSettings,
  forbidden,
  mayCreatePrograms,
  parseInput,
  updateSettingsInput,
  validationError,
  type BatonSettingsDocument,
  type BatonSettingsView,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Actor, Clock } from "../services/actor";
import type { PeopleDirectory } from "./people-directory";
import type { ProgramRepository } from "./program-repository";

/** Who may create programs in a tenant, and who the Baton admins are (ADR 0008). */
export class SettingsService {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly people: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async view(actor: Actor): Promise<BatonSettingsView> {
    const settings = await this.programs.getSettings(actor.tenantId);
    const isAdmin = settings?.adminIds.includes(actor.userId) ?? false;
    return {
      isAdmin,
      canCreatePrograms: mayCreatePrograms(settings, actor.userId),
      settings:
        settings && isAdmin
          ? {
              ...settings,
              admins: await this.people.views(actor.tenantId, settings.adminIds),
              creators: await this.people.views(actor.tenantId, settings.creatorIds),
            }
          : null,
    };
  }

  /**
   * Throws 403 unless the actor may create a program. In a tenant without settings, the first
   * creator's settings are written (they become its Baton admin); two first creators at the same
   * moment: one wins, the other is checked against the winner's settings (which allow anyone).
   */
  async admitCreator(actor: Actor): Promise<void> {
    let settings = await this.programs.getSettings(actor.tenantId);
    if (!settings) {
      try {
        settings = await this.programs.createSettings(
          firstSettings(actor.tenantId, actor.userId, this.clock.now().toISOString()),
        );
      } catch (error) {
        if (!isConflict(error)) throw error;
        settings = await this.programs.getSettings(actor.tenantId);
      }
    }
    if (!mayCreatePrograms(settings, actor.userId))
      throw forbidden("Your Baton admins have limited who can create programs. Ask one of them to add you.");
  }

  /** Admins only: change admins, who may create programs, and the list of creators. */
  async update(actor: Actor, body: unknown): Promise<BatonSettingsView> {
    const input = parseInput(updateSettingsInput, body);
    const current = await this.programs.getSettings(actor.tenantId);
    if (!current || !current.adminIds.includes(actor.userId))
      throw forbidden("Only Baton admins can change who creates programs.");
    const adminIds = unique(input.adminIds ?? current.adminIds);
    const creatorIds = unique(input.creatorIds ?? current.creatorIds);
    for (const [field, ids] of [
      ["adminIds", adminIds],
      ["creatorIds", creatorIds],
    ] as const) {
      const unknown = await this.people.unknown(actor.tenantId, ids);
      if (unknown.length > 0)
        throw validationError(field, `${field}: Baton doesn't know ${unknown[0]} in your organisation yet.`);
    }
    const next: BatonSettingsDocument = {
      ...current,
      adminIds,
      creatorIds,
      programCreation: input.programCreation ?? current.programCreation,
      updatedAt: this.clock.now().toISOString(),
      updatedBy: actor.userId,
    };
    await this.programs.replaceSettings(next, input.etag);
    return this.view(actor);
  }
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

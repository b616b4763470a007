import { peoplePartition, personId, searchNameOf, type PersonDocument, type PersonView } from "@baton/shared";
import type { Actor, Clock } from "../services/actor";
import type { ProgramRepository } from "./program-repository";

const REFRESH_MS = 24 * 3600_000;
const MEMO_LIMIT = 20_000;

/**
 * The people Baton knows in a tenant: whoever talked to the bot, opened the tab or enrolled. A person
 * is written once, and again when their name changes or a day has passed; an in-process memo keeps
 * the hot path (every API call) to no reads at all after the first.
 */
export class PeopleDirectory {
  private readonly memo = new Map<string, { name: string; at: number }>();
  /** People Baton must not write back after an erasure (set by the My data slice). */
  private forgotten: (tenantId: string, userId: string) => Promise<boolean> = async () => false;

  constructor(
    private readonly programs: ProgramRepository,
    private readonly clock: Clock,
  ) {}

  async remember(actor: Actor): Promise<void> {
    if (!actor.tenantId || !actor.userId) return;
    const key = `${actor.tenantId}|${actor.userId}`;
    const now = this.clock.now();
    const seen = this.memo.get(key);
    if (seen && seen.name === actor.displayName && now.getTime() - seen.at < REFRESH_MS) return;
    const existing = await this.programs.getPerson(actor.tenantId, actor.userId);
    if (!existing && (await this.forgotten(actor.tenantId, actor.userId))) return;
    // A token without a real name (the id as name) never replaces a name Baton already knows.
    const named = actor.displayName && actor.displayName !== actor.userId ? actor.displayName : "";
    const name = named || existing?.displayName || actor.userId;
    const fresh =
      existing &&
      existing.displayName === name &&
      now.getTime() - Date.parse(existing.lastSeenAt) < REFRESH_MS;
    if (!fresh) {
      const doc: PersonDocument = {
        id: personId(actor.userId),
        pk: peoplePartition(actor.tenantId),
        tenantId: actor.tenantId,
        type: "person",
        userId: actor.userId,
        displayName: name,
        searchName: searchNameOf(name),
        firstSeenAt: existing?.firstSeenAt ?? now.toISOString(),
        lastSeenAt: now.toISOString(),
      };
      await this.programs.savePerson(doc);
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, { name: actor.displayName, at: now.getTime() });
  }

  /** Never remember someone `check` says was erased (and has not come back); see ADR 0022. */
  skipErased(check: (tenantId: string, userId: string) => Promise<boolean>): void {
    this.forgotten = check;
  }

  /** Drops the in-process memory of a person (after their erasure). */
  forget(tenantId: string, userId: string): void {
    this.memo.delete(`${tenantId}|${userId}`);
  }

  /** Up to 20 people of the caller's tenant whose name contains `query`. */
  async search(actor: Actor, query: string): Promise<PersonView[]> {
    const found = await this.programs.searchPeople(actor.tenantId, query, 20);
    return found.map(({ userId, displayName }) => ({ userId, displayName }));
  }

  /** Names for ids (point reads; an unknown id keeps its id as name). */
  async views(tenantId: string, ids: readonly string[]): Promise<PersonView[]> {
    const found = await Promise.all(ids.map((id) => this.programs.getPerson(tenantId, id)));
    return ids.map((userId, i) => ({ userId, displayName: found[i]?.displayName ?? userId }));
  }

  /** Ids of this tenant Baton does not know (a picker may only offer known people). */
  async unknown(tenantId: string, ids: readonly string[]): Promise<string[]> {
    const found = await Promise.all(ids.map((id) => this.programs.getPerson(tenantId, id)));
    return ids.filter((_, i) => !found[i]);
  }
}

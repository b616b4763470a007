import {
  buildProgramSearch,
  partitionKeys,
  type EnrolmentDocument,
  type ExclusionDocument,
  type PairHistoryDocument,
  type ProgramDocument,
  type ProgramSearch,
  type ResourceDocument,
  type SeatsDocument,
} from "@baton/shared";
import type { DocumentStore, DocumentWrite, StoredDocument } from "../data/document-store";

/** The document whose `stamp` changes with every write that can change a program's search results. */
interface SearchStampDocument extends StoredDocument {
  type: "searchStamp";
  programId: string;
  stamp: string;
  updatedAt: string;
}

const STAMP_ID = "search-stamp";
/** Ids (in the program's partition) whose change can change search results. */
const WATCHED = /^(enrolment|seats|exclusion|pairhistory|resource):/;

/** A program's data as search needs it, and its indexes, as of one stamp. */
export interface ProgramSnapshot {
  stamp: string;
  program: ProgramDocument;
  enrolments: EnrolmentDocument[];
  byUser: Map<string, EnrolmentDocument>;
  seats: SeatsDocument[];
  exclusions: ExclusionDocument[];
  history: PairHistoryDocument[];
  resources: ResourceDocument[];
  byResource: Map<string, ResourceDocument>;
  search: ProgramSearch;
  /** Enrolments that offer to mentor, all and by offered skill id. */
  mentors: EnrolmentDocument[];
  mentorsBySkill: Map<string, EnrolmentDocument[]>;
  /** Each mentor's place in name order, so ranking compares numbers, not names. */
  nameOrder: Map<string, number>;
  /** Per snapshot, so a change empties them: ids found per query text, and rendered cards by key. */
  found: Map<string, string[]>;
  cards: Map<string, Record<string, unknown>>;
}

const MAX_MEMO = 2000;

/** Remembers `make()` under `key` in a snapshot's memo (bounded; the oldest entry goes first). */
export function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= MAX_MEMO) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/** Each person's place in name order (`localeCompare` of display names; equal names share a place). */
export function nameOrder(people: readonly EnrolmentDocument[]): Map<string, number> {
  const sorted = [...people].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const order = new Map<string, number>();
  let place = 0;
  sorted.forEach((e, i) => {
    const before = sorted[i - 1];
    if (before && before.displayName.localeCompare(e.displayName) !== 0) place = i;
    order.set(e.userId, place);
  });
  return order;
}

type Loaded = EnrolmentDocument | SeatsDocument | ExclusionDocument | PairHistoryDocument | ResourceDocument;

/**
 * Per-program search indexes kept in memory and fresh by change: every write of an enrolment, seats,
 * exclusion, ended pair or resource (in the program's partition) or of the program itself upserts the
 * program's `search-stamp` with a new value (a `DocumentStore` write listener, so every writer is
 * covered, on every instance). A search reads the stamp (one point read) and rebuilds the index only
 * when it changed: one single-partition query and an in-memory build. Concurrent searches share a build.
 */
export class ProgramIndex {
  private readonly cache = new Map<string, Promise<ProgramSnapshot | undefined>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly maxPrograms = 50,
  ) {
    store.onWrite((write) => this.onWrite(write));
  }

  private async onWrite({ tenantId, pk, id }: DocumentWrite): Promise<void> {
    if (id === STAMP_ID) return;
    let programId: string | undefined;
    if (pk === partitionKeys.tenant(tenantId) && id.startsWith("program:")) programId = id.slice(8);
    else if (pk.startsWith(`${partitionKeys.tenant(tenantId)}|program:`) && WATCHED.test(id))
      programId = pk.slice(partitionKeys.tenant(tenantId).length + 9);
    if (!programId) return;
    await this.store.upsert<SearchStampDocument>({
      id: STAMP_ID,
      pk: partitionKeys.program(tenantId, programId),
      tenantId,
      type: "searchStamp",
      programId,
      stamp: crypto.randomUUID(),
      updatedAt: new Date().toISOString(),
    });
  }

  /** The program's snapshot as of now: one point read, plus a rebuild when something changed. */
  async get(tenantId: string, programId: string): Promise<ProgramSnapshot | undefined> {
    const pk = partitionKeys.program(tenantId, programId);
    const stampDoc = await this.store.read<SearchStampDocument>(tenantId, pk, STAMP_ID);
    const stamp = stampDoc?.stamp ?? "none";
    const key = `${tenantId}\u0000${programId}`;
    const cached = this.cache.get(key);
    if (cached) {
      const snapshot = await cached.catch(() => undefined);
      if (snapshot && snapshot.stamp === stamp) return snapshot;
      if (this.cache.get(key) !== cached) return this.cache.get(key);
    }
    const building = this.build(tenantId, programId, stamp);
    this.cache.delete(key);
    this.cache.set(key, building);
    if (this.cache.size > this.maxPrograms) this.cache.delete(this.cache.keys().next().value as string);
    building.catch(() => this.cache.delete(key));
    return building;
  }

  private async build(tenantId: string, programId: string, stamp: string) {
    const [program, docs] = await Promise.all([
      this.store.read<ProgramDocument>(tenantId, partitionKeys.tenant(tenantId), `program:${programId}`),
      this.store.queryPartition<Loaded>(
        tenantId,
        partitionKeys.program(tenantId, programId),
        "c.type IN ('enrolment', 'matchSeats', 'matchExclusion', 'pairHistory', 'resource')",
        [],
        "",
        // Large pages: a 10,000-person program is three round trips, not thirteen.
        5000,
      ),
    ]);
    if (!program) return undefined;
    const of = <T extends Loaded>(type: T["type"]) => docs.filter((d): d is T => d.type === type);
    const enrolments = of<EnrolmentDocument>("enrolment");
    const resources = of<ResourceDocument>("resource").sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const mentors = enrolments.filter((e) => e.roles.includes("mentor") && e.matching);
    const mentorsBySkill = new Map<string, EnrolmentDocument[]>();
    for (const m of mentors)
      for (const c of m.matching?.offer ?? [])
        mentorsBySkill.set(c.skillId, [...(mentorsBySkill.get(c.skillId) ?? []), m]);
    return {
      mentors,
      mentorsBySkill,
      nameOrder: nameOrder(mentors),
      found: new Map(),
      cards: new Map(),
      stamp,
      program,
      enrolments,
      byUser: new Map(enrolments.map((e) => [e.userId, e])),
      seats: of<SeatsDocument>("matchSeats"),
      exclusions: of<ExclusionDocument>("matchExclusion"),
      history: of<PairHistoryDocument>("pairHistory"),
      resources,
      byResource: new Map(resources.map((r) => [r.resourceId, r])),
      search: buildProgramSearch(program, enrolments, resources),
    };
  }
}

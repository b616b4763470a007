import { LRUCache } from "lru-cache";
import {
  buildProgramSearch,
  documentIds,
  partitionKeys,
  type ProfileDocument,
  type EnrolmentDocument,
  type ExclusionDocument,
  type PairHistoryDocument,
  type ProgramDocument,
  type ProgramSearch,
  type ResourceDocument,
  type SeatsDocument,
} from "@baton/shared";
import type { DocumentStore, DocumentWrite, StoredDocument } from "../data/document-store";
import { mentorTable, type MentorTable } from "./mentor-table";

/** The document whose `stamp` changes with every write that can change a program's search results. */
interface SearchStampDocument extends StoredDocument {
  type: "searchStamp";
  programId: string;
  stamp: string;
  updatedAt: string;
}

const STAMP_ID = "search-stamp";
/**
 * How long a stamp or a caller's program list read from Cosmos DB is trusted on this instance (ms). A write
 * made here is seen at once (the write listener records the new stamp, and forgets the caller's list);
 * one made on another instance within this time. Keystrokes of one search share the reads.
 */
export const SEARCH_READ_TTL_MS = 1000;
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
  /** The mentors in name order, with the skills each offers as bits (ranking's table). */
  mentors: MentorTable;
  /** Per snapshot, so a change empties them: ids found per query text (resources), mentors' places
   * found per query text, and rendered cards by key. */
  found: Map<string, string[]>;
  mentorHits: Map<string, Int32Array>;
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

type Loaded = EnrolmentDocument | SeatsDocument | ExclusionDocument | PairHistoryDocument | ResourceDocument;

/**
 * Per-program search indexes kept in memory and fresh by change: every write of an enrolment, seats,
 * exclusion, ended pair or resource (in the program's partition) or of the program itself upserts the
 * program's `search-stamp` with a new value (a `DocumentStore` write listener, so every writer is
 * covered, on every instance). A search reads the stamp (a point read, shared by the searches of the
 * next `SEARCH_READ_TTL_MS`; a write on this instance records its new stamp at once) and rebuilds the
 * index only when it changed: one single-partition query and an in-memory build. Concurrent searches
 * share a build. The caller's programs (their profile's `programIds`) are read the same way.
 */
export class ProgramIndex {
  private readonly cache = new Map<string, Promise<ProgramSnapshot | undefined>>();
  private readonly stamps: LRUCache<string, string, { tenantId: string; programId: string }>;
  private readonly programIds: LRUCache<string, string[], { tenantId: string; userId: string }>;

  constructor(
    private readonly store: DocumentStore,
    private readonly maxPrograms = 50,
  ) {
    this.stamps = new LRUCache({
      max: 1000,
      ttl: SEARCH_READ_TTL_MS,
      fetchMethod: async (_key, _stale, { context: { tenantId, programId } }) =>
        (
          await store.read<SearchStampDocument>(
            tenantId,
            partitionKeys.program(tenantId, programId),
            STAMP_ID,
          )
        )?.stamp ?? "none",
    });
    this.programIds = new LRUCache({
      max: 10_000,
      ttl: SEARCH_READ_TTL_MS,
      fetchMethod: async (_key, _stale, { context: { tenantId, userId } }) => {
        const profile = await store.read<ProfileDocument>(
          tenantId,
          partitionKeys.user(tenantId, userId),
          documentIds.profile(),
        );
        return profile?.status === "left" ? [] : (profile?.programIds ?? []);
      },
    });
    store.onWrite((write) => this.onWrite(write));
  }

  private async onWrite({ tenantId, pk, id }: DocumentWrite): Promise<void> {
    if (id === STAMP_ID) return;
    const userPk = `${partitionKeys.tenant(tenantId)}|user:`;
    if (id === documentIds.profile() && pk.startsWith(userPk))
      this.programIds.delete(`${tenantId}\u0000${pk.slice(userPk.length)}`);
    let programId: string | undefined;
    if (pk === partitionKeys.tenant(tenantId) && id.startsWith("program:")) programId = id.slice(8);
    else if (pk.startsWith(`${partitionKeys.tenant(tenantId)}|program:`) && WATCHED.test(id))
      programId = pk.slice(partitionKeys.tenant(tenantId).length + 9);
    if (!programId) return;
    const stamp = crypto.randomUUID();
    await this.store.upsert<SearchStampDocument>({
      id: STAMP_ID,
      pk: partitionKeys.program(tenantId, programId),
      tenantId,
      type: "searchStamp",
      programId,
      stamp,
      updatedAt: new Date().toISOString(),
    });
    this.stamps.set(`${tenantId}\u0000${programId}`, stamp);
  }

  /** The programs in the caller's profile (none when they left): a point read shared for a second. */
  async programIdsOf(tenantId: string, userId: string): Promise<string[]> {
    return (
      (await this.programIds.fetch(`${tenantId}\u0000${userId}`, { context: { tenantId, userId } })) ?? []
    );
  }

  /** The program's snapshot as of now: a stamp read (or this second's), plus a rebuild when it changed. */
  async get(tenantId: string, programId: string): Promise<ProgramSnapshot | undefined> {
    const key = `${tenantId}\u0000${programId}`;
    const stamp = (await this.stamps.fetch(key, { context: { tenantId, programId } })) ?? "none";
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
    return {
      mentors: mentorTable(program, enrolments),
      found: new Map(),
      mentorHits: new Map(),
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

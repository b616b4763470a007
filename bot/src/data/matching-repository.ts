import {
  intakeIds,
  matchingIds,
  partitionKeys,
  type ChemistryCheckDocument,
  type EnrolmentDocument,
  type ExclusionDocument,
  type MatchingStateDocument,
  type MatchRunDocument,
  type MentorRequestDocument,
  type PairHistoryDocument,
  type ProposalDocument,
  type SeatsDocument,
} from "@baton/shared";
import type { DocumentStore, StoredDocument } from "./document-store";

/** Everything matching reads of a program, from one single-partition query. */
export interface ProgramMatchingData {
  enrolments: EnrolmentDocument[];
  state: MatchingStateDocument | undefined;
  runs: MatchRunDocument[];
  proposals: ProposalDocument[];
  exclusions: ExclusionDocument[];
  history: PairHistoryDocument[];
  seats: SeatsDocument[];
  requests: MentorRequestDocument[];
}

type ProgramDoc =
  | EnrolmentDocument
  | MatchingStateDocument
  | MatchRunDocument
  | ProposalDocument
  | ExclusionDocument
  | PairHistoryDocument
  | SeatsDocument
  | MentorRequestDocument;

const TYPES = [
  "enrolment",
  "matchingState",
  "matchRun",
  "matchProposal",
  "matchExclusion",
  "pairHistory",
  "matchSeats",
  "mentorRequest",
];

/** Matching's documents: the program's partition, plus chemistry answers in the pair's. */
export class MatchingRepository {
  constructor(private readonly store: DocumentStore) {}

  pk(tenantId: string, programId: string): string {
    return partitionKeys.program(tenantId, programId);
  }

  async load(tenantId: string, programId: string): Promise<ProgramMatchingData> {
    const docs = await this.store.queryPartition<ProgramDoc>(
      tenantId,
      this.pk(tenantId, programId),
      `c.type IN (${TYPES.map((t) => `'${t}'`).join(", ")})`,
    );
    const of = <T extends ProgramDoc>(type: T["type"]) => docs.filter((d): d is T => d.type === type);
    return {
      enrolments: of<EnrolmentDocument>("enrolment"),
      state: of<MatchingStateDocument>("matchingState")[0],
      runs: of<MatchRunDocument>("matchRun"),
      proposals: of<ProposalDocument>("matchProposal"),
      exclusions: of<ExclusionDocument>("matchExclusion"),
      history: of<PairHistoryDocument>("pairHistory"),
      seats: of<SeatsDocument>("matchSeats"),
      requests: of<MentorRequestDocument>("mentorRequest"),
    };
  }

  read<T extends ProgramDoc>(tenantId: string, programId: string, id: string): Promise<T | undefined> {
    return this.store.read<T>(tenantId, this.pk(tenantId, programId), id);
  }

  getProposal(tenantId: string, programId: string, menteeId: string) {
    return this.read<ProposalDocument>(tenantId, programId, matchingIds.proposal(menteeId));
  }

  getSeats(tenantId: string, programId: string, userId: string) {
    return this.read<SeatsDocument>(tenantId, programId, matchingIds.seats(userId));
  }

  getEnrolment(tenantId: string, programId: string, userId: string) {
    return this.read<EnrolmentDocument>(tenantId, programId, intakeIds.enrolment(userId));
  }

  getRequest(tenantId: string, programId: string, menteeId: string) {
    return this.read<MentorRequestDocument>(tenantId, programId, matchingIds.mentorRequest(menteeId));
  }

  /** Requests waiting for this mentor's answer in one program (one single-partition query). */
  pendingRequestsTo(tenantId: string, programId: string, mentorId: string) {
    return this.store.queryPartition<MentorRequestDocument>(
      tenantId,
      this.pk(tenantId, programId),
      "c.type = 'mentorRequest' AND c.mentorId = @mentorId AND c.status = 'pending'",
      [{ name: "@mentorId", value: mentorId }],
    );
  }

  /**
   * Pending requests made before expiry existed (no `expiresAt`; ADR 0020), in one program: one
   * single-partition query that returns nothing once every request has one.
   */
  pendingRequestsWithoutExpiry(tenantId: string, programId: string) {
    return this.store.queryPartition<MentorRequestDocument>(
      tenantId,
      this.pk(tenantId, programId),
      "c.type = 'mentorRequest' AND c.status = 'pending' AND NOT IS_DEFINED(c.expiresAt)",
    );
  }

  create<T extends StoredDocument>(doc: T): Promise<T> {
    return this.store.create(doc);
  }

  replace<T extends StoredDocument>(doc: T, etag: string): Promise<T> {
    return this.store.replace(doc, etag);
  }

  upsert<T extends StoredDocument>(doc: T): Promise<T> {
    return this.store.upsert(doc);
  }

  delete(tenantId: string, programId: string, id: string): Promise<void> {
    return this.store.delete(tenantId, this.pk(tenantId, programId), id);
  }

  getChemistry(tenantId: string, pairId: string, userId: string) {
    return this.store.read<ChemistryCheckDocument>(
      tenantId,
      partitionKeys.pair(tenantId, pairId),
      matchingIds.chemistry(userId),
    );
  }
}

import {
  partitionKeys,
  peoplePartition,
  personId,
  type MembershipDocument,
  type ProgramDocument,
} from "@baton/shared";
import type { StoredDocument } from "../data/document-store";
import type { Repositories } from "../data/repositories";

/**
 * Reads what Baton holds about one person, partition by partition (never across partitions): their
 * own partition, their pairs' partitions (from their memberships), and the program partitions.
 */
export class MyDataReader {
  constructor(private readonly repos: Repositories) {}

  /** Every document of `t:{tenant}|user:{userId}` (profile, memberships, intake, prefs, ledger...). */
  own(tenantId: string, userId: string): Promise<StoredDocument[]> {
    return this.repos.store.queryPartition(tenantId, partitionKeys.user(tenantId, userId));
  }

  person(tenantId: string, userId: string): Promise<StoredDocument | undefined> {
    return this.repos.store.read(tenantId, peoplePartition(tenantId), personId(userId));
  }

  /** The pair ids of the person's memberships (ended and closed ones too). */
  pairIds(own: readonly StoredDocument[]): string[] {
    return [
      ...new Set(
        own.filter((d) => d.type === "membership").map((d) => (d as unknown as MembershipDocument).pairId),
      ),
    ];
  }

  /** Every document of one pair's partition (the caller filters private documents). */
  pair(tenantId: string, pairId: string): Promise<StoredDocument[]> {
    return this.repos.store.queryPartition(tenantId, partitionKeys.pair(tenantId, pairId));
  }

  programs(tenantId: string): Promise<ProgramDocument[]> {
    return this.repos.programs.list(tenantId);
  }

  /** The documents of a program partition that name the person in an owner field. */
  programDocsOf(tenantId: string, programId: string, userId: string): Promise<StoredDocument[]> {
    return this.repos.store.queryPartition(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type IN ('enrolment', 'surveyResponse', 'mentorRequest', 'cohortReply') AND (c.userId = @u OR c.menteeId = @u OR c.mentorId = @u)",
      [{ name: "@u", value: userId }],
    );
  }
}

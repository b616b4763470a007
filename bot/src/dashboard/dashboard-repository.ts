import {
  dashboardIds,
  documentIds,
  partitionKeys,
  rhythmKeys,
  type RhythmPairDocument,
  type ChannelTabDocument,
  type CheckInDocument,
  type DashboardStampDocument,
  type DashboardSummaryDocument,
  type EnrolmentDocument,
  type GoalDocument,
  type PairDigestDocument,
  type PairDocument,
  type PairSource,
  type ProgramDocument,
  type SessionDocument,
  type SurveyResponseDocument,
} from "@baton/shared";
import type { DocumentStore } from "../data/document-store";

/** What a summary is computed from: one single-partition query of the program. */
export interface ProgramSource {
  enrolments: EnrolmentDocument[];
  digests: PairDigestDocument[];
  surveys: SurveyResponseDocument[];
}

/** The dashboard's documents: pair digests, the summary and its stamp (program partition), channel tabs. */
export class DashboardRepository {
  constructor(private readonly store: DocumentStore) {}

  getProgram(tenantId: string, programId: string): Promise<ProgramDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), documentIds.program(programId));
  }

  listPrograms(tenantId: string): Promise<ProgramDocument[]> {
    return this.store.queryPartition(tenantId, partitionKeys.tenant(tenantId), "c.type = 'program'");
  }

  getSummary(tenantId: string, programId: string): Promise<DashboardSummaryDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.program(tenantId, programId), dashboardIds.summary());
  }

  /** One writer at a time per program (the refresher's single flight); a later computation simply wins. */
  saveSummary(doc: DashboardSummaryDocument): Promise<DashboardSummaryDocument> {
    return this.store.upsert(doc);
  }

  getStamp(tenantId: string, programId: string): Promise<DashboardStampDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.program(tenantId, programId), dashboardIds.stamp());
  }

  touchStamp(
    tenantId: string,
    programId: string,
    changedAt: string,
    version: string,
  ): Promise<DashboardStampDocument> {
    return this.store.upsert<DashboardStampDocument>({
      id: dashboardIds.stamp(),
      pk: partitionKeys.program(tenantId, programId),
      tenantId,
      type: "dashboardStamp",
      programId,
      changedAt,
      version,
    });
  }

  /** Enrolments, pair digests and survey answers of a program: one single-partition query. */
  async programSource(tenantId: string, programId: string): Promise<ProgramSource> {
    const docs = await this.store.queryPartition<
      EnrolmentDocument | PairDigestDocument | SurveyResponseDocument
    >(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type = 'enrolment' OR c.type = 'dashboardPair' OR c.type = 'surveyResponse'",
      [],
      "",
      // As few pages as the service allows (Azure caps a page at 4 MB); the local server scans every
      // document of the container for each page, so one page instead of ten is ten times faster there.
      100_000,
    );
    return {
      enrolments: docs.filter((d): d is EnrolmentDocument => d.type === "enrolment"),
      digests: docs.filter((d): d is PairDigestDocument => d.type === "dashboardPair"),
      surveys: docs.filter((d): d is SurveyResponseDocument => d.type === "surveyResponse"),
    };
  }

  /**
   * What the dashboard reads of one pair: the pair, its sessions, goals and check-ins (one
   * single-partition query). Private notes, agreements and action items are excluded in the query text.
   */
  async pairSource(tenantId: string, pairId: string): Promise<PairSource | undefined> {
    const docs = await this.store.queryPartition<
      PairDocument | SessionDocument | GoalDocument | CheckInDocument
    >(
      tenantId,
      partitionKeys.pair(tenantId, pairId),
      "c.type = 'pair' OR c.type = 'session' OR c.type = 'goal' OR c.type = 'checkIn'",
      [],
      "",
      1000,
    );
    const pair = docs.find((d): d is PairDocument => d.type === "pair");
    if (!pair) return undefined;
    return {
      pair,
      sessions: docs.filter((d): d is SessionDocument => d.type === "session"),
      goals: docs.filter((d): d is GoalDocument => d.type === "goal"),
      checkIns: docs.filter((d): d is CheckInDocument => d.type === "checkIn"),
    };
  }

  getDigest(tenantId: string, programId: string, pairId: string): Promise<PairDigestDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.program(tenantId, programId), dashboardIds.pair(pairId));
  }

  createDigest(doc: PairDigestDocument): Promise<PairDigestDocument> {
    return this.store.create(doc);
  }

  replaceDigest(doc: PairDigestDocument, etag: string): Promise<PairDigestDocument> {
    return this.store.replace(doc, etag);
  }

  /** The program's pairs from the planner's roster (one single-partition query of the tenant's roster). */
  async rosterPairs(tenantId: string, programId: string): Promise<string[]> {
    const docs = await this.store.queryPartition<RhythmPairDocument>(
      tenantId,
      rhythmKeys.roster(tenantId),
      "c.type = 'rhythmPair' AND c.programId = @programId",
      [{ name: "@programId", value: programId }],
      "",
      5000,
    );
    return docs.map((d) => d.pairId);
  }

  saveChannelTab(doc: ChannelTabDocument): Promise<ChannelTabDocument> {
    return this.store.upsert(doc);
  }

  getChannelTab(tenantId: string, channelId: string): Promise<ChannelTabDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), dashboardIds.channelTab(channelId));
  }
}

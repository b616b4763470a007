import {
  assembleExport,
  exportToHtml,
  notFound,
  type MyDataExport,
  type StoredDocumentLike,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { MyDataReader } from "./my-data-reader";

/** `GET /api/me/export` and the admin's export on behalf of a person. */
export class ExportService {
  private readonly reader: MyDataReader;

  constructor(
    repos: Repositories,
    private readonly clock: Clock,
  ) {
    this.reader = new MyDataReader(repos);
  }

  /**
   * Everything about `userId` they may see (see `assembleExport`). `displayName` is the caller's
   * name from the token (or the stored one for an admin export). 404 when Baton holds nothing.
   */
  async export(tenantId: string, userId: string, displayName?: string): Promise<MyDataExport> {
    const [own, person, programs] = await Promise.all([
      this.reader.own(tenantId, userId),
      this.reader.person(tenantId, userId),
      this.reader.programs(tenantId),
    ]);
    if (own.length === 0 && !person) throw notFound("Data about this person");
    const pairs = await Promise.all(this.reader.pairIds(own).map((id) => this.reader.pair(tenantId, id)));
    const programDocs = (
      await Promise.all(programs.map((p) => this.reader.programDocsOf(tenantId, p.programId, userId)))
    ).flat();
    const profile = own.find((d) => d.type === "profile") as { displayName?: string } | undefined;
    const name =
      profile?.displayName ?? (person as { displayName?: string } | undefined)?.displayName ?? displayName;
    return assembleExport({
      userId,
      displayName: name ?? userId,
      own: own as StoredDocumentLike[],
      ...(person ? { person: person as StoredDocumentLike } : {}),
      pairs: pairs as StoredDocumentLike[][],
      programs: programDocs as StoredDocumentLike[],
      now: this.clock.now().toISOString(),
    });
  }

  html(data: MyDataExport): string {
    return exportToHtml(data);
  }
}

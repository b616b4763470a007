import {
  intakeIds,
  partitionKeys,
  resourceIds,
  type EnrolmentDocument,
  type PlaybookDocument,
  type ResourceDocument,
} from "@baton/shared";
import type { DocumentStore } from "../data/document-store";

type LibraryDocument = ResourceDocument | PlaybookDocument | EnrolmentDocument;

/** What a library page reads: the program's resources and playbook, and the enrolments asked for. */
export interface LibraryData {
  resources: ResourceDocument[];
  playbook: PlaybookDocument | null;
  enrolments: EnrolmentDocument[];
}

/** The resource library: `resource:{id}` and `playbook` in the program's partition. */
export class ResourceRepository {
  constructor(private readonly store: DocumentStore) {}

  pk(tenantId: string, programId: string): string {
    return partitionKeys.program(tenantId, programId);
  }

  /** One single-partition query: the library, plus the enrolments of `userIds` (to know who may add). */
  async load(tenantId: string, programId: string, userIds: readonly string[] = []): Promise<LibraryData> {
    const ids = userIds.slice(0, 4).map((u, i) => ({ name: `@e${i}`, value: intakeIds.enrolment(u) }));
    const docs = await this.store.queryPartition<LibraryDocument>(
      tenantId,
      this.pk(tenantId, programId),
      `c.type IN ('resource', 'playbook')${ids.map((p) => ` OR c.id = ${p.name}`).join("")}`,
      ids,
      "",
      500,
    );
    return {
      resources: docs
        .filter((d): d is ResourceDocument => d.type === "resource")
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      playbook: docs.find((d): d is PlaybookDocument => d.type === "playbook") ?? null,
      enrolments: docs.filter((d): d is EnrolmentDocument => d.type === "enrolment"),
    };
  }

  get(tenantId: string, programId: string, resourceId: string): Promise<ResourceDocument | undefined> {
    return this.store.read(tenantId, this.pk(tenantId, programId), resourceIds.resource(resourceId));
  }

  getPlaybook(tenantId: string, programId: string): Promise<PlaybookDocument | undefined> {
    return this.store.read(tenantId, this.pk(tenantId, programId), resourceIds.playbook());
  }

  create<T extends ResourceDocument | PlaybookDocument>(doc: T): Promise<T> {
    return this.store.create(doc);
  }

  replace<T extends ResourceDocument | PlaybookDocument>(doc: T, etag: string): Promise<T> {
    return this.store.replace(doc, etag);
  }

  delete(tenantId: string, programId: string, resourceId: string): Promise<void> {
    return this.store.delete(tenantId, this.pk(tenantId, programId), resourceIds.resource(resourceId));
  }
}

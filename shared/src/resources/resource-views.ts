import type { Skill } from "../domain/program";
import type { PlaybookDocument, ResourceDocument } from "./resource-documents";

/** GET /api/programs/:programId/resources: the library, newest first, and what the viewer may do. */
export interface ResourceLibraryView {
  programId: string;
  programName: string;
  skills: Skill[];
  resources: ResourceDocument[];
  playbook: PlaybookDocument | null;
  viewer: {
    /** Owners and mentors of the program add resources. */
    canAdd: boolean;
    /** Owners edit any resource and the playbook; others edit what they added. */
    isOwner: boolean;
    userId: string;
  };
}

/** GET /api/pairs/:pairId/resources: the program's resources for this pair's skills and goals first. */
export interface PairResourcesView {
  pairId: string;
  programId: string;
  skills: Skill[];
  /** Resources that teach a skill the mentee wants or that the pair's goals mention. */
  forPair: ResourceDocument[];
  /** Everything else in the program's library. */
  others: ResourceDocument[];
  /** The mentor playbook, for the pair's mentor only (null for the mentee or when there is none). */
  playbook: PlaybookDocument | null;
  canAdd: boolean;
}

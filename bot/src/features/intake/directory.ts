import type { Actor } from "../../services/actor";

/** What an organisation directory (e.g. Microsoft Graph) may know about a person. */
export interface DirectoryFacts {
  role?: string;
  team?: string;
  managerId?: string;
  /** Nearest manager first. */
  reportingLine?: string[];
}

/**
 * Prefills "About you" where a directory is configured. Intake never depends on it: a lookup that
 * fails or knows nothing just leaves the fields for the person to fill in.
 */
export interface DirectoryLookup {
  lookup(actor: Actor): Promise<DirectoryFacts | undefined>;
}

export const noDirectory: DirectoryLookup = { lookup: async () => undefined };

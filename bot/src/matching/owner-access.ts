import { notFound, type ProgramDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Actor } from "../services/actor";

/** Program owners only; anyone else learns nothing, not even that the program exists. */
export async function requireOwner(
  repos: Repositories,
  actor: Actor,
  programId: string,
): Promise<ProgramDocument> {
  const program = await repos.tenants.getProgram(actor.tenantId, programId);
  if (!program || !program.ownerIds.includes(actor.userId)) throw notFound("This program");
  return program;
}

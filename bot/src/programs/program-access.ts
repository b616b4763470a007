import { notFound, type ProgramDocument } from "@baton/shared";
import type { Actor } from "../services/actor";
import type { ProgramRepository } from "./program-repository";

export const isOwner = (program: Pick<ProgramDocument, "ownerIds">, userId: string): boolean =>
  program.ownerIds.includes(userId);

/**
 * The program, if the actor owns it. Anyone else (a participant, a sponsor, an owner of another
 * program, a person of another tenant) gets the same 404 as for a program that does not exist.
 */
export async function assertOwner(
  programs: ProgramRepository,
  actor: Actor,
  programId: string,
): Promise<ProgramDocument> {
  const program = /^[A-Za-z0-9_-]{1,64}$/.test(programId)
    ? await programs.get(actor.tenantId, programId)
    : undefined;
  if (!program || !isOwner(program, actor.userId)) throw notFound("This program");
  return program;
}

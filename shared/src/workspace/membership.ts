import type { PairDocument, PairMember } from "../domain/pair";
import { notFound } from "../domain/errors";

/**
 * A person sees a pair's space only if they are in the pair. Non-members get "not found", so the
 * existence of a pair is not revealed either.
 */
export function requireMember(pair: PairDocument | undefined, userId: string): PairMember {
  const me = pair?.members.find((m) => m.userId === userId);
  if (!pair || !me) throw notFound("This pair");
  return me;
}

export const isMember = (pair: PairDocument, userId: string) => pair.members.some((m) => m.userId === userId);

import type { MentorDirectoryEntry, MentorDirectoryView } from "../api/matching-api";

/**
 * Other mentors to offer a mentee whose request ended without an answer (ADR 0020): from the mentor
 * directory (same rules and ranking: free places, no reporting line, no ended or excluded pair, best
 * fit first), only those who offer at least one skill the mentee wants, without `exceptMentorId`.
 */
export function requestAlternatives(
  view: MentorDirectoryView | null,
  exceptMentorId: string,
  limit = 3,
): MentorDirectoryEntry[] {
  if (!view) return [];
  const wanted = new Set(view.wanted);
  return view.mentors
    .filter((m) => m.userId !== exceptMentorId && m.offers.some((o) => wanted.has(o.skillId)))
    .slice(0, limit);
}

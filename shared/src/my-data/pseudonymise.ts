/**
 * Pseudonymisation of a stored document for an erasure: the erased person's id becomes a
 * pseudonymous id that belongs to nobody, their name becomes "a former participant", and ids in
 * lists of people with a power (owners, sponsors, admins, creators, a reporting line) are dropped.
 * Pure: the same input gives the same output, so a repeated (or resumed) erasure changes nothing.
 */

/** What a pair member, author or resource contributor is called after an erasure. */
export const FORMER_PARTICIPANT = "a former participant";
/** The same, at the start of a sentence or as a member's display name. */
export const FORMER_PARTICIPANT_NAME = "A former participant";

/** Whom an erasure removes: their id, every name Baton knew them by, and the id that replaces it. */
export interface ErasureSubject {
  userId: string;
  /** Display names (profile, people directory, pair members), compared without case. */
  names: readonly string[];
  /** A fresh id matching the user id format (e.g. `former-3f9c…`); never derived from `userId`. */
  pseudonymId: string;
}

/** Fields holding lists of people who hold a role; the erased id is removed from them, not replaced. */
const ROLE_LISTS = new Set(["ownerIds", "sponsorIds", "adminIds", "creatorIds", "reportingLine"]);
/** Fields naming one person with a role (a manager); the field is dropped when it names the subject. */
const ROLE_FIELDS = new Set(["managerId"]);
/** Stored fields that name where a document lives; they are never rewritten (ids are handled by deletion). */
const KEY_FIELDS = new Set(["id", "pk", "tenantId", "_etag"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function matchers(subject: ErasureSubject) {
  const id = new RegExp(`(?<![A-Za-z0-9._-])${escape(subject.userId)}(?![A-Za-z0-9._-])`, "g");
  const names = [...new Set(subject.names.map((n) => n.trim()).filter((n) => n.length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((n) => new RegExp(escape(n), "gi"));
  return { id, names };
}

/** A string with the subject's id and names replaced (ids by the pseudonym, names by "a former participant"). */
export function scrubText(text: string, subject: ErasureSubject): string {
  const { id, names } = matchers(subject);
  if (text === subject.userId) return subject.pseudonymId;
  let out = text.replace(id, subject.pseudonymId);
  for (const name of names) out = out.replace(name, (m, offset: number) => nameFor(out, offset, m));
  return out;
}

/** "A former participant" at the start of the text or a sentence, otherwise "a former participant". */
function nameFor(text: string, offset: number, _match: string): string {
  const before = text.slice(0, offset).trimEnd();
  return before === "" || /[.!?:]$/.test(before) ? FORMER_PARTICIPANT_NAME : FORMER_PARTICIPANT;
}

function scrubValue(value: unknown, subject: ErasureSubject, field: string | undefined): unknown {
  if (typeof value === "string") return scrubText(value, subject);
  if (Array.isArray(value)) {
    const items = ROLE_LISTS.has(field ?? "") ? value.filter((v) => v !== subject.userId) : value;
    return items.map((v) => scrubValue(v, subject, undefined));
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (ROLE_FIELDS.has(key) && v === subject.userId) continue;
      const k = key === subject.userId ? subject.pseudonymId : key;
      out[k] = scrubValue(v, subject, key);
    }
    return out;
  }
  return value;
}

/**
 * The document with the subject removed from every field except its keys (`id`, `pk`, `tenantId`,
 * `_etag`), or `undefined` when nothing in it names the subject (so nothing needs writing).
 * Role lists (`ownerIds`, `sponsorIds`, `adminIds`, `creatorIds`, `reportingLine`) lose the id;
 * every other occurrence becomes `subject.pseudonymId` or "a former participant".
 */
export function pseudonymiseDocument<T extends Record<string, unknown>>(
  doc: T,
  subject: ErasureSubject,
): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (ROLE_FIELDS.has(key) && value === subject.userId) continue;
    out[key] = KEY_FIELDS.has(key) ? value : scrubValue(value, subject, key);
  }
  return JSON.stringify(out) === JSON.stringify(doc) ? undefined : (out as T);
}

/** True when the document names the subject anywhere outside its keys. */
export function mentionsSubject(doc: Record<string, unknown>, subject: ErasureSubject): boolean {
  return pseudonymiseDocument(doc, subject) !== undefined;
}

import { z } from "zod";
import { entityId, userText } from "../domain/common";
import { validationError } from "../domain/errors";
import type { Skill } from "../domain/program";

/**
 * Edits of a program's skills taxonomy once people use it. Ids never change: a rename keeps the id,
 * a merge moves every reference to the surviving id (and keeps the merged one, retired, pointing to
 * it), a retire keeps the skill for what already refers to it but hides it from new picks and from
 * matching.
 */
export const taxonomyEditInput = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("rename"),
    skillId: entityId,
    name: userText(80, { trim: true, min: 1 }),
    etag: z.string().max(200).optional(),
  }),
  z.object({
    action: z.literal("merge"),
    skillId: entityId,
    intoId: entityId,
    etag: z.string().max(200).optional(),
  }),
  z.object({ action: z.literal("retire"), skillId: entityId, etag: z.string().max(200).optional() }),
  z.object({ action: z.literal("restore"), skillId: entityId, etag: z.string().max(200).optional() }),
]);
export type TaxonomyEdit = z.infer<typeof taxonomyEditInput>;

const find = (skills: readonly Skill[], id: string, field: string): Skill => {
  const s = skills.find((x) => x.id === id);
  if (!s) throw validationError(field, `${field}: no skill "${id}" in this program.`);
  return s;
};

/** The taxonomy after one edit (pure). Throws a validation error naming the field for a bad edit. */
export function applyTaxonomyEdit(skills: readonly Skill[], edit: TaxonomyEdit): Skill[] {
  const skill = find(skills, edit.skillId, "skillId");
  switch (edit.action) {
    case "rename":
      return skills.map((s) => (s.id === skill.id ? { ...s, name: edit.name } : s));
    case "retire":
      return skills.map((s) => (s.id === skill.id ? { ...s, retired: true } : s));
    case "restore":
      if (skill.mergedInto)
        throw validationError("skillId", "skillId: a merged skill can't come back; its references moved.");
      return skills.map((s) => (s.id === skill.id ? withoutRetired(s) : s));
    case "merge": {
      const into = find(skills, edit.intoId, "intoId");
      if (into.id === skill.id) throw validationError("intoId", "intoId: a skill can't merge into itself.");
      if (into.retired) throw validationError("intoId", "intoId: merge into a skill that is still in use.");
      // Skills merged into this one earlier now point at the survivor too: no chains.
      return skills.map((s) =>
        s.id === skill.id || s.mergedInto === skill.id
          ? { ...s, retired: true, mergedInto: into.id, critical: s.critical }
          : s.id === into.id && skill.critical
            ? { ...s, critical: true }
            : s,
      );
    }
  }
}

const withoutRetired = (s: Skill): Skill => {
  const { retired: _r, ...rest } = s;
  return rest;
};

/** Skills offered for new picks and counted in matching demand. */
export const activeSkills = <S extends Pick<Skill, "retired">>(skills: readonly S[]): S[] =>
  skills.filter((s) => !s.retired);

/** Where references to `id` live now (follows merges; unknown ids come back unchanged). */
export function resolveSkillId(skills: readonly Skill[], id: string): string {
  let current = id;
  for (let i = 0; i < 10; i++) {
    const next = skills.find((s) => s.id === current)?.mergedInto;
    if (!next) return current;
    current = next;
  }
  return current;
}

/**
 * Moves skill claims to the ids they resolve to; two claims that meet keep the higher level.
 * Idempotent: already-migrated claims come back equal (same order, same levels).
 */
export function migrateClaims<C extends { skillId: string; level: number }>(
  claims: readonly C[],
  skills: readonly Skill[],
): C[] {
  const out: C[] = [];
  for (const c of claims) {
    const id = resolveSkillId(skills, c.skillId);
    const seen = out.findIndex((o) => o.skillId === id);
    if (seen === -1) out.push({ ...c, skillId: id });
    else if ((out[seen] as C).level < c.level) out[seen] = { ...(out[seen] as C), level: c.level };
  }
  return out;
}

/** Moves plain skill ids (an enrolment's offered / wanted lists) the same way, without duplicates. */
export const migrateSkillIds = (ids: readonly string[], skills: readonly Skill[]): string[] => [
  ...new Set(ids.map((id) => resolveSkillId(skills, id))),
];

/** Whether any claim or id still needs moving (so a migration writes only what changed). */
export const needsMigration = (ids: readonly string[], skills: readonly Skill[]): boolean =>
  ids.some((id) => resolveSkillId(skills, id) !== id);

/**
 * Skill claims of an unfinished intake (answers not yet a profile): merged ids move to the survivor
 * like everywhere else, and retired skills are dropped, since an intake only ever picks active skills.
 * Idempotent; returns the same claims (equal) when nothing changes.
 */
export function migrateDraftClaims<C extends { skillId: string; level: number }>(
  claims: readonly C[],
  skills: readonly Skill[],
): C[] {
  const retired = new Set(skills.filter((s) => s.retired).map((s) => s.id));
  return migrateClaims(claims, skills).filter((c) => !retired.has(c.skillId));
}

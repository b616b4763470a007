import { z } from "zod";
import { userId } from "../domain/common";
import type { ProfileDocument } from "../domain/profile";
import { parseInput } from "../domain/validate";
import { validationError } from "../domain/errors";
import {
  fieldsOf,
  profileFields,
  profileRuleErrors,
  type ProfileFields,
  type ProfileRuleContext,
} from "./profile-fields";

/**
 * `PUT /api/me/profile`: the profile's ETag plus the fields to change (fields left out keep their
 * value; `managerId: null` clears the manager). The same rules as the bot's intake cards.
 */
export const profileUpdateInput = profileFields
  .partial()
  .extend({
    etag: z.string({ error: "etag: send the etag you read with the profile." }).min(1),
    managerId: userId.nullable().optional(),
  })
  .strict();
export type ProfileUpdateInput = z.infer<typeof profileUpdateInput>;

/** Checks an update against the stored profile; throws a validation error naming the first bad field. */
export function applyProfileUpdate(
  current: ProfileDocument,
  body: unknown,
  ctx: ProfileRuleContext,
): { etag: string; fields: ProfileFields } {
  const { etag, managerId, ...changes } = parseInput(profileUpdateInput, body);
  const { reportingLine: _line, ...before } = fieldsOf(current);
  const merged = { ...before, ...changes } as ProfileFields;
  if (managerId === null) delete merged.managerId;
  else if (managerId !== undefined) merged.managerId = managerId;
  const fields = parseInput(profileFields, merged);
  const errors = profileRuleErrors(fields, ctx);
  const first = Object.entries(errors)[0];
  if (first) throw validationError(first[0], `${first[0]}: ${first[1]}`);
  return { etag, fields };
}

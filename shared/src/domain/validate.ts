import type { z } from "zod";
import { validationError } from "./errors";

/** Parses input at an edge; the first problem becomes a validation error naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : "body";
  const message = issue ? `${field}: ${issue.message}` : "The request body is not valid.";
  throw validationError(field, message);
}

import * as ACData from "adaptivecards-templating";

/** Expands an Adaptive Card JSON template (schema 1.5) with data; every bound field must be present. */
export function renderCard(template: object, data: Record<string, unknown>): Record<string, unknown> {
  return new ACData.Template(template).expand({ $root: data }) as Record<string, unknown>;
}

export const ratingChoices = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ title: String(from + i), value: String(from + i) }));

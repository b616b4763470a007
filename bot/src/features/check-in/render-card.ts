import * as ACData from "adaptivecards-templating";

/** Expands an Adaptive Card JSON template (schema 1.5) with data; every bound field must be present. */
const parsed = new WeakMap<object, ACData.Template>();

export function renderCard(template: object, data: Record<string, unknown>): Record<string, unknown> {
  let t = parsed.get(template);
  if (!t) {
    t = new ACData.Template(template);
    parsed.set(template, t);
  }
  return t.expand({ $root: data }) as Record<string, unknown>;
}

export const ratingChoices = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ title: String(from + i), value: String(from + i) }));

import * as ACData from "adaptivecards-templating";

export type CardJson = Record<string, unknown>;

/**
 * Expands a JSON card template with its data (Adaptive Card Templating, never string building) and
 * gives every Action.Execute an Action.Submit fallback with the same data and its verb.
 */
export function renderCard(template: object, data: object): CardJson {
  return withSubmitFallbacks(new ACData.Template(template).expand({ $root: data }) as CardJson);
}

function withSubmitFallbacks<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n) => withSubmitFallbacks(n)) as T;
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = withSubmitFallbacks(v);
  if (out.type === "Action.Execute" && !out.fallback) {
    const data = (out.data && typeof out.data === "object" ? out.data : {}) as Record<string, unknown>;
    out.fallback = { type: "Action.Submit", title: out.title, data: { ...data, verb: out.verb } };
  }
  return out as T;
}

import * as ACData from "adaptivecards-templating";

export type CardJson = Record<string, unknown>;

const parsedTemplates = new WeakMap<object, ACData.Template>();

/** Expands a JSON card template (Adaptive Card Templating) with its data; never string concatenation. */
export function expandTemplate(template: object, data: object): CardJson {
  let parsed = parsedTemplates.get(template);
  if (!parsed) {
    parsed = new ACData.Template(template);
    parsedTemplates.set(template, parsed);
  }
  return parsed.expand({ $root: data }) as CardJson;
}

/**
 * Every Action.Execute gets an Action.Submit fallback carrying the same data plus its verb, for
 * clients without Universal Actions; the bot routes both to the same handler.
 */
export function withSubmitFallbacks<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n) => withSubmitFallbacks(n)) as T;
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = withSubmitFallbacks(v);
  if (out.type === "Action.Execute" && !out.fallback) {
    const data = (out.data && typeof out.data === "object" ? out.data : {}) as Record<string, unknown>;
    out.fallback = {
      type: "Action.Submit",
      title: out.title,
      ...(out.style ? { style: out.style } : {}),
      ...(out.associatedInputs ? { associatedInputs: out.associatedInputs } : {}),
      data: { ...data, verb: out.verb },
    };
  }
  return out as T;
}

/** A card ready to send: the template expanded, with Action.Submit fallbacks. */
export function renderCard(template: object, data: object): CardJson {
  return withSubmitFallbacks(expandTemplate(template, data));
}

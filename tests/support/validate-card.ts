import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";

// The package's ESM entry does not load in node; its UMD bundle does.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

export const MAX_CARD_BYTES = 40 * 1024;
export const MAX_CARD_VERSION = "1.5";

export interface CardCheck {
  /** Problems found; empty when the card is fine. */
  problems: string[];
  /** Size of the card's JSON in bytes (UTF-8). */
  bytes: number;
  version: string | undefined;
}

const versionNumber = (v: string): number => {
  const [major = "0", minor = "0"] = v.split(".");
  return Number(major) * 1000 + Number(minor);
};

/**
 * Parses a card with Microsoft's `adaptivecards` package (the renderer Teams and the Agents
 * Playground use) and reports every parse and validation event, plus a version above 1.5 and a
 * JSON size of 40 KB or more (Teams' limit for a message).
 */
export function checkAdaptiveCard(
  card: unknown,
  opts: { maxVersion?: string; maxBytes?: number; requireInputLabels?: boolean } = {},
): CardCheck {
  const maxVersion = opts.maxVersion ?? MAX_CARD_VERSION;
  const maxBytes = opts.maxBytes ?? MAX_CARD_BYTES;
  const problems: string[] = [];
  const json = JSON.stringify(card);
  const bytes = Buffer.byteLength(json, "utf8");
  const record = (card ?? {}) as Record<string, unknown>;
  const version = typeof record.version === "string" ? record.version : undefined;

  if (record.type !== "AdaptiveCard") problems.push(`type is ${String(record.type)}, not AdaptiveCard`);
  if (!version) problems.push("version is missing");
  else if (versionNumber(version) > versionNumber(maxVersion))
    problems.push(`version ${version} is above ${maxVersion}`);
  if (bytes >= maxBytes) problems.push(`card is ${bytes} bytes, the limit is ${maxBytes}`);

  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card as never, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  const results = adaptive.validateProperties();
  for (const event of results.validationEvents)
    problems.push(`validate: ${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  if (opts.requireInputLabels ?? true)
    for (const id of unlabelledInputs(card))
      problems.push(`input "${id}" has no label (screen readers need one)`);
  return { problems, bytes, version };
}

/** Throws with every problem listed; for tests that only need "this card is fine". */
export function assertValidAdaptiveCard(card: unknown, name = "card"): CardCheck {
  const check = checkAdaptiveCard(card);
  if (check.problems.length > 0)
    throw new Error(`${name} is not a valid card:\n- ${check.problems.join("\n- ")}`);
  return check;
}

function unlabelledInputs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) unlabelledInputs(item, found);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.type === "string" && record.type.startsWith("Input.") && !record.label)
      found.push(String(record.id));
    for (const value of Object.values(record)) unlabelledInputs(value, found);
  }
  return found;
}

import type { AgreementDocument, AgreementTerms } from "@baton/shared";
import { diffWords } from "diff";
import { formatDate } from "../format/dates";
import { cadenceLabels } from "../format/labels";

export type TermField = keyof AgreementTerms;

/** One row of the agreement as people read it. */
export interface TermRow {
  field: TermField;
  label: string;
  value: string;
}

const orNone = (text: string) => (text.trim() ? text : "Not written yet");

/** The agreement's terms as labelled rows, in reading order (also what the terms view shows). */
export function termRows(terms: AgreementTerms, locale: string): TermRow[] {
  return [
    { field: "goals", label: "Goals", value: orNone(terms.goals) },
    { field: "meetingFrequency", label: "Meeting frequency", value: cadenceLabels[terms.meetingFrequency] },
    {
      field: "meetingLengthMinutes",
      label: "Meeting length",
      value: `${terms.meetingLengthMinutes} minutes`,
    },
    {
      field: "channels",
      label: "Channels",
      value: terms.channels.length > 0 ? terms.channels.join(", ") : "None listed",
    },
    { field: "responseTime", label: "Response time", value: orNone(terms.responseTime) },
    { field: "confidentiality", label: "Confidentiality", value: orNone(terms.confidentiality) },
    { field: "boundaries", label: "Boundaries", value: orNone(terms.boundaries) },
    { field: "startDate", label: "Start date", value: formatDate(terms.startDate, locale) },
    { field: "endDate", label: "End date", value: formatDate(terms.endDate, locale) },
  ];
}

/** A piece of a changed text: kept, removed (only in the older version) or added (only in the newer). */
export interface DiffPart {
  text: string;
  change: "same" | "removed" | "added";
}

export interface FieldDiff {
  field: TermField;
  label: string;
  before: string;
  after: string;
  /** Free text (goals, response time, confidentiality, boundaries): word by word. Else absent. */
  parts?: DiffPart[];
}

export interface AgreementDiff {
  changed: FieldDiff[];
  /** Labels of the fields both versions share word for word. */
  unchanged: string[];
}

const TEXT_FIELDS = new Set<TermField>(["goals", "responseTime", "confidentiality", "boundaries"]);

/**
 * Field by field, what changed from `before` (an older version) to `after` (the current one). Free
 * text is compared word by word with jsdiff's `diffWords`; other fields show the old and the new value.
 */
export function agreementDiff(before: AgreementTerms, after: AgreementTerms, locale: string): AgreementDiff {
  const older = termRows(before, locale);
  const newer = termRows(after, locale);
  const changed: FieldDiff[] = [];
  const unchanged: string[] = [];
  older.forEach((row, index) => {
    const next = newer[index]!;
    if (row.value === next.value) {
      unchanged.push(row.label);
      return;
    }
    const diff: FieldDiff = { field: row.field, label: row.label, before: row.value, after: next.value };
    if (TEXT_FIELDS.has(row.field))
      diff.parts = diffWords(row.value, next.value).map((c) => ({
        text: c.value,
        change: c.added ? "added" : c.removed ? "removed" : "same",
      }));
    changed.push(diff);
  });
  return { changed, unchanged };
}

/** An earlier version both confirmed: its terms as they were, and when. */
export interface PastVersion {
  version: number;
  confirmedAt: string;
  terms: AgreementTerms;
}

/**
 * Every earlier version of the agreement, newest first. A new version opens only when a confirmed one
 * is changed, so each earlier version is in the history as "confirmed", with its terms.
 */
export function pastVersions(agreement: AgreementDocument): PastVersion[] {
  return agreement.history
    .flatMap((entry) =>
      entry.event === "confirmed" && entry.terms && entry.version !== agreement.version
        ? [{ version: entry.version, confirmedAt: entry.at, terms: entry.terms }]
        : [],
    )
    .reverse();
}

/** When everyone confirmed the current version (the newest "confirmed" entry of it), if they have. */
export function confirmedByBothAt(agreement: AgreementDocument): string | undefined {
  if (agreement.status !== "confirmed") return undefined;
  const entry = [...agreement.history]
    .reverse()
    .find((h) => h.event === "confirmed" && h.version === agreement.version);
  return entry?.at ?? agreement.updatedAt;
}

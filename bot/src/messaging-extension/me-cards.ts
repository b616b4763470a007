import {
  formatCalendarDate,
  type ActionItemDocument,
  type MentorCandidate,
  type ResourceDocument,
} from "@baton/shared";
import { expandTemplate, renderCard } from "../cards/render-card";
import type { MeResultItem } from "../bot/turn";
import { memo } from "./program-index";
import actionItemTemplate from "./cards/action-item.json";
import addActionItemTemplate from "./cards/add-action-item.json";
import mentorTemplate from "./cards/mentor.json";
import resourceTemplate from "./cards/resource.json";
import unfurlTemplate from "./cards/unfurl.json";

const LEVELS = ["", "basic", "working", "strong", "expert"];
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "7 Dec 2026" (en-GB), "Dec 7, 2026" (en-US), "7. Dez. 2026" (de) for a calendar date. */
export function dayLabel(isoDate: string, locale = "en-GB"): string {
  return formatCalendarDate(isoDate, locale);
}

/** A mentor's shareable card: who, what they offer and at which level, free places; "Ask for mentoring". */
export function mentorItem(
  programId: string,
  programName: string,
  c: MentorCandidate,
  fit: string,
  cache = new Map<string, Record<string, unknown>>(),
): MeResultItem {
  const about = [c.e.matching?.role, c.e.matching?.team].filter(Boolean).join(", ");
  const places = `${c.freePlaces} free place${c.freePlaces === 1 ? "" : "s"}`;
  const name = c.e.displayName || c.e.userId;
  return {
    // The card is the same for every caller (offers in name order), so a snapshot keeps it.
    card: memo(cache, `m:${c.e.userId}:${c.freePlaces}`, () =>
      renderCard(mentorTemplate, {
        programId,
        programName,
        mentorId: c.e.userId,
        name,
        about,
        offers: [...c.offers]
          .sort((a, b) => a.name.localeCompare(b.name))
          .slice(0, 10)
          .map((o) => ({ name: o.name, level: LEVELS[o.level] ?? "" })),
        places: `${places} for a mentee.`,
      }),
    ),
    preview: {
      title: name,
      subtitle: cut(`${c.offers.map((o) => o.name).join(", ")}`, 120),
      text: cut([about, places, fit].filter(Boolean).join(" · "), 200),
    },
  };
}

const KIND: Record<ResourceDocument["kind"], string> = {
  runbook: "runbook",
  doc: "document",
  course: "course",
  video: "video",
  book: "book",
  talk: "talk",
};

/** A resource's shareable card: what it is, what it teaches, and a button that opens its link. */
export function resourceItem(
  r: ResourceDocument,
  programName: string,
  skillNames: Map<string, string>,
  cache = new Map<string, Record<string, unknown>>(),
) {
  const skills = r.skillIds
    .map((id) => skillNames.get(id) ?? "")
    .filter(Boolean)
    .join(", ");
  const kind = KIND[r.kind];
  const item: MeResultItem = {
    card: memo(cache, `r:${r.resourceId}`, () =>
      renderCard(resourceTemplate, {
        kind,
        level: r.level,
        programName,
        title: r.title,
        skills,
        description: r.description,
        url: r.url,
      }),
    ),
    preview: {
      title: r.title,
      subtitle: `${kind[0]?.toUpperCase()}${kind.slice(1)} · ${r.level}`,
      text: cut(skills || r.description, 200),
    },
  };
  return item;
}

export interface ActionItemFacts {
  item: ActionItemDocument;
  ownerName: string;
  pairName: string;
  pairUrl: string;
  canMarkDone: boolean;
  headline?: string;
  /** The reader's locale (Teams' clientInfo on the invoke) for the due date. */
  locale?: string | undefined;
}

/** An action item's card: Mark done (for the pair) and a refresh so everyone sees its current state. */
export function actionItemCard(f: ActionItemFacts): Record<string, unknown> {
  const card = renderCard(actionItemTemplate, {
    headline: f.headline ?? "Action item",
    title: f.item.title,
    description: f.item.description ?? "",
    owner: f.ownerName,
    due: f.item.dueDate ? dayLabel(f.item.dueDate, f.locale) : "No due date",
    pairName: f.pairName,
    status: f.item.done ? "Done" : "Open",
    canMarkDone: f.canMarkDone && !f.item.done,
    pairId: f.item.pairId,
    actionItemId: f.item.actionItemId,
    pairUrl: f.pairUrl,
  }) as { refresh?: { action?: Record<string, unknown> } };
  // The refresh runs by itself: no fallback button for it.
  if (card.refresh?.action) delete card.refresh.action.fallback;
  return card as Record<string, unknown>;
}

export function actionItemItem(f: ActionItemFacts): MeResultItem {
  return {
    card: actionItemCard(f),
    preview: {
      title: f.item.title,
      subtitle: f.item.dueDate ? `Due ${dayLabel(f.item.dueDate, f.locale)}` : "No due date",
      text: cut(`${f.pairName} · owner ${f.ownerName}`, 200),
    },
  };
}

export interface DialogValues {
  title: string;
  description: string;
  pairId: string;
  owner: "me" | "partner";
  dueDate: string;
  problem?: string;
}

/** The "Add as action item" dialog, prefilled; the pairs offered are the caller's own. */
export function addActionItemDialog(
  values: DialogValues,
  pairs: { value: string; title: string }[],
  from: string,
): Record<string, unknown> {
  return expandTemplate(addActionItemTemplate, { ...values, problem: values.problem ?? "", pairs, from });
}

/** A pasted pair link's card (Adaptive Card 1.3, as Teams asks for unfurling). */
export function unfurlCard(title: string, lines: string[], url: string, headline: string) {
  return expandTemplate(unfurlTemplate, { title, lines: lines.length ? lines : [" "], url, headline });
}

/** The names a card shows for a pair's people. */
export const pairNameOf = (members: readonly { displayName: string }[]) =>
  members.map((m) => m.displayName).join(" & ");

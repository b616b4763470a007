import {
  formatDay,
  formatInstantFor,
  groupByRecipient,
  type Reader as DateReader,
  type ReminderDocument,
} from "@baton/shared";
import type { OutgoingMessage } from "../../bot/turn";
import { surveyCard } from "../surveys/survey-card";
import { checkInCard } from "./check-in-card";
import template from "./cards/digest.json";
import { renderCard } from "../../cards/render-card";

export interface DigestEntry {
  title: string;
  detail: string;
  button?: { title: string; verb: string; data: Record<string, unknown> };
}

/** Content of the chemistry check, provided by the matching feature (the scheduler only says when). */
export type ChemistryCheckContent = (reminder: ReminderDocument, reader: Reader) => DigestEntry;

/** Whom the reminder is for: their name, and their locale and zone for every date (`format/dates`). */
export interface Reader extends DateReader {
  displayName: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

function entry(r: ReminderDocument, reader: Reader, chemistry?: ChemistryCheckContent): DigestEntry {
  const s = r.subject;
  const partner = str(s.partnerName) || "your partner";
  const day = (value: unknown) => formatDay(str(value), reader);
  const date = day;
  const done = {
    title: "Mark done",
    verb: "action.done",
    data: { pairId: r.pairId, actionItemId: str(s.actionItemId) },
  };
  switch (r.kind) {
    case "session-due":
      return {
        title: `Time to meet ${partner}`,
        detail: `Your next session is due by ${day(s.dueOn)}. Pick a time that works for you both.`,
      };
    case "check-in":
      return {
        title: `How was your session with ${partner}?`,
        detail: `It was on ${formatInstantFor(str(s.at), reader)}. Tell me in a few clicks.`,
        button: {
          title: "Check in",
          verb: "checkin.open",
          data: { pairId: r.pairId, sessionId: str(s.sessionId) },
        },
      };
    case "action-due":
      return {
        title: `Due tomorrow: ${str(s.title)}`,
        detail: `From your mentoring with ${partner}.`,
        button: done,
      };
    case "action-overdue":
      return {
        title: `Overdue: ${str(s.title)}`,
        detail: `It was due ${date(s.dueDate)}. Done already? Mark it. If not, agree a new date with ${partner}.`,
        button: done,
      };
    case "quiet-pair":
      return {
        title: `It's been a while since you met ${partner}`,
        detail: s.lastMet
          ? `Your last session was on ${day(s.lastMet)}. A short catch-up keeps things moving.`
          : "You haven't logged a session yet. A short first meeting gets things going.",
      };
    case "escalation":
      return {
        title: `${str(s.pairNames)} haven't met for a while`,
        detail: s.lastMet
          ? `Their last session was on ${day(s.lastMet)}${s.programName ? ` (${str(s.programName)})` : ""}. A friendly word might help.`
          : `They haven't logged a session yet${s.programName ? ` (${str(s.programName)})` : ""}. A friendly word might help.`,
      };
    case "chemistry-check":
      return chemistry
        ? chemistry(r, reader)
        : {
            title: `How is it going with ${partner}?`,
            detail: "Tell us privately whether this match works for you.",
          };
    case "midpoint-survey":
    case "final-survey": {
      const final = r.kind === "final-survey";
      return {
        title: final ? "Your mentoring cycle is ending: one last survey" : "Halfway there: how is it going?",
        detail: "Five quick questions, two minutes at most.",
        button: {
          title: "Answer the survey",
          verb: "survey.open",
          data: { programId: str(s.programId), pairId: r.pairId, phase: final ? "final" : "midpoint" },
        },
      };
    }
    case "wrap-up":
      return {
        title: `Plan your wrap-up session with ${partner}`,
        detail: `The cycle ends on ${day(s.endsOn)}. Look back at your goals, what was hard and what helped, plan what comes next, and decide whether to keep meeting informally.`,
        ...(s.closing === "yes"
          ? { button: { title: "Lessons and what's next", verb: "closing.open", data: { pairId: r.pairId } } }
          : {}),
      };
  }
}

/**
 * One message for everything due for one person: the check-in or survey form itself when it is the
 * only item, otherwise a digest with a line per item and snooze / mute at the bottom.
 */
export function reminderMessage(
  reminders: readonly ReminderDocument[],
  reader: Reader,
  chemistry?: ChemistryCheckContent,
): OutgoingMessage {
  const items = [...(groupByRecipient(reminders).values().next().value ?? [])];
  const only = items.length === 1 ? items[0] : undefined;
  if (only?.kind === "check-in")
    return {
      card: checkInCard({
        pairId: only.pairId,
        sessionId: str(only.subject.sessionId),
        partnerName: str(only.subject.partnerName) || "your partner",
        when: formatInstantFor(str(only.subject.at), reader),
      }),
    };
  if (only && (only.kind === "midpoint-survey" || only.kind === "final-survey"))
    return {
      card: surveyCard({
        programId: str(only.subject.programId),
        pairId: only.pairId,
        phase: only.kind === "final-survey" ? "final" : "midpoint",
      }),
    };
  const first = reader.displayName.split(" ")[0] || "there";
  return {
    card: renderCard(template, {
      heading:
        items.length === 1 ? `Hi ${first}, a quick reminder` : `Hi ${first}, ${items.length} things for you`,
      items: items.map((r) => {
        const e = entry(r, reader, chemistry);
        return {
          title: e.title,
          detail: e.detail,
          hasAction: Boolean(e.button),
          actionTitle: e.button?.title ?? "",
          verb: e.button?.verb ?? "",
          data: e.button ? { ...e.button.data, verb: e.button.verb } : {},
        };
      }),
    }),
  };
}

import template from "./cards/notice.json";
import { renderCard } from "../../cards/render-card";

export interface CardButton {
  title: string;
  verb: string;
  data?: Record<string, unknown>;
}

/** A short confirmation that replaces the card pressed, with optional follow-up buttons. */
export function noticeCard(
  title: string,
  lines: string[],
  buttons: CardButton[] = [],
): Record<string, unknown> {
  return renderCard(template, {
    title,
    lines: lines.length > 0 ? lines : [" "],
    buttons: buttons.map((b) => ({ title: b.title, verb: b.verb, data: { ...b.data, verb: b.verb } })),
  });
}

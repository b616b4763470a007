import type { Activity } from "botbuilder";

/** The reader's locale and time zone as Teams sends them on an activity (raw; resolved by `resolveReader`). */
export interface ClientInfo {
  locale?: string;
  timeZone?: string;
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === "string" && value.length > 0 && value.length <= max ? value : undefined;

/**
 * Teams puts `locale` on every activity and `entities: [{ type: "clientInfo", locale, timezone }]`
 * (the person's client settings). The entity wins; anything malformed is left out.
 */
export function clientInfoOf(activity: Partial<Activity>): ClientInfo {
  const entity = (activity.entities ?? []).find(
    (e) => (e as { type?: unknown } | undefined)?.type === "clientInfo",
  ) as { locale?: unknown; timezone?: unknown } | undefined;
  const locale = text(entity?.locale, 35) ?? text(activity.locale, 35);
  const timeZone = text(entity?.timezone, 64);
  return { ...(locale ? { locale } : {}), ...(timeZone ? { timeZone } : {}) };
}

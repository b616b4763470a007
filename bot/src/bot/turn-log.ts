import type { Activity, TurnContext } from "botbuilder";
import { silentLogger, type Logger } from "../observability/logger";
import { claimedTenantId } from "./activity-identity";

const KEY = Symbol("baton.turnLog");

interface TurnLogState {
  log: Logger;
  /** What handled the turn (command word, card verb, invoke name): never text the person typed. */
  handled: Record<string, string | boolean>;
}

/**
 * Starts a turn's logger: a child of the request's (so it shares the request's `correlationId`)
 * with the activity's id, type and invoke name and the tenant id. Never names or text.
 */
export function beginTurnLog(context: TurnContext, requestLog: Logger): Logger {
  const a: Partial<Activity> = context.activity;
  const tenantId = claimedTenantId(a);
  const log = requestLog.child({
    activity: {
      id: typeof a.id === "string" ? a.id.slice(0, 100) : undefined,
      type: typeof a.type === "string" ? a.type.slice(0, 40) : undefined,
      name: typeof a.name === "string" ? a.name.slice(0, 80) : undefined,
    },
    tenantId: typeof tenantId === "string" ? tenantId.slice(0, 100) : undefined,
  });
  const state: TurnLogState = { log, handled: {} };
  context.turnState.set(KEY, state);
  return log;
}

/** The turn's logger (`fallback` outside a turn started by `beginTurnLog`). */
export function turnLog(context: TurnContext, fallback: Logger = silentLogger): Logger {
  return (context.turnState.get(KEY) as TurnLogState | undefined)?.log ?? fallback;
}

/** Records what handled the turn (e.g. `{ command: "my actions" }`), for the turn's closing line. */
export function noteTurn(context: TurnContext, handled: Record<string, string | boolean>): void {
  const state = context.turnState.get(KEY) as TurnLogState | undefined;
  if (state) Object.assign(state.handled, handled);
}

/** What `noteTurn` recorded. */
export function turnHandled(context: TurnContext): Record<string, string | boolean> {
  return (context.turnState.get(KEY) as TurnLogState | undefined)?.handled ?? {};
}

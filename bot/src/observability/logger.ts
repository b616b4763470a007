import { pino, type DestinationStream, type Logger } from "pino";

/**
 * Baton's structured JSON logs (pino), one line per event. What goes in: ids of requests, activities and
 * reminders (as correlation ids), route templates, invoke names, statuses, durations and counts. What
 * never goes in: names, note text, goal text, survey answers, message bodies or URLs with ids
 * (tests/integration/log-privacy.test.ts scans the logs of a representative run for them).
 */
export function createLogger(level = "info", destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "baton" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Error objects can carry request bodies (botbuilder, Cosmos): only their type and message go out.
      serializers: { err: (e: unknown) => (e instanceof Error ? { type: e.name, message: e.message } : e) },
    },
    destination,
  );
}

/** A logger that writes nothing: the default of parts built without one (unit tests, a second runtime). */
export const silentLogger: Logger = createLogger("silent");

export type { Logger };

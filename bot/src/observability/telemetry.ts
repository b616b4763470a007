import type { Counter, Histogram } from "@opentelemetry/api";

/** The few figures Baton reports (OpenTelemetry metrics; exported to Azure Monitor when configured). */
export interface Telemetry {
  apiRequest(route: string, method: string, status: number, ms: number): void;
  invoke(name: string, ms: number): void;
  reminder(outcome: "sent" | "deferred" | "failed" | "throttled", count?: number): void;
  matchingRun(ms: number, outcome: "ok" | "error"): void;
}

export const noTelemetry: Telemetry = {
  apiRequest: () => {},
  invoke: () => {},
  reminder: () => {},
  matchingRun: () => {},
};

/**
 * With an Application Insights connection string: starts `@azure/monitor-opentelemetry` (imported lazily,
 * so tests and local starts never load it) and records the metrics below. Without one: no-ops.
 */
export async function startTelemetry(connectionString: string | undefined): Promise<Telemetry> {
  if (!connectionString) return noTelemetry;
  const { useAzureMonitor } = await import("@azure/monitor-opentelemetry");
  useAzureMonitor({ azureMonitorExporterOptions: { connectionString } });
  const { metrics } = await import("@opentelemetry/api");
  const meter = metrics.getMeter("baton");
  const api: Histogram = meter.createHistogram("baton.api.duration", { unit: "ms" });
  const invokes: Histogram = meter.createHistogram("baton.invoke.duration", { unit: "ms" });
  const reminders: Counter = meter.createCounter("baton.reminders");
  const matching: Histogram = meter.createHistogram("baton.matching.duration", { unit: "ms" });
  return {
    apiRequest: (route, method, status, ms) => api.record(ms, { route, method, status }),
    invoke: (name, ms) => invokes.record(ms, { name }),
    reminder: (outcome, count = 1) => reminders.add(count, { outcome }),
    matchingRun: (ms, outcome) => matching.record(ms, { outcome }),
  };
}

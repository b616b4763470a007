import type { PairStatus } from "@baton/shared";

/** Fluent Badge colours for statuses; the Badge always carries the status in words too. */
export type BadgeColor = "success" | "warning" | "danger" | "informative" | "subtle" | "brand";

export function pairStatusBadge(status: PairStatus): BadgeColor {
  switch (status) {
    case "active":
      return "success";
    case "paused":
      return "warning";
    case "closing":
      return "informative";
    case "closed":
    case "ended":
    case "continued-informally":
      return "subtle";
  }
}

import { describe, expect, it } from "vitest";
import {
  cadenceLabels,
  dueKindLabels,
  historyEventLabel,
  pairRelation,
  templateKinds,
  templateLabels,
} from "./labels";

describe("labels", () => {
  it("names the agenda templates in their order", () => {
    expect(templateKinds.map((kind) => templateLabels[kind])).toEqual([
      "First session",
      "Regular",
      "Midpoint review",
      "Final wrap-up",
    ]);
  });

  it("describes history events with who did them", () => {
    expect(historyEventLabel("confirmed-by", "Ana")).toBe("Confirmed by Ana");
    expect(historyEventLabel("confirmed", "Ana")).toBe("Confirmed by both of you");
    expect(historyEventLabel("reopened", "Ben")).toBe("Reopened for changes by Ben");
    expect(historyEventLabel("drafted", "Baton")).toBe("Drafted by Baton");
  });

  it("says who mentors whom", () => {
    expect(pairRelation("mentor", "Ana")).toBe("You mentor Ana");
    expect(pairRelation("mentee", "Ben")).toBe("Ben mentors you");
  });

  it("has text for every cadence and due kind", () => {
    expect(cadenceLabels.biweekly).toBe("Every two weeks");
    expect(dueKindLabels["action-overdue"]).toContain("overdue");
  });
});

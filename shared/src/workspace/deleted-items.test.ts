import { describe, expect, it } from "vitest";
import {
  deletedItemDocument,
  deletedItemView,
  requireRestorable,
  restoreDeadline,
  type DeletedItemDocument,
} from "./deleted-items";

const at = "2026-11-30T10:00:00.000Z";
const session = {
  id: "session:s1",
  pk: "t:x|pair:p",
  tenantId: "x",
  type: "session" as const,
  pairId: "p",
  sessionId: "s1",
  at: "2026-11-20T09:00:00.000Z",
  durationMinutes: 60,
  template: "regular" as const,
  agenda: [],
  sharedNotes: "",
  loggedBy: "u-a",
  createdAt: at,
  updatedAt: at,
};
const deleted: DeletedItemDocument = deletedItemDocument.parse({
  id: "deleted:session:s1",
  pk: "t:x|pair:p",
  tenantId: "x",
  type: "deletedItem",
  pairId: "p",
  kind: "session",
  item: { kind: "session", doc: session, unlinkedActionItemIds: ["a1"], unlinkedNoteIds: ["secret-note"] },
  deletedBy: "u-a",
  deletedAt: at,
  restoreUntil: restoreDeadline(at),
});

describe("deleted items", () => {
  it("can be restored for 24 hours after the delete, then the restore is a 409 naming the window", () => {
    expect(restoreDeadline(at)).toBe("2026-12-01T10:00:00.000Z");
    expect(() => requireRestorable(deleted, "2026-12-01T09:59:59.999Z")).not.toThrow();
    expect(() => requireRestorable(deleted, "2026-12-01T10:00:00.001Z")).toThrow(/24 hours/);
  });

  it("answer a delete with what the Undo needs and never the linked notes' ids", () => {
    const view = deletedItemView(deleted);
    expect(view).toEqual({
      kind: "session",
      id: "s1",
      title: session.at,
      deletedAt: at,
      restoreUntil: "2026-12-01T10:00:00.000Z",
    });
    expect(JSON.stringify(view)).not.toContain("secret-note");
  });
});

import type { ActionItemDocument } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { orderActionItems } from "./action-item-order";

const item = (id: string, extra: Partial<ActionItemDocument>): ActionItemDocument => ({
  id: `action:${id}`,
  pk: "t:t1|pair:p1",
  tenantId: "t1",
  type: "actionItem",
  pairId: "p1",
  actionItemId: id,
  title: id,
  ownerId: "u1",
  done: false,
  source: "tab",
  createdBy: "u1",
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
  ...extra,
});

describe("orderActionItems", () => {
  it("puts open items by due date first, undated after, done last", () => {
    const ordered = orderActionItems([
      item("done-old", { done: true, doneAt: "2026-11-02T10:00:00.000Z" }),
      item("undated", {}),
      item("late", { dueDate: "2026-12-10" }),
      item("done-new", { done: true, doneAt: "2026-11-05T10:00:00.000Z" }),
      item("soon", { dueDate: "2026-11-20" }),
    ]);
    expect(ordered.map((i) => i.actionItemId)).toEqual(["soon", "late", "undated", "done-new", "done-old"]);
  });
});

import { describe, expect, it } from "vitest";
import { chatTabConfig } from "./tab-config";

describe("chatTabConfig", () => {
  it("points the tab at the chat view and the website at the pair", () => {
    expect(chatTabConfig("https://baton.example", "p 1")).toEqual({
      contentUrl: "https://baton.example/tab/chat",
      entityId: "p 1",
      suggestedDisplayName: "Baton",
      websiteUrl: "https://baton.example/tab/pair/p%201",
    });
  });
});

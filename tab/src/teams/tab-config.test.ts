import { describe, expect, it } from "vitest";
import { chatTabConfig, dashboardTabConfig } from "./tab-config";

describe("chatTabConfig", () => {
  it("points the tab at the chat view and the website at the pair", () => {
    expect(chatTabConfig("https://baton.example", "p 1")).toEqual({
      contentUrl: "https://baton.example/tab/chat",
      entityId: "p 1",
      suggestedDisplayName: "Baton",
      websiteUrl: "https://baton.example/tab/pair/p%201",
    });
  });

  it("points a channel tab at the program's dashboard, on mobile too", () => {
    expect(dashboardTabConfig("https://baton.example", "p 1", "IT knowledge")).toEqual({
      contentUrl: "https://baton.example/tab/dashboard/p%201",
      entityId: "dashboard:p 1",
      suggestedDisplayName: "IT knowledge dashboard",
      websiteUrl: "https://baton.example/tab/dashboard/p%201",
    });
  });
});

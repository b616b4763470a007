import { describe, expect, it } from "vitest";
import { pairLink } from "./pair-link";

describe("pairLink", () => {
  it("opens the tab directly on a local run", () => {
    expect(pairLink({ publicUrl: "http://localhost:3978" }, "oskar-priya")).toBe(
      "http://localhost:3978/tab/pair/oskar-priya",
    );
  });

  it("is a Teams deep link to the personal tab with the pair as sub-entity when the app id is known", () => {
    const link = new URL(pairLink({ teamsAppId: "app-1", publicUrl: "https://baton.example.com" }, "p1"));
    expect(link.origin + link.pathname).toBe("https://teams.microsoft.com/l/entity/app-1/my-mentoring");
    expect(JSON.parse(link.searchParams.get("context") ?? "{}")).toEqual({ subEntityId: "pair:p1" });
  });
});

import { describe, expect, it } from "vitest";
import { documentTitle } from "./document-title";
import { keepParams, parseRoute, paths, routeTitle } from "./route";

describe("parseRoute", () => {
  it("recognises the pages", () => {
    expect(parseRoute("/")).toEqual({ name: "root" });
    expect(parseRoute("/tab/personal")).toEqual({ name: "personal" });
    expect(parseRoute("/tab/personal/")).toEqual({ name: "personal" });
    expect(parseRoute("/tab/config")).toEqual({ name: "config" });
    expect(parseRoute("/tab/chat")).toEqual({ name: "chat" });
    expect(parseRoute("/tab/pair/p-123")).toEqual({ name: "pair", pairId: "p-123" });
    expect(parseRoute("/tab/profile")).toEqual({ name: "profile" });
    expect(parseRoute("/tab/program/it-knowledge-2026")).toEqual({
      name: "program",
      programId: "it-knowledge-2026",
    });
  });

  it("opens New program and a program's join page", () => {
    expect(parseRoute("/tab/programs/new")).toEqual({ name: "new-program" });
    expect(parseRoute(paths.newProgram())).toEqual({ name: "new-program" });
    expect(parseRoute(paths.join("p-1 2"))).toEqual({ name: "join", programId: "p-1 2" });
    expect(parseRoute("/tab/join/")).toEqual({ name: "not-found", path: "/tab/join" });
  });

  it("opens a program's dashboard and its owners' exact knowledge risk", () => {
    expect(parseRoute("/tab/dashboard/it-knowledge-2026")).toEqual({
      name: "dashboard",
      programId: "it-knowledge-2026",
    });
    expect(parseRoute(paths.dashboard("a b"))).toEqual({ name: "dashboard", programId: "a b" });
    expect(parseRoute(paths.knowledgeRisk("p"))).toEqual({ name: "knowledge-risk", programId: "p" });
    expect(parseRoute("/tab/dashboard/")).toEqual({ name: "not-found", path: "/tab/dashboard" });
  });

  it("opens Find a mentor for one program", () => {
    expect(parseRoute("/tab/find-mentor/it-knowledge-2026")).toEqual({
      name: "find-mentor",
      programId: "it-knowledge-2026",
    });
    expect(parseRoute(paths.findMentor("a b"))).toEqual({ name: "find-mentor", programId: "a b" });
    expect(parseRoute("/tab/find-mentor/")).toEqual({ name: "not-found", path: "/tab/find-mentor" });
  });

  it("decodes pair ids and round-trips with paths", () => {
    expect(parseRoute(paths.pair("a b"))).toEqual({ name: "pair", pairId: "a b" });
    expect(parseRoute(paths.program("x/y"))).toEqual({ name: "program", programId: "x/y" });
  });

  it("reports unknown paths", () => {
    expect(parseRoute("/tab/pair/")).toEqual({ name: "not-found", path: "/tab/pair" });
    expect(parseRoute("/tab/pair/a/b")).toEqual({ name: "not-found", path: "/tab/pair/a/b" });
    expect(parseRoute("/tab/pair/%E0%A4%A")).toEqual({ name: "not-found", path: "/tab/pair/%E0%A4%A" });
    expect(parseRoute("/tab/program/")).toEqual({ name: "not-found", path: "/tab/program" });
  });
});

describe("keepParams", () => {
  it("keeps the theme parameter across navigation", () => {
    expect(keepParams("/tab/personal", "?theme=dark&as=u1")).toBe("/tab/personal?theme=dark");
    expect(keepParams("/tab/personal", "")).toBe("/tab/personal");
    expect(keepParams("/tab/chat?chatId=c1", "?theme=contrast")).toBe("/tab/chat?chatId=c1&theme=contrast");
  });
});

describe("routeTitle", () => {
  it("names each route for the document title", () => {
    expect(documentTitle(routeTitle(parseRoute("/tab/profile")))).toBe("My profile – Baton");
    expect(documentTitle(routeTitle(parseRoute("/tab/personal")))).toBe("My mentoring – Baton");
    expect(routeTitle(parseRoute("/tab/find-mentor/p1"))).toBe("Find a mentor");
    expect(routeTitle(parseRoute("/tab/nowhere"))).toBe("Page not found");
    expect(documentTitle(undefined)).toBe("Baton");
  });
});

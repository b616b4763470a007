import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const app = {
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn(),
  notifySuccess: vi.fn(),
};
vi.mock("./teams-sdk", () => ({ loadTeamsSdk: () => Promise.resolve({ app }) }));
const { initTeamsHost } = await import("./teams-host");

const context = {
  app: { theme: "dark", locale: "de-DE" },
  page: { subPageId: "pair:oskar-priya", frameContext: "content" },
  chat: { id: "19:chat@thread.v2" },
};

function frame(framed: boolean): void {
  const top = {};
  vi.stubGlobal("window", {
    self: framed ? {} : top,
    top,
    location: { search: "" },
  });
  vi.stubGlobal("navigator", { language: "en-GB" });
}

const after = (ms: number, outcome: "resolve" | "reject" = "resolve") =>
  new Promise<void>((resolve, reject) =>
    setTimeout(() => (outcome === "resolve" ? resolve() : reject(new Error("host refused"))), ms),
  );

describe("initTeamsHost", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    app.initialize.mockReset();
    app.getContext.mockReset().mockResolvedValue(context);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("keeps Teams (theme, locale, sub-page) when initialize takes 1.6 s", async () => {
    frame(true);
    app.initialize.mockImplementation(() => after(1600));
    const host = initTeamsHost();
    await vi.advanceTimersByTimeAsync(1600);
    await expect(host).resolves.toMatchObject({
      inTeams: true,
      theme: "dark",
      locale: "de-DE",
      subPageId: "pair:oskar-priya",
      chatId: "19:chat@thread.v2",
    });
  });

  it("still waits for a host that answers after 20 s (teams-js waits 60 s)", async () => {
    frame(true);
    app.initialize.mockImplementation(() => after(20_000));
    const host = initTeamsHost();
    await vi.advanceTimersByTimeAsync(20_000);
    await expect(host).resolves.toMatchObject({ inTeams: true });
  });

  it("retries after a real failure before falling back", async () => {
    frame(true);
    app.initialize.mockImplementationOnce(() => after(500, "reject")).mockImplementation(() => after(300));
    const host = initTeamsHost();
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(host).resolves.toMatchObject({ inTeams: true });
    expect(app.initialize).toHaveBeenCalledTimes(2);
  });

  it("falls back to the browser only after every attempt failed", async () => {
    frame(true);
    app.initialize.mockImplementation(() => after(100, "reject"));
    const host = initTeamsHost();
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(host).resolves.toMatchObject({ inTeams: false });
    expect(app.initialize).toHaveBeenCalledTimes(2);
  });

  it("a top-level window is a browser at once, without asking teams-js", async () => {
    frame(false);
    await expect(initTeamsHost()).resolves.toMatchObject({ inTeams: false, locale: "en-GB" });
    expect(app.initialize).not.toHaveBeenCalled();
  });
});

import type { MembershipDocument, MentorRequestView, ProfileDocument } from "@baton/shared";
import { describe, expect, it } from "vitest";
import {
  offerWords,
  placesWords,
  programsToFindMentor,
  programsToMentorIn,
  requestWords,
} from "./mentor-words";

const request = (status: MentorRequestView["status"]): MentorRequestView => ({
  requestId: "r1",
  programId: "p1",
  menteeId: "u-elif",
  menteeName: "Elif Demir",
  mentorId: "u-amara",
  mentorName: "Amara Okafor",
  status,
  reasons: [],
  message: null,
  pairId: null,
  createdAt: "2026-01-12T10:00:00.000Z",
  decidedAt: null,
  expiresAt: null,
  closedReason: null,
});

describe("mentor words", () => {
  it("names levels and places in words", () => {
    expect(offerWords("Azure", 4)).toBe("Azure: can teach it (level 4 of 4)");
    expect(placesWords(1)).toBe("1 free place");
    expect(placesWords(2)).toBe("2 free places");
  });

  it("shows when a waiting request expires, and ends kindly with a way forward (issue 12 item 4)", () => {
    const waiting = { ...request("pending"), expiresAt: "2026-01-19T10:00:00.000Z" };
    expect(requestWords(waiting, () => "19 Jan 2026, 11:00").title).toBe(
      "Waiting for Amara Okafor to answer, until 19 Jan 2026, 11:00",
    );
    const expired = requestWords(request("expired"));
    expect(expired.title).toBe("Your request to Amara Okafor expired");
    expect(expired.body).toContain("Mentors with free places");
    const full = requestWords({ ...request("closed"), closedReason: "mentor-full" });
    expect(full.title).toBe("Amara Okafor's places filled up before they could answer");
    expect(full.body).toContain("says nothing about you");
  });

  it("says where a request stands, and never why a mentor declined", () => {
    expect(requestWords(request("pending")).title).toBe("Waiting for Amara Okafor to answer");
    expect(requestWords(request("accepted")).intent).toBe("success");
    const declined = requestWords(request("declined"));
    expect(declined.title).toBe("Amara Okafor can't take on a new mentee right now");
    expect(declined.body).toContain("says nothing about you");
    expect(`${declined.title} ${declined.body}`).not.toMatch(/because|reason/i);
    expect(requestWords(request("withdrawn")).title).toBe("You withdrew your request to Amara Okafor");
    const lost = requestWords(request("undeliverable"));
    expect(lost).toMatchObject({
      intent: "error",
      title: "Your request to Amara Okafor could not be delivered",
    });
  });
});

describe("programsToFindMentor", () => {
  const profile = {
    status: "active",
    learn: [{ skillId: "azure", level: 2 }],
    programIds: ["p1", "p2"],
  } as ProfileDocument;
  const pair = (programId: string, role: "mentee" | "mentor", status: MembershipDocument["status"]) =>
    ({ programId, role, status }) as MembershipDocument;

  it("lists programs where a learner has no live mentor", () => {
    expect(programsToFindMentor({ profile, pairs: [] })).toEqual(["p1", "p2"]);
    expect(programsToFindMentor({ profile, pairs: [pair("p1", "mentee", "active")] })).toEqual(["p2"]);
    expect(
      programsToFindMentor({
        profile,
        pairs: [pair("p1", "mentor", "active"), pair("p2", "mentee", "closed")],
      }),
    ).toEqual(["p1", "p2"]);
  });

  it("lists none for someone who only mentors, left, or has no profile", () => {
    expect(programsToFindMentor({ profile: { ...profile, learn: [] }, pairs: [] })).toEqual([]);
    expect(programsToFindMentor({ profile: { ...profile, status: "left" }, pairs: [] })).toEqual([]);
    // Paused people are not urged to find a mentor: My mentoring tells them how to resume.
    expect(programsToFindMentor({ profile: { ...profile, status: "paused" }, pairs: [] })).toEqual([]);
    expect(programsToFindMentor({ profile: null, pairs: [] })).toEqual([]);
  });
});

describe("programsToMentorIn", () => {
  it("lists the programs of someone who offers skills and has room to mentor", () => {
    const profile = {
      status: "active",
      offer: [{ skillId: "azure", level: 4 }],
      mentorCapacity: 2,
      programIds: ["p1"],
    } as ProfileDocument;
    expect(programsToMentorIn({ profile })).toEqual(["p1"]);
    expect(programsToMentorIn({ profile: { ...profile, mentorCapacity: 0 } })).toEqual([]);
    expect(programsToMentorIn({ profile: { ...profile, offer: [] } })).toEqual([]);
  });
});

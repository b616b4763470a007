import type { MentorRequestView, MyMentoringView } from "@baton/shared";

const levels: Record<number, string> = {
  1: "new to it",
  2: "getting started",
  3: "confident",
  4: "can teach it",
};

/** "Azure: can teach it (level 4 of 4)". */
export const offerWords = (name: string, level: number) =>
  `${name}: ${levels[level] ?? "level"} (level ${level} of 4)`;

export const placesWords = (free: number) => (free === 1 ? "1 free place" : `${free} free places`);

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

export interface RequestWords {
  intent: "info" | "success" | "warning" | "error";
  title: string;
  body: string;
}

/** The mentee's own request in words. A decline never says why: only that it is not about them. */
export function requestWords(
  request: MentorRequestView,
  /** Formats an instant for the reader (the request's expiry date). */
  when: (iso: string) => string = (iso) => iso,
): RequestWords {
  const name = request.mentorName;
  const first = firstName(name);
  switch (request.status) {
    case "pending":
      return {
        intent: "info",
        title: request.expiresAt
          ? `Waiting for ${name} to answer, until ${when(request.expiresAt)}`
          : `Waiting for ${name} to answer`,
        body: `${first} has your request, in the tab and in their chat with Baton. You'll hear in your chat as soon as they answer.${request.expiresAt ? ` If there is no answer by then, the request expires and we show you other mentors.` : ""}`,
      };
    case "closed":
      return request.closedReason === "mentee-matched"
        ? {
            intent: "info",
            title: `Your request to ${name} closed: you have a mentor now`,
            body: "You were matched with a mentor in the meantime, so this request was closed.",
          }
        : {
            intent: "warning",
            title:
              request.closedReason === "mentor-full"
                ? `${name}'s places filled up before they could answer`
                : `${name} isn't taking mentees right now`,
            body: "So we closed your request. That says nothing about you. Mentors with free places for what you want to learn are below.",
          };
    case "expired":
      return {
        intent: "warning",
        title: `Your request to ${name} expired`,
        body: `${first} didn't answer in time. That says nothing about you; people get busy. Mentors with free places for what you want to learn are below.`,
      };
    case "accepted":
      return {
        intent: "success",
        title: `${name} is your mentor`,
        body: `${first} said yes. You have a shared pair space with a draft agreement to look at together.`,
      };
    case "declined":
      return {
        intent: "warning",
        title: `${name} can't take on a new mentee right now`,
        body: "That says nothing about you. You can ask someone else below, or wait for the next matching round.",
      };
    case "withdrawn":
      return {
        intent: "info",
        title: `You withdrew your request to ${name}`,
        body: "You can ask someone else below whenever you're ready.",
      };
    case "undeliverable":
      return {
        intent: "error",
        title: `Your request to ${name} could not be delivered`,
        body: `Teams didn't take it to ${first}, even after several tries, so ${first} hasn't seen it. You can ask again later, or ask someone else below.`,
      };
  }
}

/**
 * Programs where the person could look for a mentor: they joined to learn something, are taking
 * part, and are not mentored in a live pair of that program yet.
 */
export function programsToFindMentor(me: Pick<MyMentoringView, "profile" | "pairs">): string[] {
  const profile = me.profile;
  // A paused person is not urged to find a mentor (My mentoring says how to resume instead).
  if (!profile || profile.status !== "active" || profile.learn.length === 0) return [];
  const mentored = new Set(
    me.pairs
      .filter((m) => m.role === "mentee" && (m.status === "active" || m.status === "paused"))
      .map((m) => m.programId),
  );
  return profile.programIds.filter((id) => !mentored.has(id));
}

/** Programs where the person mentors (they may have requests waiting for their answer). */
export function programsToMentorIn(me: Pick<MyMentoringView, "profile">): string[] {
  const profile = me.profile;
  if (!profile || profile.status === "left" || profile.offer.length === 0 || profile.mentorCapacity <= 0)
    return [];
  return profile.programIds;
}

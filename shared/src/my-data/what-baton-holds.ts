/**
 * What Baton holds about a person and who sees each part, in plain words. The My data page and the
 * readable export both show this list, so the two never disagree.
 */
export interface HeldDataPart {
  key: string;
  title: string;
  what: string;
  whoSees: string;
}

export const WHAT_BATON_HOLDS: readonly HeldDataPart[] = [
  {
    key: "profile",
    title: "Your profile",
    what: "Your role, team, manager, experience, skills with levels, goals in your own words, style, availability, time zone, mentor capacity and formats.",
    whoSees:
      "You. Program owners see your skills and availability for matching; your mentor or mentee sees what the match was based on.",
  },
  {
    key: "enrolments",
    title: "Programs you joined",
    what: "Each program you joined, your roles in it, and whether you are active, paused or have left.",
    whoSees: "You and the program's owners.",
  },
  {
    key: "pairs",
    title: "Your pairs",
    what: "Who you are paired with, the agreement and its versions, goals, action items, sessions and shared notes.",
    whoSees: "You and your partner. Owners see only whether you meet (dates and counts), never the content.",
  },
  {
    key: "privateNotes",
    title: "Your private notes",
    what: "Notes you wrote for yourself in a pair.",
    whoSees: "Only you. Nobody else, in no role, ever.",
  },
  {
    key: "answers",
    title: "Your answers",
    what: "Check-ins after sessions, the chemistry check, surveys and your lessons learned at the close.",
    whoSees: "Only you. Dashboards count answers only in groups of at least the program's minimum size.",
  },
  {
    key: "requests",
    title: "Mentor requests",
    what: "Requests you made to a mentor, and requests mentees made to you.",
    whoSees: "You and the other person in the request.",
  },
  {
    key: "reminders",
    title: "Reminder settings and messages",
    what: "Your working hours, snooze and mute, how to reach you in Teams, and a record of what Baton sent you (kept 90 days).",
    whoSees: "Nobody but Baton itself.",
  },
];

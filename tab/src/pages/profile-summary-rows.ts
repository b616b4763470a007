import { EXPERIENCE_LEVELS, labelOf, PARTICIPATION_LABELS, type ProfileDocument } from "@baton/shared";

const skillList = (claims: ProfileDocument["learn"], skillName: (skillId: string) => string) =>
  claims.length > 0
    ? claims.map((c) => `${skillName(c.skillId)} (level ${c.level} of 4)`).join(", ")
    : "Nothing listed";

/** My mentoring's profile summary, with the same labels the bot's profile card uses (@baton/shared). */
export function profileSummaryRows(
  profile: ProfileDocument,
  skillName: (skillId: string) => string,
): [string, string][] {
  const rows: [string, string][] = [
    ["Name", profile.displayName],
    ["Role", [profile.role, profile.team].filter(Boolean).join(", ") || "Not given"],
    ["Experience", labelOf(EXPERIENCE_LEVELS, profile.level)],
    ["Participation", labelOf(PARTICIPATION_LABELS, profile.status)],
    ["Learning", skillList(profile.learn, skillName)],
    ["Offering", skillList(profile.offer, skillName)],
    [
      "Mentor capacity",
      profile.mentorCapacity > 0
        ? `Up to ${profile.mentorCapacity} ${profile.mentorCapacity === 1 ? "mentee" : "mentees"}`
        : "Not mentoring",
    ],
    ["Time zone", profile.timeZone],
  ];
  if (profile.goals.trim()) rows.push(["My goals", profile.goals]);
  return rows;
}

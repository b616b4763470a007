import {
  formatCalendarDate,
  activeSkills,
  COMMON_TIME_ZONES,
  COMMUNICATION_PREFERENCES,
  DAY_NAMES,
  DAY_FULL_NAMES,
  EXPERIENCE_LEVELS,
  FORMAT_LABELS,
  labelOf,
  levelInputId,
  MENTORING_STYLES,
  nextStep,
  NO_MANAGER,
  presetOf,
  SKILL_LEVELS,
  SLOT_PRESETS,
  STEP_TITLES,
  stepPosition,
  TEAM_PREFERENCES,
  type FieldErrors,
  type Format,
  type IntakeDocument,
  type IntakeStep,
  type ProfileDocument,
  type ProfileDraft,
  type ProgramDocument,
  type Skill,
  type SkillClaim,
} from "@baton/shared";
import about from "./cards/about.json";
import capacity from "./cards/capacity.json";
import consent from "./cards/consent.json";
import frame from "./cards/frame.json";
import greeting from "./cards/greeting.json";
import learn from "./cards/learn.json";
import levels from "./cards/levels.json";
import notice from "./cards/notice.json";
import offer from "./cards/offer.json";
import profileTemplate from "./cards/profile.json";
import ways from "./cards/ways.json";
import { clip, fitItems } from "../../cards/card-size";
import { expandTemplate, renderCard, withSubmitFallbacks, type CardJson } from "../../cards/render-card";

/** Above this many skills, choice titles carry the skill name only. */
const LARGE_TAXONOMY = 150;

const STEP_TEMPLATES: Record<IntakeStep, object> = { about, learn, offer, levels, ways, capacity, consent };

const choices = (pairs: readonly (readonly [string | number, string, ...unknown[]])[]) =>
  pairs.map(([value, title]) => ({ title, value: String(value) }));

/** The program as a step needs it: its name, its taxonomy and formats. */
export interface ProgramFacts {
  programId: string;
  name: string;
  skills: readonly Skill[];
  formats: readonly Format[];
}

export interface StepCardInput {
  doc: IntakeDocument;
  program: ProgramFacts;
  /** People who can be named as manager: id and name. */
  managers: readonly { userId: string; displayName: string }[];
  errors?: FieldErrors;
  /** What the person submitted, re-shown with the problems. */
  values?: Record<string, unknown>;
  notice?: string;
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** One intake step: header, the step's inputs with any problem under its field, Back / Continue. */
export function stepCard(input: StepCardInput): CardJson {
  const { doc, program } = input;
  const draft = doc.draft as ProfileDraft;
  const errors = input.errors ?? {};
  const values = input.values ?? {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(values, k);
  const pick = (k: string, fallback: string) => (has(k) ? str(values[k]) : fallback);
  const inProgram = (claims: SkillClaim[] | undefined) =>
    (claims ?? []).filter((c) => program.skills.some((s) => s.id === c.skillId));
  const skillName = (id: string) => program.skills.find((s) => s.id === id)?.name ?? id;
  const { index, count } = stepPosition(doc.path, doc.step, draft);
  const isLast = nextStep(doc.path, doc.step, draft) === undefined;

  const data = {
    errors,
    programName: program.name,
    role: pick("role", draft.role ?? ""),
    team: pick("team", draft.team ?? ""),
    managerId: pick("managerId", draft.managerId ?? ""),
    managers: [
      { title: "Not in the program (or I'd rather not say)", value: NO_MANAGER },
      ...input.managers.map((m) => ({ title: m.displayName, value: m.userId })),
    ],
    level: pick("level", draft.level ?? ""),
    levels: choices(EXPERIENCE_LEVELS),
    timeZone: pick("timeZone", draft.timeZone ?? ""),
    timeZones: timeZoneChoices(draft.timeZone),
    // Retired skills are never offered for new picks.
    skills: activeSkills(program.skills)
      .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name))
      // Large taxonomies drop the group from each title to stay under Teams' 40 KB card limit.
      .map((s) => ({
        title: program.skills.length > LARGE_TAXONOMY ? s.name : `${s.name} (${s.group})`,
        value: s.id,
      })),
    learn: pick(
      "learn",
      inProgram(draft.learn)
        .map((c) => c.skillId)
        .join(","),
    ),
    goals: pick("goals", draft.goals ?? ""),
    offer: pick(
      "offer",
      inProgram(draft.offer)
        .map((c) => c.skillId)
        .join(","),
    ),
    skillLevels: choices(SKILL_LEVELS),
    rows: (["learn", "offer"] as const).flatMap((list) =>
      inProgram(draft[list]).map((c) => {
        const id = levelInputId(list, c.skillId);
        return {
          id,
          label: `${list === "learn" ? "Learning" : "Offering"}: ${skillName(c.skillId)}`,
          level: pick(id, String(c.level)),
          error: errors[id] ?? "",
        };
      }),
    ),
    styles: pick("styles", (draft.styles ?? []).join(",")),
    styleChoices: choices(MENTORING_STYLES),
    communication: pick("communication", (draft.communication ?? []).join(",")),
    communicationChoices: choices(COMMUNICATION_PREFERENCES),
    formats: pick("formats", (draft.formats ?? []).join(",")),
    formatChoices: program.formats.map((f) => ({ title: FORMAT_LABELS[f], value: f })),
    teamPreference: pick("teamPreference", draft.teamPreference ?? ""),
    teamChoices: choices(TEAM_PREFERENCES),
    availability: pick(
      "availability",
      (draft.availability ?? [])
        .map((s) => presetOf(s)?.key)
        .filter(Boolean)
        .join(","),
    ),
    slotChoices: SLOT_PRESETS.map((p) => ({ title: p.label, value: p.key })),
    dayChoices: DAY_FULL_NAMES.map((name, day) => ({ title: name, value: String(day) })),
    // Times set as "another time" or in the tab: kept, and listed so nothing is hidden.
    keptSlots: (draft.availability ?? [])
      .filter((s) => !presetOf(s))
      .map(slotText)
      .join(", "),
    mentorCapacity: pick(
      "mentorCapacity",
      draft.mentorCapacity === undefined ? "" : String(draft.mentorCapacity),
    ),
    summary: summaryFacts(draft, program.skills),
    consent: pick("consent", "false"),
  };
  const body = expandTemplate(STEP_TEMPLATES[doc.step], data);
  const card = expandTemplate(frame, {
    programName: program.name,
    title: doc.mode === "edit" ? `Edit: ${STEP_TITLES[doc.step].toLowerCase()}` : STEP_TITLES[doc.step],
    index,
    count,
    notice: input.notice ?? (Object.keys(errors).length > 0 ? "Please check the fields marked below." : ""),
    noticeColor: Object.keys(errors).length > 0 ? "attention" : "accent",
    hasBack: doc.path.indexOf(doc.step) > 0,
    programId: doc.programId,
    mode: doc.mode,
    step: doc.step,
    submitTitle:
      doc.step === "consent" ? "Join the program" : isLast && doc.mode === "edit" ? "Save" : "Continue",
  });
  (card.body as unknown[]).push(body);
  return withSubmitFallbacks(card);
}

function timeZoneChoices(current: string | undefined) {
  const zones: string[] = [...COMMON_TIME_ZONES];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((z) => ({ title: z.replace(/_/g, " "), value: z }));
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const slotText = (s: { day: number; startMinute: number; endMinute: number }) =>
  `${DAY_NAMES[s.day] ?? "?"} ${hhmm(s.startMinute)}–${hhmm(s.endMinute)}`;

/** The answers as facts, for the last step and the profile card. */
export function summaryFacts(
  draft: ProfileDraft,
  skills: readonly Skill[],
): { title: string; value: string }[] {
  const skillName = (id: string) => skills.find((s) => s.id === id)?.name ?? id;
  const claims = (list: SkillClaim[] | undefined) =>
    (list ?? []).map((c) => `${skillName(c.skillId)} (${c.level})`).join(", ") || "—";
  const many = (values: readonly string[] | undefined, labels: readonly (readonly [string, string])[]) =>
    (values ?? []).map((v) => labelOf(labels, v)).join(", ") || "—";
  return [
    { title: "Role", value: draft.role || "—" },
    { title: "Team", value: draft.team || "—" },
    { title: "Experience", value: draft.level ? labelOf(EXPERIENCE_LEVELS, draft.level as never) : "—" },
    { title: "Time zone", value: draft.timeZone || "—" },
    { title: "Learning", value: claims(draft.learn) },
    { title: "Goals", value: draft.goals || "—" },
    { title: "Offering", value: claims(draft.offer) },
    { title: "Mentees at once", value: String(draft.mentorCapacity ?? 0) },
    { title: "Styles", value: many(draft.styles, MENTORING_STYLES) },
    { title: "Keep in touch by", value: many(draft.communication, COMMUNICATION_PREFERENCES) },
    {
      title: "Formats",
      value: (draft.formats ?? []).map((f) => FORMAT_LABELS[f as Format] ?? f).join(", ") || "—",
    },
    {
      title: "Match from",
      value: draft.teamPreference ? labelOf(TEAM_PREFERENCES, draft.teamPreference as never) : "—",
    },
    { title: "Free", value: (draft.availability ?? []).map(slotText).join(", ") || "—" },
  ];
}

export interface GreetingProgram {
  program: ProgramDocument;
  /** Already in, part-way, or neither. */
  state: "in" | "started" | "none";
}

/** On install: what Baton is, and the programs the person can join. */
export function greetingCard(name: string, programs: readonly GreetingProgram[]): CardJson {
  return fitItems(programs.length, (shown) => greetingWith(name, programs, shown));
}

/** The greeting with the first `shown` programs (the rest: "N more programs in the Baton tab"). */
function greetingWith(name: string, programs: readonly GreetingProgram[], shown: number): CardJson {
  return renderCard(greeting, {
    name,
    more:
      shown < programs.length ? `${programs.length - shown} more programs: see them in the Baton tab.` : "",
    programs: programs.slice(0, shown).map(({ program, state }) => ({
      programId: program.programId,
      name: program.name,
      about: [
        clip(program.audience, 200),
        program.cohortEnd ? `${program.cohortStart} to ${program.cohortEnd}` : `from ${program.cohortStart}`,
      ]
        .filter(Boolean)
        .join(" · "),
      status: state === "in" ? "You're in. Type profile to see your answers." : "",
      joinTitle: state === "started" ? "Continue where I left off" : `Join ${program.name}`,
    })),
  });
}

export function profileCard(
  profile: ProfileDocument,
  skills: readonly Skill[],
  extra: {
    managerName?: string;
    notice?: string;
    /** "problem" shows the notice in the attention colour; anything else is plain news. */
    noticeTone?: "info" | "problem";
    today: string;
    /** The reader's locale, for the pause's return date (default en-US). */
    locale?: string;
  },
): CardJson {
  const status = profile.status;
  const statusText =
    status === "active"
      ? "You're taking part: matching and reminders are on."
      : status === "paused"
        ? `Paused${profile.pausedUntil ? ` until ${formatCalendarDate(profile.pausedUntil, extra.locale ?? "en-US")}` : ""}: no matching, no reminders.`
        : "You have left the program. Type join to come back.";
  const facts = summaryFacts(profile as ProfileDraft, skills);
  facts.splice(2, 0, {
    title: "Manager",
    value: extra.managerName ?? (profile.managerId ? profile.managerId : "—"),
  });
  const tomorrow = new Date(Date.parse(`${extra.today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return renderCard(profileTemplate, {
    status,
    statusText,
    statusColor: status === "active" ? "good" : "warning",
    notice: extra.notice ?? "",
    noticeColor: extra.noticeTone === "problem" ? "attention" : "accent",
    facts,
    tomorrow,
  });
}

export interface NoticeButton {
  verb: string;
  title: string;
  style?: "positive" | "destructive" | "default";
  data?: Record<string, unknown>;
}

/** A short card: title, text, optional facts and buttons. */
export function noticeCard(
  title: string,
  text: string,
  opts: { facts?: { title: string; value: string }[]; buttons?: NoticeButton[] } = {},
): CardJson {
  return renderCard(notice, {
    title,
    text,
    facts: opts.facts ?? [],
    buttons: (opts.buttons ?? []).map((b) => ({ style: "default", data: {}, ...b })),
  });
}

import { WEEK_SLOTS, WEEK_WORDS, hasBit, markSlot, setBit, wordsFor } from "./bitset";
import { TEAM_PREF_CODE, rarityOf, styleRaw } from "./parts";
import { isActiveMentee, isActiveMentor } from "./rules";
import { MATCHING_STYLES } from "./types";
import type { MatchingInput, MatchingParticipant, ScoreWeights } from "./types";

/**
 * The cohort compiled into flat typed arrays: mentees are indexed 0..n-1 and mentors 0..m-1 in
 * input order (only active people; mentors only with capacity). Everything the scorer and the
 * solver touch in their inner loops lives here.
 */
export interface Cohort {
  weights: ScoreWeights;
  n: number;
  m: number;
  menteeIds: string[];
  mentorIds: string[];
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  skillCount: number;
  skillWords: number;
  /** Mentee wishes as CSR: learnStart[i]..learnStart[i+1]. */
  learnStart: Int32Array;
  learnSkill: Int32Array;
  learnLevel: Uint8Array;
  menteeLearnBits: Uint32Array;
  /** Offered skills per mentor as bitsets, and the level per (mentor, skill), 0 when not offered. */
  mentorOfferBits: Uint32Array;
  mentorOfferLevel: Uint8Array;
  /** Inverted index: mentors offering skill s, with their level. */
  offerStart: Int32Array;
  offerMentor: Int32Array;
  offerLevel: Uint8Array;
  rarity: Int32Array;
  goalNames: string[];
  menteeGoalStart: Int32Array;
  menteeGoal: Int32Array;
  mentorGoalStart: Int32Array;
  mentorGoal: Int32Array;
  /** Inverted index: mentors naming goal g. */
  goalMentorStart: Int32Array;
  goalMentor: Int32Array;
  menteeAvail: Uint32Array;
  mentorAvail: Uint32Array;
  /** Inverted index built from the mentor bitsets: mentors free in half hour h of the week. */
  slotMentorStart: Int32Array;
  slotMentor: Int32Array;
  menteeTz: Int32Array;
  mentorTz: Int32Array;
  menteeStyle: Uint8Array;
  mentorStyle: Uint8Array;
  /** styleTable[menteeMask * 32 + mentorMask] = raw style value. */
  styleTable: Uint8Array;
  menteeTeam: Int32Array;
  mentorTeam: Int32Array;
  menteePref: Uint8Array;
  mentorPref: Uint8Array;
  mentorCapacity: Int32Array;
  /** Hard-rule exclusions per mentee (sorted mentor indices), CSR. */
  exclStart: Int32Array;
  exclMentor: Int32Array;
}

function styleMask(p: MatchingParticipant): number {
  let mask = 0;
  for (const s of p.styles) {
    const k = MATCHING_STYLES.indexOf(s);
    if (k >= 0) mask |= 1 << k;
  }
  return mask;
}

function normaliseGoal(g: string): string {
  return g.trim().toLowerCase();
}

function csr(n: number, lists: number[][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    start[i] = total;
    total += lists[i]?.length ?? 0;
  }
  start[n] = total;
  const items = new Int32Array(total);
  let k = 0;
  for (let i = 0; i < n; i++) for (const x of lists[i] ?? []) items[k++] = x;
  return { start, items };
}

export function compileCohort(input: MatchingInput, weights: ScoreWeights): Cohort {
  const mentees: MatchingParticipant[] = [];
  const mentors: MatchingParticipant[] = [];
  let skillCount = 1;
  for (const p of input.participants) {
    if (isActiveMentee(p)) mentees.push(p);
    if (isActiveMentor(p)) mentors.push(p);
    for (const c of p.learn) skillCount = Math.max(skillCount, c.skill + 1);
    for (const c of p.offer) skillCount = Math.max(skillCount, c.skill + 1);
  }
  const n = mentees.length;
  const m = mentors.length;
  const menteeIndex = new Map<string, number>();
  mentees.forEach((p, i) => menteeIndex.set(p.id, i));
  const mentorIndex = new Map<string, number>();
  mentors.forEach((p, j) => mentorIndex.set(p.id, j));

  const skillWords = wordsFor(skillCount);

  // Mentee skill wishes: one entry per skill, keeping the highest level asked for.
  const learnLists: number[][] = [];
  const menteeLearnBits = new Uint32Array(n * skillWords);
  const levelBySkill = new Map<number, number>();
  const learnLevels: number[] = [];
  for (let i = 0; i < n; i++) {
    levelBySkill.clear();
    for (const c of mentees[i]?.learn ?? []) {
      levelBySkill.set(c.skill, Math.max(levelBySkill.get(c.skill) ?? 0, c.level));
    }
    const skills = [...levelBySkill.keys()].sort((a, b) => a - b);
    learnLists.push(skills);
    for (const s of skills) {
      setBit(menteeLearnBits, i * skillWords, s);
      learnLevels.push(levelBySkill.get(s) ?? 1);
    }
  }
  const learn = csr(n, learnLists);
  const learnLevel = Uint8Array.from(learnLevels);

  // Mentor offers: dense level table (m × skills) plus bitsets and an inverted index by skill.
  const mentorOfferBits = new Uint32Array(m * skillWords);
  const mentorOfferLevel = new Uint8Array(m * skillCount);
  const offeredBy = new Int32Array(skillCount);
  for (let j = 0; j < m; j++) {
    for (const c of mentors[j]?.offer ?? []) {
      const at = j * skillCount + c.skill;
      if ((mentorOfferLevel[at] ?? 0) === 0) offeredBy[c.skill] = (offeredBy[c.skill] ?? 0) + 1;
      mentorOfferLevel[at] = Math.max(mentorOfferLevel[at] ?? 0, c.level);
      setBit(mentorOfferBits, j * skillWords, c.skill);
    }
  }
  const offerStart = new Int32Array(skillCount + 1);
  for (let s = 0; s < skillCount; s++) offerStart[s + 1] = (offerStart[s] ?? 0) + (offeredBy[s] ?? 0);
  const offerMentor = new Int32Array(offerStart[skillCount] ?? 0);
  const offerLevel = new Uint8Array(offerMentor.length);
  const fill = offerStart.slice(0, skillCount);
  for (let j = 0; j < m; j++) {
    for (let s = 0; s < skillCount; s++) {
      const lvl = mentorOfferLevel[j * skillCount + s] ?? 0;
      if (lvl === 0) continue;
      const at = fill[s] ?? 0;
      offerMentor[at] = j;
      offerLevel[at] = lvl;
      fill[s] = at + 1;
    }
  }
  const rarity = new Int32Array(skillCount);
  for (let s = 0; s < skillCount; s++) rarity[s] = rarityOf(offeredBy[s] ?? 0, m);

  // Goals: interned, sorted unique per person, with an inverted index over mentors.
  const goalIds = new Map<string, number>();
  const goalNames: string[] = [];
  const goalsOf = (p: MatchingParticipant): number[] => {
    const out = new Set<number>();
    for (const raw of p.goals) {
      const g = normaliseGoal(raw);
      if (g === "") continue;
      let gid = goalIds.get(g);
      if (gid === undefined) {
        gid = goalNames.length;
        goalIds.set(g, gid);
        goalNames.push(g);
      }
      out.add(gid);
    }
    return [...out].sort((a, b) => a - b);
  };
  const menteeGoals = csr(
    n,
    mentees.map((p) => goalsOf(p)),
  );
  const mentorGoalLists = mentors.map((p) => goalsOf(p));
  const mentorGoals = csr(m, mentorGoalLists);
  const byGoal: number[][] = goalNames.map(() => []);
  mentorGoalLists.forEach((gs, j) => gs.forEach((g) => byGoal[g]?.push(j)));
  const goalMentors = csr(goalNames.length, byGoal);

  // Availability bitsets.
  const menteeAvail = new Uint32Array(n * WEEK_WORDS);
  const mentorAvail = new Uint32Array(m * WEEK_WORDS);
  mentees.forEach((p, i) => {
    for (const s of p.availability) markSlot(menteeAvail, i * WEEK_WORDS, s.day, s.startMinute, s.endMinute);
  });
  const bySlot: number[][] = Array.from({ length: WEEK_SLOTS }, () => []);
  mentors.forEach((p, j) => {
    for (const s of p.availability) markSlot(mentorAvail, j * WEEK_WORDS, s.day, s.startMinute, s.endMinute);
    for (let h = 0; h < WEEK_SLOTS; h++) if (hasBit(mentorAvail, j * WEEK_WORDS, h)) bySlot[h]?.push(j);
  });
  const slotMentors = csr(WEEK_SLOTS, bySlot);

  const styleTable = new Uint8Array(32 * 32);
  for (let a = 0; a < 32; a++) for (let b = 0; b < 32; b++) styleTable[a * 32 + b] = styleRaw(a, b);

  const teamIds = new Map<string, number>();
  let noTeam = 0;
  const teamOf = (p: MatchingParticipant): number => {
    // An empty team name never counts as "the same team".
    if (p.team === "") return -1 - noTeam++;
    let t = teamIds.get(p.team);
    if (t === undefined) {
      t = teamIds.size;
      teamIds.set(p.team, t);
    }
    return t;
  };

  // Hard-rule exclusions, gathered per mentee.
  const excl: number[][] = mentees.map(() => []);
  const addExcl = (i: number | undefined, j: number | undefined) => {
    if (i !== undefined && j !== undefined) excl[i]?.push(j);
  };
  mentees.forEach((p, i) => {
    addExcl(i, mentorIndex.get(p.id));
    for (const boss of p.reportingLine) addExcl(i, mentorIndex.get(boss));
  });
  mentors.forEach((p, j) => {
    for (const boss of p.reportingLine) addExcl(menteeIndex.get(boss), j);
  });
  for (const e of input.endedPairs ?? []) {
    addExcl(menteeIndex.get(e.menteeId), mentorIndex.get(e.mentorId));
    addExcl(menteeIndex.get(e.mentorId), mentorIndex.get(e.menteeId));
  }
  for (const e of input.excludedPairs ?? [])
    addExcl(menteeIndex.get(e.menteeId), mentorIndex.get(e.mentorId));
  const exclusions = csr(
    n,
    excl.map((l) => [...new Set(l)].sort((a, b) => a - b)),
  );

  return {
    weights,
    n,
    m,
    menteeIds: mentees.map((p) => p.id),
    mentorIds: mentors.map((p) => p.id),
    menteeIndex,
    mentorIndex,
    skillCount,
    skillWords,
    learnStart: learn.start,
    learnSkill: learn.items,
    learnLevel,
    menteeLearnBits,
    mentorOfferBits,
    mentorOfferLevel,
    offerStart,
    offerMentor,
    offerLevel,
    rarity,
    goalNames,
    menteeGoalStart: menteeGoals.start,
    menteeGoal: menteeGoals.items,
    mentorGoalStart: mentorGoals.start,
    mentorGoal: mentorGoals.items,
    goalMentorStart: goalMentors.start,
    goalMentor: goalMentors.items,
    menteeAvail,
    mentorAvail,
    slotMentorStart: slotMentors.start,
    slotMentor: slotMentors.items,
    menteeTz: Int32Array.from(mentees.map((p) => p.utcOffsetMinutes)),
    mentorTz: Int32Array.from(mentors.map((p) => p.utcOffsetMinutes)),
    menteeStyle: Uint8Array.from(mentees.map(styleMask)),
    mentorStyle: Uint8Array.from(mentors.map(styleMask)),
    styleTable,
    menteeTeam: Int32Array.from(mentees.map(teamOf)),
    mentorTeam: Int32Array.from(mentors.map(teamOf)),
    menteePref: Uint8Array.from(mentees.map((p) => TEAM_PREF_CODE[p.teamPreference])),
    mentorPref: Uint8Array.from(mentors.map((p) => TEAM_PREF_CODE[p.teamPreference])),
    mentorCapacity: Int32Array.from(mentors.map((p) => p.capacity)),
    exclStart: exclusions.start,
    exclMentor: exclusions.items,
  };
}

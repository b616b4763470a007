import { WEEK_WORDS } from "./bitset";
import type { Cohort } from "./cohort";
import { AVAILABILITY_TARGET_SLOTS, availabilityRaw, goalRaw, teamRaw, timezoneRaw } from "./parts";

/** Marks a pair that a hard rule forbids (or a mentor without capacity) in a scanned row. */
export const EXCLUDED = -1;

/**
 * Scores one mentee against every mentor at once, exactly (the same integers as `scorePair`).
 * The pair-wise parts that need set intersections — skills, goals, shared half hours — are
 * accumulated through inverted indices (mentors per skill / goal / half hour), so a row costs
 * about the mentee's own list sizes times the mentors per entry, plus one tight pass over the
 * mentors for the table-driven parts (time zone, style, team).
 */
export class RowScanner {
  readonly score: Int32Array;
  private readonly skillAcc: Int32Array;
  private readonly goalAcc: Int32Array;
  private readonly slotAcc: Int32Array;
  private readonly stamp: Int32Array;
  private stampNo = 0;
  private readonly tzTable: Int32Array;
  private readonly teamTable: Int32Array;
  private readonly styleTable: Int32Array;
  private readonly availTable: Int32Array;
  /** Rows scanned so far (for stats). */
  rows = 0;

  constructor(private readonly c: Cohort) {
    this.score = new Int32Array(c.m);
    this.skillAcc = new Int32Array(c.m);
    this.goalAcc = new Int32Array(c.m);
    this.slotAcc = new Int32Array(c.m);
    this.stamp = new Int32Array(c.m);
    const w = c.weights;
    this.tzTable = new Int32Array(721);
    for (let d = 0; d <= 720; d++) this.tzTable[d] = w.timezone * timezoneRaw(0, d);
    this.teamTable = new Int32Array(3 * 3 * 2);
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++)
        for (let s = 0; s < 2; s++) this.teamTable[(a * 3 + b) * 2 + s] = w.team * teamRaw(a, b, s === 1);
    this.styleTable = Int32Array.from(c.styleTable, (x) => x * w.style);
    this.availTable = new Int32Array(AVAILABILITY_TARGET_SLOTS + 1);
    for (let h = 0; h <= AVAILABILITY_TARGET_SLOTS; h++)
      this.availTable[h] = w.availability * availabilityRaw(h);
  }

  /** Fills `score` for mentee i; forbidden pairs, mentors with capacity[j] <= 0 and mentors who offer
   * none of the mentee's wanted skills are EXCLUDED. */
  row(i: number, capacity: Int32Array): Int32Array {
    const c = this.c;
    const m = c.m;
    this.rows++;
    const skillAcc = this.skillAcc;
    const goalAcc = this.goalAcc;
    const slotAcc = this.slotAcc;
    skillAcc.fill(0);
    goalAcc.fill(0);
    slotAcc.fill(0);
    for (let k = c.learnStart[i]!, end = c.learnStart[i + 1]!; k < end; k++) {
      const s = c.learnSkill[k]!;
      const want = c.learnLevel[k]!;
      const r = c.rarity[s]!;
      for (let t = c.offerStart[s]!, tEnd = c.offerStart[s + 1]!; t < tEnd; t++) {
        const j = c.offerMentor[t]!;
        skillAcc[j] = skillAcc[j]! + (c.offerLevel[t]! >= want ? r + r : r);
      }
    }
    const goals = c.menteeGoalStart[i + 1]! - c.menteeGoalStart[i]!;
    for (let k = c.menteeGoalStart[i]!, end = c.menteeGoalStart[i + 1]!; k < end; k++) {
      const g = c.menteeGoal[k]!;
      for (let t = c.goalMentorStart[g]!, tEnd = c.goalMentorStart[g + 1]!; t < tEnd; t++) {
        const j = c.goalMentor[t]!;
        goalAcc[j] = goalAcc[j]! + 1;
      }
    }
    const goalTable = new Int32Array(goals + 1);
    for (let g = 0; g <= goals; g++) goalTable[g] = c.weights.goal * goalRaw(g, goals);
    // Shared half hours: walk the mentee's availability bitset, count mentors free in each.
    for (let w = 0; w < WEEK_WORDS; w++) {
      let x = c.menteeAvail[i * WEEK_WORDS + w]!;
      while (x !== 0) {
        const low = x & -x;
        const h = w * 32 + (31 - Math.clz32(low));
        x ^= low;
        for (let t = c.slotMentorStart[h]!, tEnd = c.slotMentorStart[h + 1]!; t < tEnd; t++) {
          const j = c.slotMentor[t]!;
          slotAcc[j] = slotAcc[j]! + 1;
        }
      }
    }

    const stampNo = ++this.stampNo;
    const stamp = this.stamp;
    for (let k = c.exclStart[i]!, end = c.exclStart[i + 1]!; k < end; k++) {
      stamp[c.exclMentor[k]!] = stampNo;
    }

    const wSkill = c.weights.skill;
    const tzI = c.menteeTz[i]!;
    const styleBase = c.menteeStyle[i]! * 32;
    const teamI = c.menteeTeam[i]!;
    const teamBase = c.menteePref[i]! * 3;
    const { mentorTz, mentorStyle, mentorTeam, mentorPref } = c;
    const { tzTable, styleTable, teamTable, availTable } = this;
    const score = this.score;
    for (let j = 0; j < m; j++) {
      // A pair that covers none of the mentee's wanted skills is never proposed automatically
      // (an owner may still lock it): it is excluded like a hard rule, for every solver stage.
      if (stamp[j] === stampNo || capacity[j]! <= 0 || skillAcc[j] === 0) {
        score[j] = EXCLUDED;
        continue;
      }
      let sk = skillAcc[j]!;
      if (sk > 100) sk = 100;
      let h = slotAcc[j]!;
      if (h > AVAILABILITY_TARGET_SLOTS) h = AVAILABILITY_TARGET_SLOTS;
      let d = tzI - mentorTz[j]!;
      if (d < 0) d = -d;
      if (d >= 1440) d -= 1440;
      if (d > 720) d = 1440 - d;
      score[j] =
        wSkill * sk +
        goalTable[goalAcc[j]!]! +
        availTable[h]! +
        tzTable[d]! +
        styleTable[styleBase + mentorStyle[j]!]! +
        teamTable[(teamBase + mentorPref[j]!) * 2 + (teamI === mentorTeam[j] ? 1 : 0)]!;
    }
    return score;
  }
}

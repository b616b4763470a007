import {
  chemistryAnswer,
  documentIds,
  matchingIds,
  type ChemistryCheckDocument,
  type MembershipDocument,
  type PairDocument,
  type ReminderDocument,
} from "@baton/shared";
import type { ProactiveOutcome } from "../bot/proactive-sender";
import type { CardActionResult } from "../bot/turn";
import { chemistryCheckCard, firstName, noticeCard } from "../features/matching/matching-cards";
import { systemClock, type Actor, type Clock } from "../services/actor";
import type { MatchingDeps } from "./pair-creation";
import { recordEndedPair } from "./ended-pair";
import { retryOnConflict } from "../data/retry-on-conflict";

/** One line of the rhythm scheduler's digest for a due chemistry check (its "when" is theirs). */
export function chemistryDigestEntry(reminder: Pick<ReminderDocument, "pairId" | "subject">) {
  const partner =
    typeof reminder.subject.partnerName === "string" ? reminder.subject.partnerName : "your partner";
  return {
    title: `Is it working with ${firstName(partner)}?`,
    detail: "Tell us privately whether this match feels right. Nobody else sees your answer.",
    button: { title: "Answer privately", verb: "matching.chemistry.open", data: { pairId: reminder.pairId } },
  };
}

/** ETag-less lifecycle commands re-read and retry a lost race (see `retryOnConflict`). */
const retry = <T>(run: () => Promise<T>): Promise<T> => retryOnConflict(() => run());

/**
 * The chemistry check: after the first session (or 14 days) each member privately answers "is this
 * working?". A "no" ends the pair without fault: the pair is never proposed again, both places free
 * up, the mentee goes back into matching, and the other person is told kindly, never why or by whom.
 */
export class ChemistryCheckService {
  constructor(
    private readonly deps: MatchingDeps,
    private readonly clock: Clock = systemClock,
  ) {}

  private async memberPair(actor: Actor, pairId: string) {
    const pair = pairId ? await this.deps.repos.pairs.getPair(actor.tenantId, pairId) : undefined;
    const me = pair?.members.find((m) => m.userId === actor.userId);
    return pair && me ? { pair, me } : undefined;
  }

  /** Sends the check to both members now (the scheduler, or a test, decides when). Once per person. */
  async send(tenantId: string, pairId: string): Promise<Record<string, ProactiveOutcome>> {
    const pair = await this.deps.repos.pairs.getPair(tenantId, pairId);
    const outcomes: Record<string, ProactiveOutcome> = {};
    if (!pair || pair.status !== "active") return outcomes;
    for (const member of pair.members) {
      outcomes[member.userId] = await this.deps.sender.send({
        tenantId,
        userId: member.userId,
        idempotencyKey: `chemistry:${pair.pairId}:${member.userId}`,
        message: { card: chemistryCheckCard(pair, member) },
      });
    }
    return outcomes;
  }

  /** Verb `matching.chemistry.open`: the question itself, e.g. from the scheduler's digest. */
  async open(actor: Actor, data: Record<string, unknown>): Promise<CardActionResult> {
    const found = await this.memberPair(actor, typeof data.pairId === "string" ? data.pairId : "");
    if (!found) return { message: "This pair is not available to you." };
    if (found.pair.status !== "active")
      return { card: noticeCard("This match has ended", "There's nothing more to answer here.") };
    return { card: chemistryCheckCard(found.pair, found.me) };
  }

  /** Verb `matching.chemistry.answer` with `{ pairId, answer: "yes" | "no" }`. */
  async answer(actor: Actor, data: Record<string, unknown>): Promise<CardActionResult> {
    const found = await this.memberPair(actor, typeof data.pairId === "string" ? data.pairId : "");
    const parsed = chemistryAnswer.safeParse(data.answer);
    if (!found || !parsed.success) return { message: "That button is no longer active." };
    const { pair, me } = found;
    if (pair.status !== "active")
      return { card: noticeCard("This match has ended", "Thank you. We're already looking at a new match.") };
    const at = this.clock.now().toISOString();
    const doc: ChemistryCheckDocument = {
      id: matchingIds.chemistry(me.userId),
      pk: pair.pk,
      tenantId: pair.tenantId,
      type: "chemistryCheck",
      pairId: pair.pairId,
      userId: me.userId,
      answer: parsed.data,
      answeredAt: at,
    };
    await this.deps.repos.store.upsert(doc);
    await this.deps.pairChanged?.(pair.tenantId, pair.pairId);
    const partner = pair.members.find((m) => m.userId !== me.userId) ?? me;
    if (parsed.data === "yes")
      return {
        card: noticeCard(
          "Glad to hear it",
          `Thanks for telling us. Enjoy your mentoring with ${firstName(partner.displayName)}.`,
        ),
      };
    await this.endWithoutFault(pair, at);
    await this.deps.sender.send({
      tenantId: pair.tenantId,
      userId: partner.userId,
      idempotencyKey: `rematch:${pair.pairId}:${partner.userId}`,
      message: {
        card: noticeCard(
          "Your mentoring match is changing",
          partner.role === "mentee"
            ? `Your match with ${firstName(me.displayName)} is ending. This happens sometimes and it's nobody's fault. We'll find you a new mentor soon, and your goals and notes stay with you.`
            : `Your match with ${firstName(me.displayName)} is ending. This happens sometimes and it's nobody's fault. Thank you for your time; your place is free for someone new.`,
        ),
      },
    });
    return {
      card: noticeCard(
        "Thank you for being honest",
        me.role === "mentee"
          ? `We'll end this match quietly and find you a new mentor. ${firstName(partner.displayName)} will only hear that the match is changing, not why.`
          : `We'll end this match quietly and find ${firstName(partner.displayName)} a new mentor. They will only hear that the match is changing, not why.`,
      ),
    };
  }

  /** Ends the pair for both, remembers it (never proposed again) and frees both places. Safe to repeat. */
  async endWithoutFault(pair: PairDocument, at: string): Promise<void> {
    const { repos } = this.deps;
    await retry(async () => {
      const current = await repos.pairs.getPair(pair.tenantId, pair.pairId);
      if (!current || current.status === "ended") return;
      await repos.pairs.replace<PairDocument>(
        { ...current, status: "ended", updatedAt: at },
        current._etag ?? "",
      );
    });
    for (const m of pair.members) {
      await retry(async () => {
        const pk = repos.people.pk(pair.tenantId, m.userId);
        const membership = await repos.store.read<MembershipDocument>(
          pair.tenantId,
          pk,
          documentIds.membership(pair.pairId),
        );
        if (!membership || membership.status === "ended") return;
        await repos.store.replace<MembershipDocument>(
          { ...membership, status: "ended" },
          membership._etag ?? "",
        );
      });
    }
    await recordEndedPair(repos.matching, pair, at);
    await this.deps.pairChanged?.(pair.tenantId, pair.pairId);
  }
}

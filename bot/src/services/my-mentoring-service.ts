import {
  isPairWritable,
  pairGlance,
  documentIds,
  isMember,
  linkChatInput,
  notFound,
  parseInput,
  partitionKeys,
  requireMember,
  taken,
  type ActionItemDocument,
  type AgreementDocument,
  type GoalDocument,
  type PairGlance,
  type SessionDocument,
  type ChatLinkDocument,
  type DueItem,
  type MyMentoringView,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import { systemClock, type Actor, type Clock } from "./actor";

/** "My mentoring": my profile, my pairs, and what is due across them. */
export class MyMentoringService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  async view(actor: Actor): Promise<MyMentoringView> {
    const [{ profile, memberships }, programs] = await Promise.all([
      this.repos.people.loadPerson(actor.tenantId, actor.userId),
      this.repos.tenants.listPrograms(actor.tenantId),
    ]);
    const today = this.clock.now().toISOString().slice(0, 10);
    // Pairs that still take writes show what is due; closed and ended ones only in the list.
    const active = memberships.filter((m) => isPairWritable(m.status));
    // One single-partition query per active pair (a person has at most a handful): what is due, and
    // the pair at a glance (agreement, goals, sessions, open action items; never notes).
    const glances: Record<string, PairGlance> = {};
    const perPair = await Promise.all(
      active.map(async (m): Promise<DueItem[]> => {
        const docs = await this.repos.pairs.glanceDocuments(actor.tenantId, m.pairId);
        const agreement = docs.find((d): d is AgreementDocument => d.type === "agreement");
        const open = docs.filter((d): d is ActionItemDocument => d.type === "actionItem" && !d.done);
        glances[m.pairId] = pairGlance(
          {
            agreement: agreement?.terms ?? null,
            sessions: docs.filter((d): d is SessionDocument => d.type === "session"),
            goals: docs
              .filter((d): d is GoalDocument => d.type === "goal")
              .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
            actionItems: open,
          },
          today,
        );
        const items = open.filter((i) => i.ownerId === actor.userId);
        const due: DueItem[] = items
          .filter((i) => i.dueDate)
          .map((i) => ({
            pairId: m.pairId,
            partnerName: m.partnerName,
            kind: (i.dueDate as string) < today ? "action-overdue" : "action-due",
            title: i.title,
            when: i.dueDate as string,
          }));
        if (agreement && agreement.status === "draft" && !agreement.confirmations[actor.userId])
          due.push({
            pairId: m.pairId,
            partnerName: m.partnerName,
            kind: "agreement-to-confirm",
            title: "Confirm your agreement",
          });
        return due;
      }),
    );
    // Requests waiting for my answer as a mentor: one single-partition query per program I mentor in.
    const mentoring =
      profile && profile.status !== "left" && profile.offer.length > 0 ? profile.programIds : [];
    const requests = await Promise.all(
      mentoring.map((programId) =>
        this.repos.matching.pendingRequestsTo(actor.tenantId, programId, actor.userId),
      ),
    );
    const asked: DueItem[] = requests.flat().map((r) => ({
      pairId: "",
      programId: r.programId,
      partnerName: r.menteeName,
      kind: "mentor-request",
      title: `${r.menteeName} would like you as their mentor`,
      when: r.createdAt,
    }));
    const due = [...asked, ...perPair.flat()].sort((a, b) => (a.when ?? "").localeCompare(b.when ?? ""));
    return {
      me: {
        userId: actor.userId,
        displayName: profile?.displayName ?? actor.displayName,
        tenantId: actor.tenantId,
      },
      profile: profile ?? null,
      pairs: memberships,
      glances,
      due,
      ownedPrograms: programs
        .filter((p) => p.ownerIds.includes(actor.userId))
        .map((p) => ({ programId: p.programId, name: p.name })),
    };
  }

  async resolveChat(actor: Actor, chatId: string): Promise<{ pairId: string }> {
    const link = await this.repos.tenants.getChatLink(actor.tenantId, chatId);
    if (!link) throw notFound("A pair for this chat");
    const pair = await this.repos.pairs.getPair(actor.tenantId, link.pairId);
    requireMember(pair, actor.userId);
    return { pairId: link.pairId };
  }

  /**
   * Links a group chat to a pair; only a member of the pair may do it. A chat already linked to
   * another pair is re-pointed only by a member of that pair (else `taken`, a 409); the write is
   * conditional (create, or replace on the link's ETag), so two racing takeovers cannot slip through.
   */
  async linkChat(actor: Actor, chatId: string, body: unknown): Promise<{ pairId: string }> {
    const input = parseInput(linkChatInput, { ...(typeof body === "object" ? body : {}), chatId });
    requireMember(await this.repos.pairs.getPair(actor.tenantId, input.pairId), actor.userId);
    const current = await this.repos.tenants.getChatLink(actor.tenantId, input.chatId);
    if (current?.pairId === input.pairId) return { pairId: input.pairId };
    if (current) {
      const bound = await this.repos.pairs.getPair(actor.tenantId, current.pairId);
      if (bound && !isMember(bound, actor.userId))
        throw taken(
          "This chat is already linked to another pair. Only a member of that pair can link it to a different one.",
        );
    }
    const link: ChatLinkDocument = {
      id: documentIds.chatLink(input.chatId),
      pk: partitionKeys.tenant(actor.tenantId),
      tenantId: actor.tenantId,
      type: "chatLink",
      chatId: input.chatId,
      pairId: input.pairId,
      linkedBy: actor.userId,
      linkedAt: this.clock.now().toISOString(),
    };
    try {
      if (current?._etag) await this.repos.tenants.replaceChatLink(link, current._etag);
      else await this.repos.tenants.createChatLink(link);
    } catch (error) {
      if (isConflict(error))
        throw taken("This chat was just linked by someone else. Reload to see its pair.");
      throw error;
    }
    return { pairId: input.pairId };
  }
}

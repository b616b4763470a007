import { actionItemFromMessage, DomainError, type MembershipDocument } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import type { PairWorkspaceService } from "../services/pair-workspace-service";
import { actionItemCard, addActionItemDialog, type DialogValues } from "./me-cards";

const str = (value: unknown, max: number) => (typeof value === "string" ? value.trim().slice(0, max) : "");

async function livePairs(repos: Repositories, turn: MeTurn): Promise<MembershipDocument[]> {
  const { memberships } = await repos.people.loadPerson(turn.actor.tenantId, turn.actor.userId);
  return memberships.filter((m) => m.status === "active" || m.status === "paused");
}

const choices = (pairs: MembershipDocument[]) =>
  pairs.map((m) => ({ value: m.pairId, title: `With ${m.partnerName} (you are the ${m.role})` }));

const NO_PAIR =
  "You're not in a mentoring pair yet, so there is no pair to add an action item to. Find a mentor with Baton first.";

/** fetchTask: the dialog, prefilled from the message (HTML and mentions stripped, long text split). */
export function addActionItemFetch(repos: Repositories, clock: Clock) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const pairs = await livePairs(repos, turn);
    if (pairs.length === 0) return { kind: "dialog-message", text: NO_PAIR };
    const { title, description } = actionItemFromMessage(turn.message?.html ?? "");
    const due = new Date(clock.now().getTime() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const values: DialogValues = {
      title,
      description,
      pairId: pairs[0]?.pairId ?? "",
      owner: "me",
      dueDate: due,
    };
    return {
      kind: "dialog",
      title: "Add as action item",
      card: addActionItemDialog(values, choices(pairs), turn.message?.authorName ?? ""),
    };
  };
}

/**
 * submitAction: creates the action item through the pair workspace service (the REST API's own
 * validation and membership check) and answers with a card the person can post in the chat. A
 * problem brings the dialog back with what was typed and the problem named.
 */
export function addActionItemSubmit(
  repos: Repositories,
  workspace: PairWorkspaceService,
  pairUrl: (pairId: string) => string,
) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const pairs = await livePairs(repos, turn);
    if (pairs.length === 0) return { kind: "dialog-message", text: NO_PAIR };
    const data = turn.data ?? {};
    const values: DialogValues = {
      title: str(data.title, 2000),
      description: str(data.description, 4000),
      pairId: str(data.pairId, 64),
      owner: data.owner === "partner" ? "partner" : "me",
      dueDate: str(data.dueDate, 10),
    };
    const pair = pairs.find((m) => m.pairId === values.pairId);
    const again = (problem: string): MeAnswer => ({
      kind: "dialog",
      title: "Add as action item",
      card: addActionItemDialog({ ...values, problem }, choices(pairs), turn.message?.authorName ?? ""),
    });
    if (!pair) return again("Choose one of your pairs.");
    const ownerId = values.owner === "partner" ? pair.partnerId : turn.actor.userId;
    try {
      const item = await workspace.createActionItem(
        turn.actor,
        pair.pairId,
        {
          title: values.title,
          ...(values.description ? { description: values.description } : {}),
          ownerId,
          ...(values.dueDate ? { dueDate: values.dueDate } : {}),
        },
        "message",
      );
      const card = actionItemCard({
        item,
        ownerName: values.owner === "partner" ? pair.partnerName : turn.actor.displayName,
        pairName: `${turn.actor.displayName} & ${pair.partnerName}`,
        pairUrl: pairUrl(pair.pairId),
        canMarkDone: true,
        headline: `Action item added by ${turn.actor.displayName}`,
        locale: turn.client.locale,
      });
      return { kind: "results", items: [{ card, preview: { title: item.title } }] };
    } catch (error) {
      if (error instanceof DomainError && error.code === "validation")
        return again(error.message.replace(/^[a-zA-Z.]+: /, ""));
      throw error;
    }
  };
}

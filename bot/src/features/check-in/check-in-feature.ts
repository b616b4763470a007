import {
  checkInAnswer,
  isPairWritable,
  formatCalendarDate,
  formatInstantFor,
  localDate,
  logSessionAnswer,
  rhythmIds,
  partitionKeys,
  safeTimeZone,
  type ActionItemDocument,
  type PairDocument,
  type Reader,
  type RhythmPrefsDocument,
  type SessionDocument,
} from "@baton/shared";
import type { BotFeature, BotTurn, CardActionResult, CardActionTurn } from "../../bot/turn";
import type { Repositories } from "../../data/repositories";
import { retryOnConflict } from "../../data/retry-on-conflict";
import type { Actor, Clock } from "../../services/actor";
import { checkInCard } from "./check-in-card";
import { CheckInService } from "./check-in-service";
import template from "./cards/log-session.json";
import { myActionsCard } from "./my-actions-card";
import { noticeCard } from "./notice-card";
import { problemText } from "./problem-text";
import { renderCard } from "../../cards/render-card";
import { turnReader } from "../../cards/reader";

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * Check-ins after sessions, "my actions", "log a session", and snooze / mute from any reminder card.
 * No botbuilder here: only our own BotTurn.
 */
export function checkInFeature(
  repos: Repositories,
  clock: Clock,
  afterWrite: (tenantId: string, pairId: string) => Promise<void> = async () => {},
): BotFeature {
  const service = new CheckInService(repos, clock);
  /** A closed or ended pair takes no writes from the bot either: the card says so, naming the state. */
  const readOnly = (pair: PairDocument): CardActionResult | undefined =>
    isPairWritable(pair.status)
      ? undefined
      : {
          card: noticeCard(`This pair is ${pair.status}`, [
            `Your mentoring pair is ${pair.status}, so its workspace is read-only now. You can still read everything in it.`,
          ]),
        };

  const zoneOf = async (actor: Actor) =>
    safeTimeZone((await repos.people.getProfile(actor.tenantId, actor.userId))?.timeZone);

  const activePairs = async (actor: Actor) =>
    (await repos.people.loadPerson(actor.tenantId, actor.userId)).memberships.filter(
      (m) => m.status === "active" || m.status === "closing" || m.status === "continued-informally",
    );

  /** In a 1:1 chat: the actor's open items in every pair. In a pair's chat: that pair's open items, anyone's. */
  const myActions = async (turn: BotTurn) => {
    const { actor, scope } = turn;
    const reader = await turnReader(repos, turn);
    const today = localDate(clock.now(), reader.timeZone);
    if (scope.kind === "pair") {
      const pair = await repos.pairs.getPair(actor.tenantId, scope.pairId);
      const nameOf = (id: string) => pair?.members.find((m) => m.userId === id)?.displayName ?? "someone";
      const items = await repos.pairs.openActionItems(actor.tenantId, scope.pairId);
      return myActionsCard(
        items.map((item) => ({ item, label: `for ${nameOf(item.ownerId)}` })),
        today,
        reader,
        {
          title: "Open action items in this pair",
          refresh: { pairId: scope.pairId, userIds: await chatIds(actor.tenantId, scope.memberIds) },
        },
      );
    }
    const pairs = await activePairs(actor);
    const lists = await Promise.all(
      pairs.map(async (m) =>
        (await repos.pairs.openActionItemsOf(actor.tenantId, m.pairId, actor.userId)).map((item) => ({
          item,
          label: `with ${m.partnerName}`,
        })),
      ),
    );
    return myActionsCard(lists.flat(), today, reader);
  };

  /** Teams ids (the `29:` MRI in each member's stored 1:1 reference) for a card's `refresh.userIds`. */
  const chatIds = (tenantId: string, userIds: string[]) =>
    Promise.all(
      userIds.map(async (userId) => {
        const ref = await repos.rhythm.personalReference(tenantId, userId);
        const id = (ref?.reference as { user?: { id?: unknown } } | undefined)?.user?.id;
        return typeof id === "string" && id ? id : userId;
      }),
    );

  const loadSession = async (actor: Actor, pairId: string, sessionId: string) => {
    const pair = await service.memberPair(actor, pairId);
    if (!pair || !/^[A-Za-z0-9_-]{1,64}$/.test(sessionId)) return undefined;
    const session = await repos.pairs.read<SessionDocument>(actor.tenantId, pairId, `session:${sessionId}`);
    return session ? { pair, session } : undefined;
  };

  const checkInForm = async (turn: CardActionTurn, values?: Record<string, unknown>, error?: string) => {
    const found = await loadSession(turn.actor, str(turn.data.pairId), str(turn.data.sessionId));
    if (!found) return { message: "I can't find that session any more. It may have been removed." };
    const partner =
      found.pair.members.find((m) => m.userId !== turn.actor.userId)?.displayName ?? "your partner";
    return {
      card: checkInCard({
        pairId: found.pair.pairId,
        sessionId: found.session.sessionId,
        partnerName: partner,
        when: formatInstantFor(found.session.at, await turnReader(repos, turn)),
        ...(values ? { values } : {}),
        ...(error ? { error } : {}),
      }),
    };
  };

  /** The form offers the actor's active pairs; in a pair's chat only that pair. */
  const logForm = async (turn: BotTurn, values: Record<string, unknown> = {}, error?: string) => {
    const { actor, scope } = turn;
    const pairs = (await activePairs(actor)).filter(
      (m) => scope.kind !== "pair" || m.pairId === scope.pairId,
    );
    if (pairs.length === 0) return undefined;
    return renderCard(template, {
      hasError: Boolean(error),
      error: error ?? "",
      pairs: pairs.map((m) => ({ pairId: m.pairId, partnerName: m.partnerName })),
      pairId: str(values.pairId) || (pairs.length === 1 ? (pairs[0]?.pairId ?? "") : ""),
      date: str(values.date) || localDate(clock.now(), await zoneOf(actor)),
      usefulness: str(values.usefulness),
      actionTitle: str(values.actionTitle),
      actionDue: str(values.actionDue),
    });
  };

  /** Reminder settings: an ETag-less command, so a concurrent change is re-read and applied again. */
  const savePrefs = (actor: Actor, change: (p: RhythmPrefsDocument) => RhythmPrefsDocument) =>
    retryOnConflict(async () => {
      const now = clock.now().toISOString();
      const current = (await repos.rhythm.getPrefs(actor.tenantId, actor.userId)) ?? {
        id: rhythmIds.prefs(),
        pk: partitionKeys.user(actor.tenantId, actor.userId),
        tenantId: actor.tenantId,
        type: "rhythmPrefs" as const,
        userId: actor.userId,
        updatedAt: now,
      };
      const { _etag, ...rest } = current;
      await repos.rhythm.savePrefs({ ...change(rest), updatedAt: now }, _etag);
    });

  return {
    inGroup: {
      "my actions": "pair",
      "log a session": "pair",
      "session.log": "pair",
      "action.done": "pair",
      "actions.refresh": "pair",
    },
    commands: {
      "my actions": async (turn) => turn.send({ card: await myActions(turn) }),
      "log a session": async (turn) => {
        const card = await logForm(turn);
        await turn.send(
          card
            ? { card }
            : { text: "You're not in an active mentoring pair yet, so there's no session to log." },
        );
      },
    },
    cardActions: {
      "checkin.open": (turn) => checkInForm(turn),

      "checkin.submit": async (turn): Promise<CardActionResult> => {
        const found = await loadSession(turn.actor, str(turn.data.pairId), str(turn.data.sessionId));
        if (!found) return { message: "I can't find that session any more. It may have been removed." };
        const closed = readOnly(found.pair);
        if (closed) return closed;
        if (await service.hasCheckedIn(turn.actor, found.pair.pairId, found.session.sessionId))
          return {
            card: noticeCard("You already checked in", ["Thanks, I have your answer for this session."]),
          };
        const parsed = checkInAnswer.safeParse(turn.data);
        if (!parsed.success) return checkInForm(turn, turn.data, problemText(parsed.error));
        const { actionItem } = await service.checkIn(turn.actor, found.pair, found.session, parsed.data);
        await afterWrite(turn.actor.tenantId, found.pair.pairId);
        const partner =
          found.pair.members.find((m) => m.userId !== turn.actor.userId)?.displayName ?? "your partner";
        const reader = await turnReader(repos, turn);
        const when = formatInstantFor(found.session.at, reader, false);
        const lines = parsed.data.met
          ? [`I logged your session with ${partner} on ${when}.`]
          : [`Noted: the session on ${when} didn't happen. Find a new time with ${partner} when you can.`];
        if (actionItem) lines.push(actionLine(actionItem, reader));
        return { card: noticeCard("Thanks for checking in", lines) };
      },

      "session.log": async (turn): Promise<CardActionResult> => {
        const parsed = logSessionAnswer.safeParse(turn.data);
        if (!parsed.success) {
          const card = await logForm(turn, turn.data, problemText(parsed.error));
          return card ? { card } : { message: "You're not in an active mentoring pair yet." };
        }
        const pair = await service.memberPair(turn.actor, parsed.data.pairId);
        const closed = pair ? readOnly(pair) : undefined;
        if (closed) return closed;
        const outOfScope = turn.scope.kind === "pair" && turn.scope.pairId !== parsed.data.pairId;
        if (!pair || pair.status === "paused" || outOfScope) {
          const card = await logForm(turn, turn.data, "Choose one of your pairs.");
          return card ? { card } : { message: "You're not in an active mentoring pair yet." };
        }
        const zone = await zoneOf(turn.actor);
        if (parsed.data.date > localDate(clock.now(), zone)) {
          const card = await logForm(
            turn,
            turn.data,
            "The date is in the future: log a session once it happened.",
          );
          return card ? { card } : { message: "You're not in an active mentoring pair yet." };
        }
        const { actionItem } = await service.logSession(turn.actor, pair, parsed.data, zone);
        await afterWrite(turn.actor.tenantId, pair.pairId);
        const partner =
          pair.members.find((m) => m.userId !== turn.actor.userId)?.displayName ?? "your partner";
        const reader = await turnReader(repos, turn);
        const lines = [
          `I logged your session with ${partner} on ${formatCalendarDate(parsed.data.date, reader.locale)}.`,
        ];
        if (actionItem) lines.push(actionLine(actionItem, reader));
        return { card: noticeCard("Session logged", lines) };
      },

      "actions.refresh": async (turn): Promise<CardActionResult> => ({ card: await myActions(turn) }),

      "action.done": async (turn): Promise<CardActionResult> => {
        const pairId = str(turn.data.pairId);
        const id = str(turn.data.actionItemId);
        if (turn.scope.kind === "pair" && turn.scope.pairId !== pairId)
          return { message: "I can't find that action item in this chat's pair." };
        const pair = await service.memberPair(turn.actor, pairId);
        const readItem = () =>
          pair && /^[A-Za-z0-9_-]{1,64}$/.test(id)
            ? repos.pairs.read<ActionItemDocument>(turn.actor.tenantId, pairId, `action:${id}`)
            : Promise.resolve(undefined);
        const first = await readItem();
        if (!first?._etag) return { message: "I can't find that action item any more." };
        const closed = pair ? readOnly(pair) : undefined;
        if (closed) return closed;
        // "Mark done" carries no ETag: someone editing the item meanwhile is re-read, not a failure.
        const changed = await retryOnConflict(async (attempt) => {
          const item = attempt === 0 ? first : await readItem();
          if (!item?._etag || item.done) return false;
          const now = clock.now().toISOString();
          await repos.pairs.replace<ActionItemDocument>(
            { ...item, done: true, doneAt: now, updatedAt: now },
            item._etag,
          );
          return true;
        });
        if (changed) await afterWrite(turn.actor.tenantId, pairId);
        return { card: await myActions(turn), shared: turn.scope.kind === "pair" };
      },

      "rhythm.snooze": async (turn): Promise<CardActionResult> => {
        const days = Number(turn.data.days) === 7 ? 7 : 1;
        const until = new Date(clock.now().getTime() + days * 24 * 3600 * 1000);
        await savePrefs(turn.actor, (p) => ({ ...p, snoozedUntil: until.toISOString() }));
        const reader = await turnReader(repos, turn);
        return {
          card: noticeCard(
            "Reminders snoozed",
            [`I'll hold your reminders until ${formatInstantFor(until, reader)}.`],
            [{ title: "Resume now", verb: "rhythm.resume" }],
          ),
        };
      },

      "rhythm.resume": async (turn): Promise<CardActionResult> => {
        await savePrefs(turn.actor, ({ snoozedUntil: _s, ...p }) => p);
        return { card: noticeCard("Reminders are back on", ["I'll let you know when something is due."]) };
      },

      "rhythm.mute": async (turn): Promise<CardActionResult> => {
        await savePrefs(turn.actor, (p) => ({ ...p, mutedAt: clock.now().toISOString() }));
        return {
          card: noticeCard(
            "Reminders are off",
            [
              "I won't send you reminders, check-ins or surveys. Your pair workspace still shows what is due.",
            ],
            [{ title: "Turn reminders back on", verb: "rhythm.unmute" }],
          ),
        };
      },

      "rhythm.unmute": async (turn): Promise<CardActionResult> => {
        await savePrefs(turn.actor, ({ mutedAt: _m, snoozedUntil: _s, ...p }) => p);
        return { card: noticeCard("Reminders are back on", ["I'll let you know when something is due."]) };
      },
    },
  };
}

const actionLine = (a: ActionItemDocument, reader: Reader) =>
  `Action item added: "${a.title}"${a.dueDate ? `, due ${formatCalendarDate(a.dueDate, reader.locale)}` : ""}.`;

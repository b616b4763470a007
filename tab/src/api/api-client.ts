import type {
  ActionItemDocument,
  ApproveResult,
  IntakeProgressView,
  MatchingView,
  MentorDirectoryView,
  MentorRequestView,
  ParticipationView,
  ProfileUpdateInput,
  ProfileView,
  ProposalView,
  AgreementDocument,
  AgreementTerms,
  CreateActionItemInput,
  CreateGoalInput,
  CreatePrivateNoteInput,
  CreateSessionInput,
  DevUser,
  GoalDocument,
  MyMentoringView,
  PairWorkspaceView,
  PrivateNoteDocument,
  SessionDocument,
  UpdateActionItemInput,
  UpdateGoalInput,
  UpdatePrivateNoteInput,
  UpdateSessionInput,
  WhyNotView,
} from "@baton/shared";
import { ApiError, networkError, parseApiError } from "./api-error";

export interface ApiClientOptions {
  /** The bearer token for the signed-in person (a Teams SSO token or a dev token). */
  getToken: () => Promise<string>;
  /** Called on any 401, so the app can return to sign-in. */
  onUnauthorized?: () => void;
  baseUrl?: string;
}

type Method = "GET" | "POST" | "PUT" | "PATCH";

const programPath = (programId: string, ...rest: string[]) =>
  ["/api/programs", encodeURIComponent(programId), ...rest.map(encodeURIComponent)].join("/");

const pairPath = (pairId: string, ...rest: string[]) =>
  ["/api/pairs", encodeURIComponent(pairId), ...rest.map(encodeURIComponent)].join("/");

/** Sends JSON without authentication (used before sign-in). */
export async function requestJson<T>(
  url: string,
  init: { method?: Method; body?: unknown; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
  } catch (cause) {
    throw networkError(cause);
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) throw parseApiError(response.status, text);
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(
      "server",
      response.status,
      "bad-json",
      "The server sent a response we could not read.",
    );
  }
}

export function createApiClient({ getToken, onUnauthorized, baseUrl = "" }: ApiClientOptions) {
  async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
    let token: string;
    try {
      token = await getToken();
    } catch (cause) {
      throw new ApiError(
        "unauthorized",
        401,
        "no-token",
        cause instanceof Error ? cause.message : "We could not sign you in.",
      );
    }
    try {
      return await requestJson<T>(baseUrl + path, { method, body, token });
    } catch (error) {
      if (error instanceof ApiError && error.kind === "unauthorized") onUnauthorized?.();
      throw error;
    }
  }

  return {
    me: () => call<MyMentoringView>("GET", "/api/me"),
    pair: (pairId: string) => call<PairWorkspaceView>("GET", pairPath(pairId)),

    saveAgreement: (pairId: string, etag: string, terms: AgreementTerms) =>
      call<AgreementDocument>("PUT", pairPath(pairId, "agreement"), { etag, terms }),
    confirmAgreement: (pairId: string, etag: string) =>
      call<AgreementDocument>("POST", pairPath(pairId, "agreement", "confirm"), { etag }),

    createGoal: (pairId: string, input: CreateGoalInput) =>
      call<GoalDocument>("POST", pairPath(pairId, "goals"), input),
    updateGoal: (pairId: string, goalId: string, input: UpdateGoalInput) =>
      call<GoalDocument>("PUT", pairPath(pairId, "goals", goalId), input),

    createActionItem: (pairId: string, input: CreateActionItemInput) =>
      call<ActionItemDocument>("POST", pairPath(pairId, "action-items"), input),
    updateActionItem: (pairId: string, actionItemId: string, input: UpdateActionItemInput) =>
      call<ActionItemDocument>("PATCH", pairPath(pairId, "action-items", actionItemId), input),

    createSession: (pairId: string, input: CreateSessionInput) =>
      call<SessionDocument>("POST", pairPath(pairId, "sessions"), input),
    updateSession: (pairId: string, sessionId: string, input: UpdateSessionInput) =>
      call<SessionDocument>("PATCH", pairPath(pairId, "sessions", sessionId), input),

    createPrivateNote: (pairId: string, input: CreatePrivateNoteInput) =>
      call<PrivateNoteDocument>("POST", pairPath(pairId, "private-notes"), input),
    updatePrivateNote: (pairId: string, noteId: string, input: UpdatePrivateNoteInput) =>
      call<PrivateNoteDocument>("PATCH", pairPath(pairId, "private-notes", noteId), input),

    profile: () => call<ProfileView>("GET", "/api/me/profile"),
    saveProfile: (input: ProfileUpdateInput) => call<ProfileView>("PUT", "/api/me/profile", input),
    pause: (until?: string) => call<ParticipationView>("POST", "/api/me/pause", until ? { until } : {}),
    resume: () => call<ParticipationView>("POST", "/api/me/resume", {}),
    rejoin: () => call<ParticipationView>("POST", "/api/me/rejoin", {}),
    leave: (deleteProfile: boolean) => call<ParticipationView>("POST", "/api/me/leave", { deleteProfile }),

    intakeProgress: (programId: string) => call<IntakeProgressView>("GET", programPath(programId, "intake")),
    matching: (programId: string) => call<MatchingView>("GET", programPath(programId, "matching")),
    whyNot: (programId: string, menteeId: string, mentorId: string) =>
      call<WhyNotView>(
        "GET",
        `${programPath(programId, "matching", "why-not")}?${new URLSearchParams({ menteeId, mentorId })}`,
      ),
    runMatching: (programId: string, mode: "fast" | "certify") =>
      call<MatchingView>("POST", programPath(programId, "matching", "runs"), { mode }),
    updateProposal: (
      programId: string,
      menteeId: string,
      etag: string,
      status: "proposed" | "locked" | "excluded",
    ) =>
      call<ProposalView>("PATCH", programPath(programId, "matching", "proposals", menteeId), {
        etag,
        status,
      }),
    pickMentor: (programId: string, menteeId: string, mentorId: string) =>
      call<ProposalView>("POST", programPath(programId, "matching", "proposals", menteeId, "pick"), {
        mentorId,
      }),
    approveMatches: (programId: string, selection: { menteeIds: string[] } | { all: true }) =>
      call<ApproveResult>("POST", programPath(programId, "matching", "approve"), selection),

    mentors: (programId: string, skillId?: string) =>
      call<MentorDirectoryView>(
        "GET",
        programPath(programId, "mentors") + (skillId ? `?skill=${encodeURIComponent(skillId)}` : ""),
      ),
    mentorRequests: (programId: string) =>
      call<{ asMentee: MentorRequestView | null; asMentor: MentorRequestView[] }>(
        "GET",
        `/api/mentor-requests?programId=${encodeURIComponent(programId)}`,
      ),
    requestMentor: (programId: string, mentorId: string, message?: string) =>
      call<MentorRequestView & { delivery: string }>("POST", "/api/mentor-requests", {
        programId,
        mentorId,
        ...(message ? { message } : {}),
      }),
    answerMentorRequest: (request: MentorRequestView, answer: "accept" | "decline") =>
      call<{ request: MentorRequestView; message: string }>(
        "POST",
        `/api/mentor-requests/${encodeURIComponent(request.requestId)}/answer`,
        { programId: request.programId, menteeId: request.menteeId, answer },
      ),
    withdrawMentorRequest: (programId: string, requestId: string) =>
      call<MentorRequestView>("POST", `/api/mentor-requests/${encodeURIComponent(requestId)}/withdraw`, {
        programId,
      }),

    chatPair: (chatId: string) =>
      call<{ pairId: string }>("GET", `/api/chats/${encodeURIComponent(chatId)}/pair`),
    linkChat: (chatId: string, pairId: string) =>
      call<{ pairId: string }>("PUT", `/api/chats/${encodeURIComponent(chatId)}/pair`, { pairId }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Sign-in endpoints for local development and browser tests; the server turns them off in production. */
export const devApi = {
  config: () => requestJson<{ devSignIn: boolean }>("/api/config"),
  users: () => requestJson<DevUser[]>("/api/dev/users"),
  signIn: (userId: string) =>
    requestJson<{ token: string }>("/api/dev/signin", { method: "POST", body: { userId } }),
};

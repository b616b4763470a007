import type {
  DashboardTable,
  DashboardView,
  KnowledgeRiskExact,
  PinnableProgram,
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
  BatonSettingsView,
  CreateProgramInput,
  PersonView,
  ProgramSetupView,
  ProgramStatus,
  JoinableProgramView,
  JoinRequestView,
  ProgramSummary,
  ShareTargetView,
  UpdateSetupInput,
  ClosingReflectionInput,
  DeletableKind,
  DeletedItemView,
  PatchGoalInput,
  PatchMilestoneInput,
  ClosingView,
  PairHealthView,
  ProgramDocument,
  MyDataExport,
  ErasureView,
} from "@baton/shared";
import { ApiError, networkError, parseApiError } from "./api-error";
import { resourcesApi } from "../resources/resources-api";

export interface ApiClientOptions {
  /** The bearer token for the signed-in person (a Teams SSO token or a dev token). */
  getToken: () => Promise<string>;
  /** Called on any 401, so the app can return to sign-in. */
  onUnauthorized?: () => void;
  baseUrl?: string;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A setup change: the fields that change and the ETag of the last read. */
export type SetupPatch = Omit<UpdateSetupInput, "etag">;

const programPath = (programId: string, ...rest: string[]) =>
  ["/api/programs", encodeURIComponent(programId), ...rest.map(encodeURIComponent)].join("/");

const pairPath = (pairId: string, ...rest: string[]) =>
  ["/api/pairs", encodeURIComponent(pairId), ...rest.map(encodeURIComponent)].join("/");

/** A deletable item of a pair: its kind, id, and (for a milestone) its goal. */
export interface RemovableRef {
  kind: DeletableKind;
  id: string;
  goalId?: string;
}

const removableSegments: Record<Exclude<DeletableKind, "milestone">, string> = {
  goal: "goals",
  actionItem: "action-items",
  session: "sessions",
  privateNote: "private-notes",
};

function removablePath(item: RemovableRef): string[] {
  if (item.kind === "milestone") return ["goals", item.goalId ?? "", "milestones", item.id];
  return [removableSegments[item.kind], item.id];
}

/** Sends JSON without authentication (used before sign-in). */
export async function requestJson<T>(
  url: string,
  init: { method?: Method; body?: unknown; token?: string; ifMatch?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.ifMatch) headers["If-Match"] = init.ifMatch;
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

/** The dashboard's filters: a cohort (`2026-Q1`, default all) and a date range. */
export interface DashboardFilter {
  cohort?: string;
  from?: string;
  to?: string;
}

function filterQuery(filter: DashboardFilter & { table?: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function createApiClient({ getToken, onUnauthorized, baseUrl = "" }: ApiClientOptions) {
  async function call<T>(method: Method, path: string, body?: unknown, ifMatch?: string): Promise<T> {
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
      return await requestJson<T>(baseUrl + path, { method, body, token, ifMatch });
    } catch (error) {
      if (error instanceof ApiError && error.kind === "unauthorized") onUnauthorized?.();
      throw error;
    }
  }

  return {
    resources: resourcesApi(call),
    me: () => call<MyMentoringView>("GET", "/api/me"),
    /** My data (issue 15): everything Baton holds about me, and its erasure (200 done, 202 running). */
    myDataExport: () => call<MyDataExport>("GET", "/api/me/export"),
    eraseMyData: () => call<ErasureView>("POST", "/api/me/erase", { confirm: "erase my data" }),
    erasureState: () => call<ErasureView>("GET", "/api/me/erase"),
    programRetention: (programId: string) =>
      call<{ line: string; dueAt: string | null; erasedAt: string | null }>(
        "GET",
        programPath(programId, "retention"),
      ),
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

    patchGoal: (pairId: string, goalId: string, etag: string, input: Omit<PatchGoalInput, "etag">) =>
      call<GoalDocument>("PATCH", pairPath(pairId, "goals", goalId), input, etag),
    patchMilestone: (
      pairId: string,
      goalId: string,
      milestoneId: string,
      etag: string,
      input: Omit<PatchMilestoneInput, "etag">,
    ) =>
      call<GoalDocument>("PATCH", pairPath(pairId, "goals", goalId, "milestones", milestoneId), input, etag),
    /** Deletes a pair's item under its ETag; the answer says until when it can be restored. */
    deleteItem: (pairId: string, item: RemovableRef, etag: string) =>
      call<DeletedItemView>("DELETE", pairPath(pairId, ...removablePath(item)), undefined, etag),
    /** Restores a deleted item (within the window); the answer is the item (a goal for a milestone). */
    restoreItem: <T = unknown>(pairId: string, item: RemovableRef) =>
      call<T>("POST", pairPath(pairId, ...removablePath(item), "restore"), {}),

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

    settings: () => call<BatonSettingsView>("GET", "/api/settings"),
    saveSettings: (
      etag: string,
      change: { adminIds?: string[]; creatorIds?: string[]; programCreation?: "anyone" | "listed" },
    ) => call<BatonSettingsView>("PATCH", "/api/settings", { ...change, etag }),
    people: (q: string) => call<PersonView[]>("GET", `/api/people?q=${encodeURIComponent(q)}`),
    myPrograms: () => call<ProgramSummary[]>("GET", "/api/programs"),
    createProgram: (input: CreateProgramInput) => call<ProgramSetupView>("POST", "/api/programs", input),
    programSetup: (programId: string) => call<ProgramSetupView>("GET", programPath(programId, "setup")),
    saveProgramSetup: (programId: string, etag: string, patch: SetupPatch) =>
      call<ProgramSetupView>("PATCH", programPath(programId, "setup"), { ...patch, etag }),
    saveProgramPeople: (
      programId: string,
      etag: string,
      people: { ownerIds?: string[]; sponsorIds?: string[] },
    ) => call<ProgramSetupView>("PUT", programPath(programId, "people"), { ...people, etag }),
    moveProgram: (programId: string, to: ProgramStatus) =>
      call<ProgramSetupView>("POST", programPath(programId, "status"), { to }),
    shareTargets: (programId: string) =>
      call<ShareTargetView[]>("GET", programPath(programId, "share-targets")),
    shareProgram: (programId: string, conversationId: string, requestId: string) =>
      call<{ outcome: string }>("POST", programPath(programId, "share"), { conversationId, requestId }),
    joinablePrograms: () => call<JoinableProgramView[]>("GET", "/api/me/joinable-programs"),
    joinProgram: (programId: string) => call<JoinRequestView>("POST", programPath(programId, "join"), {}),
    programAbout: (programId: string) =>
      call<ProgramSummary & { audience: string }>("GET", programPath(programId, "about")),
    // Closing a cycle, pair health and the next cohort (bot/src/programs/closing-routes.ts).
    pairHealth: (programId: string) => call<PairHealthView>("GET", programPath(programId, "pairs")),
    closePair: (programId: string, pairId: string) =>
      call<{ status: string }>("POST", programPath(programId, "pairs", pairId, "close"), {}),
    closeCycle: (programId: string) =>
      call<{ closing: number; programStatus?: ProgramStatus }>(
        "POST",
        programPath(programId, "close-cycle"),
        {},
      ),
    startNextCohort: (programId: string, cohortStart: string, cohortEnd: string) =>
      call<{ program: ProgramDocument; asked: number }>("POST", programPath(programId, "next-cohort"), {
        cohortStart,
        cohortEnd,
      }),
    closing: (pairId: string) => call<ClosingView>("GET", pairPath(pairId, "closing")),
    saveClosing: (pairId: string, input: ClosingReflectionInput) =>
      call<ClosingView>("PUT", pairPath(pairId, "closing"), input),

    chatPair: (chatId: string) =>
      call<{ pairId: string }>("GET", `/api/chats/${encodeURIComponent(chatId)}/pair`),
    linkChat: (chatId: string, pairId: string) =>
      call<{ pairId: string }>("PUT", `/api/chats/${encodeURIComponent(chatId)}/pair`, { pairId }),

    dashboard: (programId: string, filter: DashboardFilter = {}) =>
      call<DashboardView>("GET", `${programPath(programId, "dashboard")}${filterQuery(filter)}`),
    /** One dashboard table as CSV text (UTF-8 with a byte-order mark), for a download. */
    dashboardCsv: async (programId: string, table: DashboardTable, filter: DashboardFilter = {}) => {
      const token = await getToken();
      const query = filterQuery({ ...filter, table });
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${programPath(programId, "dashboard.csv")}${query}`, {
          headers: { Authorization: `Bearer ${token}` },
          cache: "no-store",
        });
      } catch (cause) {
        throw networkError(cause);
      }
      if (!response.ok) {
        const error = parseApiError(response.status, await response.text().catch(() => ""));
        if (error.kind === "unauthorized") onUnauthorized?.();
        throw error;
      }
      return response.blob();
    },
    knowledgeRisk: (programId: string) =>
      call<KnowledgeRiskExact>("GET", programPath(programId, "knowledge-risk")),
    pinnableDashboards: () => call<PinnableProgram[]>("GET", "/api/dashboards"),
    pinDashboard: (channelId: string, programId: string) =>
      call<{ channelId: string; programId: string }>(
        "PUT",
        `/api/channels/${encodeURIComponent(channelId)}/dashboard`,
        { programId },
      ),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Sign-in endpoints for local development and browser tests; the server turns them off in production. */
export const devApi = {
  config: () => requestJson<{ devSignIn: boolean }>("/api/config"),
  users: () => requestJson<DevUser[]>("/api/dev/users"),
  /** A demo person, or anyone in any tenant (`tenantId` and `displayName` for a brand-new person). */
  signIn: (userId: string, extra: { tenantId?: string; displayName?: string } = {}) =>
    requestJson<{ token: string }>("/api/dev/signin", { method: "POST", body: { userId, ...extra } }),
};

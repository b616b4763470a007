import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { Agent } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import { pairLink } from "@baton/shared";
import type { BatonConfig } from "./config";
import { createLogger, type Logger } from "./observability/logger";
import { requestLogging } from "./observability/request-logging";
import { startTelemetry, type Telemetry } from "./observability/telemetry";
import { DevSignIn } from "./auth/dev-signin";
import { TokenValidator } from "./auth/token-validator";
import { authenticate } from "./api/authenticate";
import { devRoutes } from "./api/dev-routes";
import { apiErrorHandler } from "./api/http-errors";
import { intakeRoutes } from "./api/intake-routes";
import { meRoutes } from "./api/me-routes";
import { profileRoutes } from "./api/profile-routes";
import { pairRoutes } from "./api/pair-routes";
import { pathGuard } from "./api/path-guard";
import { messagesEndpoint } from "./bot/messages-endpoint";
import { BatonBot } from "./bot/baton-bot";
import { helpFeature } from "./bot/help-feature";
import { createAdapter } from "./bot/create-adapter";
import { intakeFeature } from "./features/intake/intake-feature";
import { connectCosmos, type CosmosConnection } from "./data/cosmos-connection";
import { LocalDurability } from "./data/local-durability";
import { createRepositories, type Repositories } from "./data/repositories";
import { seedDemo } from "./demo/seed-demo";
import { matchingRoutes } from "./api/matching-routes";
import { mentorDirectoryRoutes } from "./api/mentor-directory-routes";
import type { ProactiveSender } from "./bot/proactive-sender";
import { matchingFeature } from "./features/matching/matching-feature";
import { ChemistryCheckService, chemistryDigestEntry } from "./matching/chemistry-check";
import { MatchingService } from "./matching/matching-service";
import { MentorDirectoryService } from "./matching/mentor-directory";
import { MentorRequestService } from "./matching/mentor-requests";
import { checkInFeature } from "./features/check-in/check-in-feature";
import { surveyFeature } from "./features/surveys/survey-feature";
import { RhythmRuntime, type RhythmOptions } from "./rhythm/rhythm-runtime";
import { systemClock, type Clock } from "./services/actor";
import { IntakeProgressService } from "./services/intake-progress-service";
import { MyMentoringService } from "./services/my-mentoring-service";
import { PairWorkspaceService } from "./services/pair-workspace-service";
import { ParticipationService } from "./services/participation-service";
import { ProfileService } from "./services/profile-service";
import { messagingExtensionFeature } from "./messaging-extension/messaging-extension-feature";
import { ProgramIndex } from "./messaging-extension/program-index";
import { ResourceRepository } from "./resources/resource-repository";
import { resourceRoutes } from "./resources/resource-routes";
import { ResourceService } from "./resources/resource-service";
import { PeopleDirectory } from "./programs/people-directory";
import { ProgramService } from "./programs/program-service";
import { programRoutes, rememberCaller } from "./programs/program-routes";
import { programsFeature } from "./programs/programs-feature";
import { SettingsService } from "./programs/settings-service";
import { JoinFromTab } from "./programs/join-from-tab";
import { createProgramClosing } from "./programs/closing-wiring";
import { DashboardRepository } from "./dashboard/dashboard-repository";
import { dashboardRoutes } from "./dashboard/dashboard-routes";
import { DashboardRuntime, type DashboardOptions } from "./dashboard/dashboard-runtime";
import { DashboardService } from "./dashboard/dashboard-service";
import { createMyData, type MyDataOptions } from "./my-data/my-data-wiring";
import { RequestBackfill } from "./matching/request-backfill";
import { myDataFeature, myDataLink } from "./my-data/my-data-feature";

export interface BatonServer {
  url: string;
  repos: Repositories;
  cosmos: CosmosConnection;
  /** Reminders, check-ins and surveys: tests drive `rhythm.runOnce()`; timers only with `rhythm.autoStart`. */
  rhythm: RhythmRuntime;
  /** Dashboard summaries: tests call `dashboard.flush()` then `dashboard.runOnce()`. */
  dashboard: DashboardRuntime;
  /** Erasure (`erasure.resumeAll()`) and the retention job (`retention.runOnce()`). */
  myData: ReturnType<typeof createMyData>;
  /** Gives requests made before expiry existed one (ADR 0020); daily with retention, tests call `runOnce()`. */
  requestBackfill: RequestBackfill;
  /** Every REST route under `/api` (method and Express path), e.g. for tests that walk them all. */
  apiRoutes: ApiRoute[];
  /** Requests being answered right now (bot turns included). */
  inFlight(): number;
  /**
   * Graceful stop: refuses new connections, `/readyz` says 503, the scheduler stops, in-flight requests
   * and turns finish (up to `drainMs`, default 8 s; then their connections are closed), then the store closes.
   */
  stop(options?: { drainMs?: number }): Promise<{ drained: number; cutOff: number }>;
}

export interface ApiRoute {
  method: string;
  path: string;
}

export interface ServerOptions {
  clock?: Clock;
  /** Overrides the token validator (tests use local signing keys). */
  tokenValidator?: TokenValidator;
  snapshotIntervalMs?: number;
  /** Local Cosmos only: fsync each write-ahead record (default). In-process test servers turn it off. */
  localFsync?: boolean;
  log?: (message: string) => void;
  /** Structured logs (pino, JSON lines on stdout by default). */
  logger?: Logger;
  /** Metrics; default: Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set, else none. */
  telemetry?: Telemetry;
  rhythm?: RhythmOptions;
  /** An HTTPS agent for the Cosmos client only (a benchmark's local endpoint with a self-signed certificate). */
  cosmosAgent?: Agent;
  dashboard?: DashboardOptions;
  /** Erasure and retention (tests set a short lease, a halt point or a fake clock). */
  myData?: MyDataOptions;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_TAB_DIST = path.resolve(here, "../../tab/dist");

const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com";

/** Starts Baton: Cosmos (embedded or Azure), the bot endpoint, the REST API and the built tab, on one port. */
export async function startBatonServer(
  config: BatonConfig,
  options: ServerOptions = {},
): Promise<BatonServer> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const log = options.log ?? ((m: string) => logger.info(m));
  const telemetry = options.telemetry ?? (await startTelemetry(config.appInsightsConnectionString));
  const cosmos = await connectCosmos(config.cosmos, options.cosmosAgent);
  const localDataDir = config.cosmos.mode === "local" ? config.cosmos.dataDir : undefined;
  const durability =
    localDataDir && cosmos.local
      ? await LocalDurability.open(cosmos.container, cosmos.local.server, localDataDir, {
          fsync: options.localFsync ?? true,
        })
      : undefined;
  if (durability && durability.restored > 0)
    log(`Restored ${durability.restored} documents and logged writes from ${localDataDir}.`);
  const repos = createRepositories(cosmos.container);
  const dashboardRepo = new DashboardRepository(repos.store);
  const dashboard = new DashboardRuntime(
    dashboardRepo,
    clock,
    () => repos.reminders.tenants(),
    options.dashboard,
    log,
  );
  repos.store.observe(dashboard.onWrite);
  if (config.seedDemo && (await seedDemo(repos, clock))) log("Seeded the demo tenant (contoso-demo).");

  const devSignIn = config.devSignIn ? new DevSignIn() : undefined;
  const validator =
    options.tokenValidator ??
    new TokenValidator({ audiences: config.sso.audiences, ...(devSignIn ? { devSignIn } : {}) });

  const app = express();
  app.disable("x-powered-by");
  app.use((_req, res, next) => {
    // Browsers must not guess content types, and links out of Baton carry no path (it names pairs).
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  });
  // The erase routes read any JSON (a bare string too), so a wrong body is a 400 naming `confirm`.
  const erasePaths = ["/api/me/erase", "/api/admin/people/:userId/erase"];
  app.use(erasePaths, express.json({ strict: false, limit: "4kb" }));
  app.use(erasePaths, (_error: unknown, req: express.Request, _res: express.Response, next: () => void) => {
    req.body = {};
    next();
  });
  app.use(express.json({ limit: "256kb" }));
  app.use(requestLogging(logger, telemetry));

  // In-flight requests (bot turns included), so that a stop can wait for them.
  let inFlight = 0;
  let draining = false;
  const idle: (() => void)[] = [];
  app.use((req, res, next) => {
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (--inFlight === 0) for (const wake of idle.splice(0)) wake();
    };
    res.once("finish", finish);
    res.once("close", finish);
    if (draining) res.setHeader("Connection", "close");
    next();
  });

  /** Liveness: the process answers. App Service's health check. */
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  /** Readiness: this instance can serve (Cosmos DB answers within 3 s, not stopping). */
  app.get("/readyz", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    if (draining) {
      res.status(503).json({ status: "stopping" });
      return;
    }
    const reachable = await cosmosReachable(cosmos, 3000);
    res
      .status(reachable ? 200 : 503)
      .json(reachable ? { status: "ready" } : { status: "unavailable", cosmos: "unreachable" });
  });

  const adapter = createAdapter(config.bot, logger);
  // Matching sends through the rhythm runtime's reliable sender (created below; used only later).
  const matchingSender: ProactiveSender = { send: (m) => rhythm.sender.send(m) };
  let publicUrl = "";
  const closing = createProgramClosing({
    repos,
    clock,
    sender: matchingSender,
    planPair: (tenantId, pairId) => rhythm.planner.planPair(tenantId, pairId, clock.now()),
  });
  const matchingDeps = {
    repos,
    sender: matchingSender,
    // The rhythm runtime's delivery queue (created below; used only later).
    get queue() {
      return rhythm.queue;
    },
    pairChanged: closing.pairChanged,
    pairUrl: (id: string) =>
      pairLink({ teamsAppId: config.teamsAppId, publicUrl: config.publicUrl ?? publicUrl }, id),
  };
  const chemistry = new ChemistryCheckService(matchingDeps, clock);
  const mentorRequests = new MentorRequestService(matchingDeps, clock);
  const workspace = new PairWorkspaceService(repos, clock);
  const programIndex = new ProgramIndex(repos.store);
  const tabHosts = () =>
    [config.publicUrl ?? publicUrl, publicUrl].flatMap((u) => (u ? [new URL(u).host] : []));
  const people = new PeopleDirectory(repos.programs, clock);
  const settings = new SettingsService(repos.programs, people, clock);
  const programs = new ProgramService({
    programs: repos.programs,
    people,
    settings,
    sender: matchingSender,
    links: { teamsAppId: config.teamsAppId, publicUrl: () => config.publicUrl ?? publicUrl },
    clock,
  });
  const programsBot = { repos, programs: repos.programs, service: programs, sender: matchingSender, clock };
  const bot = new BatonBot(
    repos,
    clock,
    [
      messagingExtensionFeature({
        repos,
        index: programIndex,
        workspace,
        requests: mentorRequests,
        clock,
        pairUrl: matchingDeps.pairUrl,
        tabHosts,
      }),
      programsFeature(programsBot),
      intakeFeature(repos, clock),
      checkInFeature(repos, clock, closing.pairChanged),
      surveyFeature(repos, clock),
      matchingFeature(mentorRequests, chemistry),
      closing.feature(),
      myDataFeature(() =>
        myDataLink({ teamsAppId: config.teamsAppId, publicUrl: config.publicUrl ?? publicUrl }),
      ),
      helpFeature,
    ],
    (actor) => people.remember(actor),
    matchingSender,
  );
  const rhythm = new RhythmRuntime(
    repos,
    clock,
    adapter,
    config.bot.appId,
    { chemistryCheck: chemistryDigestEntry, lifecycle: closing.lifecycle, logger, ...options.rhythm },
    log,
  );
  const requestBackfill = new RequestBackfill(repos, mentorRequests.lifecycle, clock);
  const myData = createMyData({
    repos,
    clock,
    people,
    endPair: (pair, at) => chemistry.endWithoutFault(pair, at),
    tell: (m, purpose) => rhythm.queue.sendOrQueue(m, purpose),
    pairChanged: closing.pairChanged,
    options: options.myData,
    log,
    alsoDaily: [{ name: "Mentor request expiry backfill", run: () => requestBackfill.runOnce() }],
  });
  // A mentor request Teams never delivered: the mentee's request says so instead of waiting forever.
  // No request without an end (ADR 0020): the reminder and expiry are written when they come due, and
  // requests to a mentor who fills up or stops mentoring close after the write that did it.
  rhythm.queue.onPrepare("mentor-request-reminder", mentorRequests.lifecycle.remind);
  rhythm.queue.onPrepare("mentor-request-expiry", mentorRequests.lifecycle.expire);
  repos.store.onWrite(mentorRequests.lifecycle.onWrite);
  rhythm.queue.onGiveUp("mentor-request", async (entry) => {
    if (entry.purpose.kind !== "mentor-request") return;
    const { programId, menteeId, requestId } = entry.purpose;
    await mentorRequests.markUndeliverable(entry.tenantId, programId, menteeId, requestId);
  });
  app.head("/api/messages", (_req, res) => {
    res.sendStatus(200);
  });
  app.post(
    "/api/messages",
    messagesEndpoint(adapter, (context) => bot.run(context), logger),
  );

  const api = express.Router();
  api.get("/config", (_req, res) => {
    res.json({ devSignIn: Boolean(devSignIn), ssoClientId: config.sso.clientId || null });
  });
  api.use(pathGuard);
  if (devSignIn) api.use(devRoutes(devSignIn));
  api.use(authenticate(validator));
  api.use(rememberCaller(people));
  const joinFromTab = new JoinFromTab({
    repos,
    clock,
    queue: () => rhythm.queue,
    botAppId: config.bot.appId || undefined,
  });
  api.use(programRoutes(programs, settings, people, joinFromTab));
  api.use(pairRoutes(workspace, closing.pairChanged));
  api.use(closing.routes());
  api.use(resourceRoutes(new ResourceService(repos, new ResourceRepository(repos.store), clock)));
  api.use(myData.routes());
  api.use(meRoutes(new MyMentoringService(repos, clock)));
  api.use(profileRoutes(new ProfileService(repos, clock), new ParticipationService(repos, clock)));
  api.use(intakeRoutes(new IntakeProgressService(repos, clock)));
  api.use(matchingRoutes(timedMatching(new MatchingService(matchingDeps, clock), telemetry), mentorRequests));
  api.use(dashboardRoutes(new DashboardService(dashboardRepo, dashboard, clock)));
  api.use(mentorDirectoryRoutes(new MentorDirectoryService(repos, clock), mentorRequests));
  api.use((_req, res) => {
    res.status(404).json({ error: { code: "not-found", message: "No such API route." } });
  });
  app.use("/api", api);
  app.use("/api", apiErrorHandler);
  const apiRoutes = routesOf(api as unknown as { stack: RouterLayer[] });

  const tabDist = config.tabDistDir ?? DEFAULT_TAB_DIST;
  if (existsSync(tabDist)) {
    app.use((_req, res, next) => {
      res.setHeader("Content-Security-Policy", FRAME_ANCESTORS);
      next();
    });
    app.use(express.static(tabDist, { index: false, maxAge: "1h" }));
    app.get(["/", "/tab", "/tab/*", "/privacy", "/terms"], (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(tabDist, "index.html"));
    });
  } else {
    app.get("/", (_req, res) => {
      res.type("text").send("The tab is not built yet: run `npm run build:tab`.");
    });
  }
  app.use(apiErrorHandler);

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  publicUrl = url;

  // Writes are durable through the write-ahead log; the checkpoint only keeps the log short.
  const checkpoint = () => durability?.checkpoint().catch((e) => log(`Checkpoint failed: ${e}`));
  const timer = durability ? setInterval(checkpoint, options.snapshotIntervalMs ?? 30_000) : undefined;
  timer?.unref();

  rhythm.start();
  dashboard.start();
  myData.start();
  // Reminders sent / deferred / failed / throttled, as deltas of the sender's counters.
  let reported = { ...rhythm.sender.stats };
  const reportReminders = setInterval(() => {
    const now = { ...rhythm.sender.stats };
    for (const outcome of ["sent", "deferred", "failed", "throttled"] as const)
      if (now[outcome] > reported[outcome]) telemetry.reminder(outcome, now[outcome] - reported[outcome]);
    if (now.sent > reported.sent || now.deferred > reported.deferred)
      logger.info(
        {
          reminders: { sent: now.sent, deferred: now.deferred, failed: now.failed, throttled: now.throttled },
        },
        "reminders",
      );
    reported = now;
  }, 30_000);
  reportReminders.unref();
  let stopping: Promise<{ drained: number; cutOff: number }> | undefined;
  const stop = async (drainMs: number) => {
    draining = true;
    const drained = inFlight;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    myData.stop();
    await Promise.all([rhythm.stop(), dashboard.stop()]);
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => (inFlight === 0 ? resolve() : idle.push(resolve))),
      new Promise<void>((resolve) => (deadline = setTimeout(resolve, drainMs))),
    ]);
    clearTimeout(deadline);
    const cutOff = inFlight;
    server.closeAllConnections();
    await closed;
    if (timer) clearInterval(timer);
    clearInterval(reportReminders);
    await durability?.close();
    await cosmos.close();
    return { drained: drained - cutOff, cutOff };
  };
  return {
    url,
    repos,
    cosmos,
    rhythm,
    dashboard,
    myData,
    requestBackfill,
    apiRoutes,
    inFlight: () => inFlight,
    stop(options = {}) {
      stopping ??= stop(options.drainMs ?? 8000);
      return stopping;
    },
  };
}

/** Whether the container answers a read within `timeoutMs`. */
async function cosmosReachable(cosmos: CosmosConnection, timeoutMs: number): Promise<boolean> {
  let timeout: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      cosmos.container.read().then(() => true),
      new Promise<boolean>((resolve) => (timeout = setTimeout(() => resolve(false), timeoutMs))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timeout);
  }
}

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

/** The routes of an Express router and the routers mounted in it (Express 4 keeps them in `stack`). */
function routesOf(router: { stack?: RouterLayer[] }): ApiRoute[] {
  return (router.stack ?? []).flatMap((layer): ApiRoute[] => {
    if (layer.route)
      return Object.keys(layer.route.methods).map((m) => ({
        method: m.toUpperCase(),
        path: layer.route!.path,
      }));
    return layer.handle?.stack ? routesOf(layer.handle) : [];
  });
}

/** Matching run durations (the run's outcome, never its content) go to the metrics. */
function timedMatching(service: MatchingService, telemetry: Telemetry): MatchingService {
  const run = service.run.bind(service);
  service.run = async (...args) => {
    const started = performance.now();
    try {
      const view = await run(...args);
      telemetry.matchingRun(performance.now() - started, "ok");
      return view;
    } catch (error) {
      telemetry.matchingRun(performance.now() - started, "error");
      throw error;
    }
  };
  return service;
}

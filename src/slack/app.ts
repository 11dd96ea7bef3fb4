import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Config } from '../config.js';
import type { LogFn } from '../logger.js';
import type { ServiceContext } from '../services/context.js';
import { registerActionItemActions } from './nurture/action-item-actions.js';
import { registerRepostLogAction } from './nurture/repost-log-action.js';
import { registerEraseActions } from './admin/erase-actions.js';
import { registerAgendaActions } from './nurture/agenda-actions.js';
import { registerAgreementEditAction } from './engage/agreement-edit.js';
import {
  registerChecklistAction,
  registerMoreIcebreakersAction,
  registerSuggestNurtureAction,
} from './engage/checklist-actions.js';
import { registerGoalStepActions } from './prepare/goal-step-actions.js';
import { registerHistoryActions } from './pairs/history-actions.js';
import { registerNudgeActions } from './scheduling/nudge-actions.js';
import { registerPrepareActions } from './prepare/prepare-actions.js';
import { registerWrapUpActions } from './evaluate/wrap-up-actions.js';
import { registerWrapUpConfirmAction } from './evaluate/wrap-up-confirm.js';
import { registerMentorCommand } from './pairs/mentor-command.js';
import { registerMentorLogCommand } from './nurture/mentor-log-command.js';
import { registerWrapUpCommand } from './evaluate/wrap-up-command.js';
import { registerAppHome } from './pairs/app-home-event.js';
import { registerPulse } from './pulse/register.js';
import { registerWorkspaceEvents } from './admin/workspace-events.js';
import { registerMemberEvents } from './pairs/member-events.js';
import { deliveryGuard } from './platform/delivery-guard.js';
import { boltLogger } from './platform/bolt-logger.js';
import { AlwaysAckApp, guardRequests } from './platform/http-guard.js';
import { LookupPacer, type PaceClock } from './platform/lookup-pacer.js';
import { SlackGateway } from './platform/slack-gateway.js';
import { workspaceActive } from './platform/workspace-active.js';
import { noteWorkspaceActiveQuietly } from '../services/admin/workspace.js';
import { UserDirectory } from './platform/user-directory.js';
import { registerAgreementSubmission } from './engage/agreement-submission.js';
import { registerGoalPlanSubmission } from './prepare/goal-plan-submission.js';
import { registerInventorySubmission } from './prepare/inventory-submission.js';
import { registerMeetingLogSubmission } from './nurture/meeting-log-submission.js';
import { registerContinueCycleSubmission } from './evaluate/continue-cycle.js';
import { registerReflectionSubmission } from './evaluate/reflection-submission.js';
import { registerFirstWeeksActions } from './nurture/first-weeks-actions.js';
import { registerBulkActions } from './programme/bulk-actions.js';
import { registerProgrammeHomeActions } from './programme/home-actions.js';
import { registerProgrammeViews } from './programme/programme-views.js';

export interface SlackAppOptions {
  config: Config;
  /** Whether the database answers; /healthz reports it. */
  isHealthy: () => Promise<boolean>;
  logLevel?: LogLevel;
  /** Where Bolt's own lines go (through our redaction); Bolt's console logger when absent. */
  log?: LogFn;
  /** How bulk lookups wait for their turn (a test's clock, moved rather than slept on); real time by default. */
  paceClock?: PaceClock;
}

export interface SlackApp {
  app: App;
  gateway: SlackGateway;
  register(ctx: ServiceContext): void;
  /** Starts listening; returns the HTTP port (the health port in Socket Mode). */
  start(): Promise<number>;
  /** Stops accepting requests; listeners already under way go on (see drain). */
  stop(): Promise<void>;
  /** Waits up to `ms` for the listeners under way; true when they all finished. */
  drain(ms: number): Promise<boolean>;
}

/** Per attempt of an interactive Web API call. */
export const INTERACTIVE_TIMEOUT_MS = 10_000;

/** Bolt in HTTP mode (POST /slack/events, signed) or Socket Mode when an app token is configured. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config } = options;
  const socketMode = config.slack.appToken !== undefined;
  const customRoutes = [{ path: '/healthz', method: ['GET'], handler: healthHandler(options.isHealthy) }];
  const logLevel = options.logLevel ?? LogLevel.INFO;
  const logger = options.log === undefined ? undefined : boltLogger(options.log, logLevel);
  const app = new AlwaysAckApp({
    token: config.slack.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.slack.appToken, installerOptions: { port: config.port }, customRoutes }
      : { receiver: httpReceiver(config.slack.signingSecret ?? '', customRoutes, logLevel, logger) }),
    ...(logger === undefined ? {} : { logger }),
    // Verify the token at start, where a bad token can stop start-up with one clear line.
    deferInitialization: true,
    logLevel,
    clientOptions: {
      slackApiUrl: config.slack.apiUrl,
      // People are waiting on these calls: a few quick retries, never Slack's default half hour.
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 },
      // Each attempt ends; a slow Slack costs one request, not a listener held for ever.
      timeout: INTERACTIVE_TIMEOUT_MS,
      // A 429 fails only the call it answered (the person hears when to try again); by default the
      // client would pause its whole queue, everybody's requests and users.info lookups, for Retry-After.
      rejectRateLimitedCalls: true,
    },
  });
  const users = new UserDirectory(app.client, config.defaultTimezone);
  const gateway = new SlackGateway(app.client, users, undefined, new LookupPacer(options.paceClock));
  let server: { address(): AddressInfo | string | null } | undefined;
  let registered: ServiceContext | undefined;

  return {
    app,
    gateway,
    register(ctx) {
      registered = ctx;
      // A signed request from a workspace that had removed the app: it is back (issue 12, point 7).
      app.use(workspaceActive(ctx));
      // Before any listener: a command or click Slack delivers twice is carried out once.
      app.use(deliveryGuard(ctx));
      registerMentorCommand(app, ctx);
      registerMentorLogCommand(app, ctx);
      registerWrapUpCommand(app, ctx);
      registerWrapUpConfirmAction(app, ctx);
      registerWrapUpActions(app, ctx);
      registerReflectionSubmission(app, ctx);
      registerContinueCycleSubmission(app, ctx);
      registerNudgeActions(app, ctx);
      registerAgendaActions(app, ctx);
      registerMoreIcebreakersAction(app, ctx);
      registerChecklistAction(app, ctx);
      registerSuggestNurtureAction(app, ctx);
      registerMeetingLogSubmission(app, ctx);
      registerActionItemActions(app, ctx);
      registerRepostLogAction(app, ctx);
      registerEraseActions(app, ctx);
      registerAgreementSubmission(app, ctx);
      registerAgreementEditAction(app, ctx);
      registerPrepareActions(app, ctx);
      registerGoalStepActions(app, ctx);
      registerHistoryActions(app, ctx);
      registerGoalPlanSubmission(app, ctx);
      registerInventorySubmission(app, ctx);
      registerWorkspaceEvents(app, ctx);
      registerMemberEvents(app, ctx);
      registerAppHome(app, ctx);
      registerPulse(app, ctx);
      registerFirstWeeksActions(app, ctx);
      // Running a programme (issue 17).
      registerBulkActions(app, ctx);
      registerProgrammeHomeActions(app, ctx);
      registerProgrammeViews(app, ctx);
    },
    async start() {
      await app.init();
      // The token works: the workspace it belongs to has the app, whatever it said before.
      const ctx = registered;
      if (ctx !== undefined) {
        void app.client.auth.test().then(
          (answer) => (typeof answer.team_id === 'string' ? noteWorkspaceActiveQuietly(ctx, answer.team_id) : undefined),
          (error: unknown) => ctx.log('auth.test failed after start', { error: String(error) }),
        );
      }
      const started = (await app.start(config.port)) as unknown;
      server = isServer(started) ? started : undefined;
      const address = server?.address();
      return typeof address === 'object' && address !== null ? address.port : config.port;
    },
    async stop() {
      await app.stop();
    },
    drain: (ms) => app.drain(ms),
  };
}

/** Bolt's HTTP receiver, behind the checks it leaves out (see http-guard.ts). */
function httpReceiver(
  signingSecret: string,
  customRoutes: ConstructorParameters<typeof HTTPReceiver>[0]['customRoutes'],
  logLevel: LogLevel,
  logger: ReturnType<typeof boltLogger> | undefined,
): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, customRoutes, logLevel, ...(logger === undefined ? {} : { logger }) });
  guardRequests(receiver, signingSecret, { ...(logger === undefined ? {} : { warn: (message: string) => logger.warn(message) }) });
  return receiver;
}

function isServer(value: unknown): value is { address(): AddressInfo | string | null } {
  return typeof value === 'object' && value !== null && typeof (value as { address?: unknown }).address === 'function';
}

function healthHandler(isHealthy: () => Promise<boolean>) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    void isHealthy().then((ok) => {
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'database_unavailable' }));
    });
  };
}

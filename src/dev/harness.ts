import { randomBytes } from 'node:crypto';
import { LogLevel } from '@slack/bolt';
import { type MentorCoach, startMentorCoach } from '../app.js';
import type { Config } from '../config.js';
import type { LogFn } from '../logger.js';
import { type PassResult, runSchedulerPass } from '../scheduler/worker.js';
import type { PaceClock } from '../slack/platform/lookup-pacer.js';
import { createSchedulerGateway } from '../slack/platform/scheduler-gateway.js';
import type { DatabaseHandle } from '../storage/db/database.js';
import { SlackRequests } from './slack-requests.js';
import { SlackStandIn, type StandInUser } from './slack-stand-in.js';

export interface Harness {
  standIn: SlackStandIn;
  coach: MentorCoach;
  slack: SlackRequests;
  config: Config;
  appUrl: string;
  /** Resolves once the app has answered `count` response URLs in all (its replies come after the ack). */
  waitForResponses(count: number): Promise<Array<Record<string, unknown>>>;
  /** One scheduler pass at a fixed time, as `npm run tick -- --at` would run it. */
  tick(at: Date): Promise<PassResult>;
  /** Resolves once `check` holds, for effects that follow an ack; fails after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  database: DatabaseHandle;
  users: StandInUser[];
  adminUserIds?: string[];
  /** ADMIN_USERGROUP: the handle of a user group added to the stand-in (`standIn.addUserGroup`). */
  adminUserGroup?: string;
  clock?: () => Date;
  log?: LogFn;
  /** What Bolt itself logs (to `log`); default errors only. */
  slackLogLevel?: LogLevel;
  /** KEEP_CHANNELS_OPEN: closing a pair leaves its channel open. */
  keepChannelsOpen?: boolean;
  /** PULSE_CHECKS: the private questions and mentor tips (default off here, so other tests count only their own jobs). */
  pulse?: boolean;
  /** RETENTION_DAYS: closed pairs are erased by the scheduler that many days after closing. */
  retentionDays?: number;
  /** DEFAULT_HORIZON_MONTHS for this app (default: unset, six months). */
  defaultHorizonMonths?: number;
  /** How bulk lookups wait their turn: a test's clock, moved on instead of slept on (default real time). */
  paceClock?: PaceClock;
}

/** The real app over HTTP, signed requests in, a Slack Web API stand-in on loopback out. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const standIn = await SlackStandIn.start({ users: options.users });
  const signingSecret = randomBytes(16).toString('hex');
  const config: Config = {
    slack: { botToken: standIn.token, appToken: undefined, signingSecret, apiUrl: standIn.apiUrl },
    port: 0,
    databaseUrl: undefined,
    dataDir: '',
    adminUserIds: options.adminUserIds ?? [],
    ...(options.adminUserGroup === undefined ? {} : { adminUserGroup: options.adminUserGroup }),
    defaultTimezone: 'UTC',
    keepChannelsOpen: options.keepChannelsOpen === true,
    pulseChecks: options.pulse === true,
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
    ...(options.defaultHorizonMonths === undefined ? {} : { defaultHorizonMonths: options.defaultHorizonMonths }),
  };
  let coach: MentorCoach;
  try {
    coach = await startMentorCoach(config, {
      database: options.database,
      clock: options.clock,
      log: options.log ?? (() => undefined),
      slackLogLevel: options.slackLogLevel ?? LogLevel.ERROR,
      scheduler: false,
      ...(options.paceClock === undefined ? {} : { paceClock: options.paceClock }),
    });
  } catch (error) {
    await standIn.stop();
    throw error;
  }
  const appUrl = `http://127.0.0.1:${coach.port}`;
  const slack = new SlackRequests({ appUrl, signingSecret, standIn });

  const waitFor = async <T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting for the app');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const schedulerSlack = createSchedulerGateway(config, coach.ctx.log);
  return {
    tick: (at) => runSchedulerPass({ ...coach.ctx, slack: schedulerSlack, clock: () => at }, at),
    standIn,
    coach,
    slack,
    config,
    appUrl,
    waitFor,
    waitForResponses: (count) =>
      waitFor(() => standIn.responses.length >= count && standIn.responses.map((response) => response.body)),
    async stop() {
      await coach.stop();
      await standIn.stop();
    },
  };
}

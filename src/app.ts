import type { LogLevel } from '@slack/bolt';
import { catalogs, checkCatalogs } from './content/index.js';
import { type Config, DEFAULT_SHUTDOWN_GRACE_MS } from './config.js';
import { createLogger, type LogFn, redactingLogger } from './logger.js';
import type { ServiceContext } from './services/context.js';
import { startScheduler } from './scheduler/cron.js';
import { createSlackApp } from './slack/app.js';
import type { PaceClock } from './slack/platform/lookup-pacer.js';
import { createSchedulerGateway } from './slack/platform/scheduler-gateway.js';
import { type DatabaseHandle, openDatabase } from './storage/db/database.js';
import { Keyring } from './storage/sealing/field-cipher.js';
import { templateFor } from './storage/db/embedded-template.js';
import { migrate } from './storage/db/migrator.js';
import { assertNotesReadable } from './storage/sealing/notes-keys.js';

export interface MentorCoach {
  ctx: ServiceContext;
  database: DatabaseHandle;
  /** The port actually listened on (useful with PORT=0). */
  port: number;
  /**
   * Stops accepting requests, lets the listeners and the scheduler pass under way finish (for at most
   * SHUTDOWN_GRACE_MS), then closes the database.
   */
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  log?: LogFn;
  slackLogLevel?: LogLevel;
  /** An already-open database (tests, demo); otherwise opened from the config. */
  database?: DatabaseHandle;
  /** Run the every-minute scheduler in this process (default true; tests drive passes themselves). */
  scheduler?: boolean;
  /** How bulk Slack lookups wait their turn (tests: their fixed clock, moved on); real time by default. */
  paceClock?: PaceClock;
}

/** The composition root: config -> database -> services -> Slack app. */
export async function startMentorCoach(config: Config, options: StartOptions = {}): Promise<MentorCoach> {
  checkCatalogs(catalogs);
  const log = redactingLogger(options.log ?? createLogger(), [config.slack.botToken, config.slack.signingSecret, config.slack.appToken]);
  const database =
    options.database ??
    (await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir }, {
      keyring: config.notesKeys && Keyring.fromKeys(config.notesKeys.current, config.notesKeys.previous),
      ...(config.databaseUrl ? {} : { template: await templateFor(config.dataDir) }),
    }));
  try {
    await migrate(database).catch((error: unknown) => {
      const where = config.databaseUrl ? 'DATABASE_URL' : `the embedded database in ${config.dataDir}`;
      throw new Error(`could not prepare ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    // Before anyone is served: a missing or wrong key stops here, not as garbage in a member's Home.
    await assertNotesReadable(database.db, database.keyring?.ids);
    const slack = createSlackApp({ config, isHealthy: () => database.ping(), logLevel: options.slackLogLevel, log, ...(options.paceClock === undefined ? {} : { paceClock: options.paceClock }) });
    const ctx: ServiceContext = {
      db: database.db,
      slack: slack.gateway,
      adminUserIds: config.adminUserIds,
      ...(config.adminUserGroup === undefined ? {} : { adminUserGroup: config.adminUserGroup }),
      defaultTimezone: config.defaultTimezone,
      keepChannelsOpen: config.keepChannelsOpen === true,
      pulse: config.pulseChecks !== false,
      ...(config.retentionDays === undefined ? {} : { retentionDays: config.retentionDays }),
      ...(config.defaultHorizonMonths === undefined ? {} : { defaultHorizonMonths: config.defaultHorizonMonths }),
      clock: options.clock ?? (() => new Date()),
      log,
    };
    slack.register(ctx);
    const port = await slack.start();
    const scheduler =
      options.scheduler === false ? undefined : startScheduler({ ...ctx, slack: createSchedulerGateway(config, log) });
    return {
      ctx,
      database,
      port,
      async stop() {
        const deadline = Date.now() + (config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
        const left = () => Math.max(0, deadline - Date.now());
        const [, , drained] = await Promise.all([
          scheduler?.stop(left()),
          // Closing the server waits for open connections: a client keeping one open cannot hold the stop.
          atMost(
            slack.stop().catch((error: unknown) => log('could not stop the Slack receiver', { error: String(error) })),
            left(),
          ),
          slack.drain(left()),
        ]);
        if (!drained) log('stopping with requests still under way', { graceMs: config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS });
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

/** `work`, or nothing once `ms` have passed. */
async function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

import type { LogLevel } from '@slack/bolt';
import { catalogs, checkCatalogs } from './content/index.js';
import type { Config } from './config.js';
import { createLogger, type LogFn, redactingLogger } from './logger.js';
import type { ServiceContext } from './services/context.js';
import { startScheduler } from './scheduler/cron.js';
import { createSlackApp } from './slack/app.js';
import { createSchedulerGateway } from './slack/scheduler-gateway.js';
import { type DatabaseHandle, openDatabase } from './storage/database.js';
import { templateFor } from './storage/embedded-template.js';
import { migrate } from './storage/migrator.js';

export interface MentorCoach {
  ctx: ServiceContext;
  database: DatabaseHandle;
  /** The port actually listened on (useful with PORT=0). */
  port: number;
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
}

/** The composition root: config -> database -> services -> Slack app. */
export async function startMentorCoach(config: Config, options: StartOptions = {}): Promise<MentorCoach> {
  checkCatalogs(catalogs);
  const log = redactingLogger(options.log ?? createLogger(), [config.slack.botToken, config.slack.signingSecret, config.slack.appToken]);
  const database =
    options.database ??
    (config.databaseUrl
      ? await openDatabase({ url: config.databaseUrl })
      : await openDatabase({ dataDir: config.dataDir }, { template: await templateFor(config.dataDir) }));
  try {
    await migrate(database).catch((error: unknown) => {
      const where = config.databaseUrl ? 'DATABASE_URL' : `the embedded database in ${config.dataDir}`;
      throw new Error(`could not prepare ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    const slack = createSlackApp({ config, isHealthy: () => database.ping(), logLevel: options.slackLogLevel, log });
    const ctx: ServiceContext = {
      db: database.db,
      slack: slack.gateway,
      adminUserIds: config.adminUserIds,
      defaultTimezone: config.defaultTimezone,
      keepChannelsOpen: config.keepChannelsOpen === true,
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
        await scheduler?.stop();
        await slack.stop();
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

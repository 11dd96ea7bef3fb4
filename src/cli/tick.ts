/**
 * `npm run tick -- [--at ISO-8601] [--dry-run]`: one scheduler pass, for an external cron or to
 * preview what would be sent at a given time. A dry run reads only: it sends and changes nothing.
 */
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { type Config, ConfigError, loadConfig, loadDatabaseTarget } from '../config.js';
import { createLogger, redactingLogger } from '../logger.js';
import { runSchedulerPass } from '../scheduler/worker.js';
import { createSchedulerGateway } from '../slack/platform/scheduler-gateway.js';
import { type DatabaseHandle, embeddedDatabaseExists, openDatabase } from '../storage/db/database.js';
import { Keyring } from '../storage/sealing/field-cipher.js';
import { listDueJobs } from '../storage/scheduling/job.repository.js';
import { migrate } from '../storage/db/migrator.js';
import { assertNotesReadable } from '../storage/sealing/notes-keys.js';
import { oneLine } from './failure.js';

const USAGE = 'usage: npm run tick -- [--at ISO-8601] [--dry-run]';

function parseOptions(): { now: Date; dryRun: boolean } {
  const { values } = parseArgs({ options: { at: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  if (values.at === undefined) return { now: new Date(), dryRun: values['dry-run'] === true };
  const at = DateTime.fromISO(values.at, { setZone: true });
  if (!at.isValid) throw new Error(`--at must be an ISO-8601 time such as 2026-12-01T09:00:00Z, not "${values.at}"`);
  return { now: at.toJSDate(), dryRun: values['dry-run'] === true };
}

async function dryRun(database: DatabaseHandle, now: Date): Promise<void> {
  const due = await listDueJobs(database.db, now).catch((error: unknown) => {
    throw new Error(`could not read the jobs (${error instanceof Error ? error.message : String(error)}); has npm run migrate run?`);
  });
  process.stdout.write(`${due.length} job(s) due at ${now.toISOString()} (dry run: nothing sent, nothing changed)\n`);
  for (const job of due) {
    process.stdout.write(`${job.runAt.toISOString()}  #${job.id}  ${job.kind}  pair ${job.pairId ?? '-'}  ${job.dedupeKey}\n`);
  }
}

async function tick(database: DatabaseHandle, config: Config, now: Date): Promise<void> {
  await migrate(database);
  await assertNotesReadable(database.db, database.keyring?.ids);
  const log = redactingLogger(createLogger(), [config.slack.botToken, config.slack.signingSecret]);
  const ctx = {
    db: database.db,
    slack: createSchedulerGateway(config, log),
    adminUserIds: config.adminUserIds,
    defaultTimezone: config.defaultTimezone,
    ...(config.retentionDays === undefined ? {} : { retentionDays: config.retentionDays }),
    clock: () => now,
    log,
  };
  const result = await runSchedulerPass(ctx, now);
  process.stdout.write(
    `tick at ${now.toISOString()}: ${result.claimed} claimed, ${result.done} sent, ${result.cancelled} cancelled, ` +
      `${result.postponed} postponed, ${result.retried} to retry, ${result.failed} failed\n`,
  );
}

try {
  const options = parseOptions();
  // A dry run lists jobs only: it needs neither Slack credentials nor the notes' key.
  const config = options.dryRun ? undefined : loadConfig(process.env, { receivesRequests: false });
  const keys = config?.notesKeys;
  const target = loadDatabaseTarget();
  // A tick reads and sends; it never creates a database (an embedded one is some 40 MB of files).
  if ('dataDir' in target && !embeddedDatabaseExists(target.dataDir)) {
    throw new Error(`no database in ${target.dataDir}, so its tables are missing: run npm run migrate or npm start first, or set DATA_DIR or DATABASE_URL`);
  }
  const database = await openDatabase(target, { keyring: keys && Keyring.fromKeys(keys.current, keys.previous) });
  try {
    await (config === undefined ? dryRun(database, options.now) : tick(database, config, options.now));
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  else process.stderr.write(`tick: ${oneLine(error)} (${USAGE})\n`);
  process.exit(1);
}

import { type Config, ConfigError, loadConfig } from './config.js';

let config: Config | undefined;

async function main(): Promise<void> {
  config = loadConfig();
  // Settings are checked before the app's modules load, so a bad one is reported in milliseconds.
  const [{ startMentorCoach }, { createLogger }] = await Promise.all([import('./app.js'), import('./logger.js')]);
  const log = createLogger({ level: config.logLevel });
  const coach = await startMentorCoach(config, { log });
  const mode = config.slack.appToken ? 'socket mode' : `HTTP on port ${coach.port} (POST /slack/events)`;
  log('mentor coach started', {
    mode,
    database: coach.database.kind,
    // The embedded folder, for one process only; with DATABASE_URL, just that.
    data: coach.database.location,
    notes: coach.database.keyring ? `encrypted (key id ${coach.database.keyring.current.id})` : 'not encrypted',
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal while stopping: the operator does not want to wait.
    if (stopping) {
      log('stopped before in-flight work ended', { signal });
      process.exit(1);
    }
    stopping = true;
    log('stopping', { signal });
    coach.stop().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log('stopped with an error', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** One line that says what to fix, instead of a stack trace. */
function startupFailure(error: unknown): string {
  const failure = error as { code?: string; data?: { error?: string } };
  if (failure.data?.error) return `Slack refused SLACK_BOT_TOKEN (${failure.data.error})`;
  if (failure.code === 'slack_webapi_request_error') return `could not reach Slack at ${config?.slack.apiUrl}`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  } else {
    process.stderr.write(`mentor coach could not start: ${startupFailure(error)}\n`);
  }
  process.exit(1);
});

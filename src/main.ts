import { type Config, ConfigError, loadConfig } from './config.js';

let config: Config | undefined;

async function main(): Promise<void> {
  config = loadConfig();
  // Settings are checked before the app's modules load, so a bad one is reported in milliseconds.
  const [{ startMentorCoach }, { createLogger }] = await Promise.all([import('./app.js'), import('./logger.js')]);
  const log = createLogger({ level: config.logLevel });
  const coach = await startMentorCoach(config, { log });
  const mode = config.slack.appToken ? 'socket mode' : `HTTP on port ${coach.port} (POST /slack/events)`;
  log('mentor coach started', { mode, database: coach.database.kind });
  const shutdown = (signal: string) => {
    log('stopping', { signal });
    coach.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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

import { startMentorCoach } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const log = createLogger();

async function main(): Promise<void> {
  const config = loadConfig();
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  } else {
    const data = (error as { data?: { error?: string } }).data;
    const reason = data?.error ? `Slack answered ${data.error}` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`mentor coach could not start: ${reason}\n`);
  }
  process.exit(1);
});

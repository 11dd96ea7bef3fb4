import { ConfigError, loadDatabaseTarget } from '../config.js';
import { openDatabase } from '../storage/database.js';
import { migrate } from '../storage/migrator.js';

let target: ReturnType<typeof loadDatabaseTarget>;
try {
  // Only the database settings matter here: migrations run without any Slack credentials.
  target = loadDatabaseTarget();
} catch (error) {
  if (error instanceof ConfigError) for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  process.exit(1);
}

const handle = await openDatabase(target).catch((error: unknown) => {
  // A folder another process holds, say: one line, not a stack trace.
  process.stderr.write(`migrate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
try {
  const result = await migrate(handle);
  const where = 'url' in target ? 'Postgres (DATABASE_URL)' : `embedded database in ${target.dataDir}`;
  const applied = result.applied.length > 0 ? `: ${result.applied.join(', ')}` : '';
  process.stdout.write(`${where}: applied ${result.applied.length} migration(s)${applied}; ${result.alreadyApplied.length} already applied.\n`);
} finally {
  await handle.close();
}

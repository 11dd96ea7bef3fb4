import { ConfigError, loadDatabaseTarget } from '../config.js';
import { openDatabase } from '../storage/db/database.js';
import { templateFor } from '../storage/db/embedded-template.js';
import { migrate } from '../storage/db/migrator.js';
import { oneLine } from './failure.js';

let target: ReturnType<typeof loadDatabaseTarget>;
try {
  // Only the database settings matter here: migrations run without any Slack credentials.
  target = loadDatabaseTarget();
} catch (error) {
  if (error instanceof ConfigError) for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  process.exit(1);
}

const where = 'url' in target ? 'Postgres (DATABASE_URL)' : `embedded database in ${target.dataDir}`;
try {
  const handle = 'url' in target ? await openDatabase(target) : await openDatabase(target, { template: await templateFor(target.dataDir) });
  try {
    const result = await migrate(handle);
    const applied = result.applied.length > 0 ? `: ${result.applied.join(', ')}` : '';
    process.stdout.write(`${where}: applied ${result.applied.length} migration(s)${applied}; ${result.alreadyApplied.length} already applied.\n`);
  } finally {
    await handle.close();
  }
} catch (error) {
  process.stderr.write(`migrate: could not migrate the ${where}: ${oneLine(error)}\n`);
  process.exit(1);
}

import { z } from 'zod';
import { openDatabase } from '../storage/database.js';
import { migrate } from '../storage/migrator.js';

// Only the database settings matter here: migrations run without any Slack credentials.
const env = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a postgres:// or postgresql:// URL').optional(),
    DATA_DIR: z.string().min(1).default('./data'),
  })
  .safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')));

if (!env.success) {
  for (const issue of env.error.issues) process.stderr.write(`config: ${issue.message}\n`);
  process.exit(1);
}

const target = env.data.DATABASE_URL ? { url: env.data.DATABASE_URL } : { dataDir: env.data.DATA_DIR };
const handle = await openDatabase(target);
try {
  const result = await migrate(handle);
  const where = 'url' in target ? 'Postgres (DATABASE_URL)' : `embedded database in ${env.data.DATA_DIR}`;
  process.stdout.write(`${where}: applied ${result.applied.length} migration(s)${result.applied.length ? `: ${result.applied.join(', ')}` : ''}; ${result.alreadyApplied.length} already applied.\n`);
} finally {
  await handle.close();
}

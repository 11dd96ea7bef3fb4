/**
 * The embedded database's floor (`node dist/bench/floor-pglite.js`): a bare PGlite, in memory with its
 * defaults, and `select 1`. Tells the bench over IPC when it answered, then waits so its RSS can be read.
 */
import { PGlite } from '@electric-sql/pglite';

export type PgliteFloorMessage = { type: 'ready' };

const db = await PGlite.create();
await db.query('select 1');
const ready: PgliteFloorMessage = { type: 'ready' };
process.send?.(ready);
process.once('SIGTERM', () => void db.close().then(() => process.exit(0)));

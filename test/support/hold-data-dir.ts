/** Opens the embedded database in DATA_DIR and holds it until killed, as a running app would. */
import { openDatabase } from '../../src/storage/db/database.js';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
await openDatabase({ dataDir });
process.stdout.write(`holding ${process.pid}\n`);
setInterval(() => undefined, 60_000);

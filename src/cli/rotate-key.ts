/**
 * `npm run rotate-key -- [--batch-size N]`: encrypts every note with one key, while the app runs.
 *
 * Keys come from the environment only (a flag would show in `ps` and in shell history):
 * - NEW_NOTES_ENCRYPTION_KEY, else NOTES_ENCRYPTION_KEY: the key every note ends up encrypted with;
 * - NOTES_ENCRYPTION_KEY and NOTES_ENCRYPTION_PREVIOUS_KEYS: keys the notes may be encrypted with now.
 * Plain notes (written before any key was set) are encrypted too. Run it again after an interruption:
 * it picks up the notes still to do.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadDatabaseTarget, loadRotationKeys } from '../config.js';
import { openDatabase } from '../storage/db/database.js';
import { Keyring } from '../storage/sealing/field-cipher.js';
import { migrate } from '../storage/db/migrator.js';
import { assertNotesReadable, keyIdsInUse } from '../storage/sealing/notes-keys.js';
import { resealNotes } from '../storage/sealing/rotation.js';

const USAGE = 'usage: npm run rotate-key -- [--batch-size N]';

function batchSize(): number {
  const { values } = parseArgs({ options: { 'batch-size': { type: 'string' } } });
  const raw = values['batch-size'] ?? '100';
  const size = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || size < 1) throw new Error(`--batch-size must be a whole number from 1 to 99999, not "${raw}"`);
  return size;
}

try {
  const size = batchSize();
  const keys = loadRotationKeys();
  const keyring = Keyring.fromKeys(keys.target, keys.readable);
  const database = await openDatabase(loadDatabaseTarget(), { keyring });
  try {
    await migrate(database);
    // Every note must open before any is rewritten: a key missing from the list stops here.
    await assertNotesReadable(database.db, keyring.ids);
    const done = await resealNotes(database.db, keyring, {
      batchSize: size,
      onBatch: ({ table, rows }) => process.stdout.write(`${table}: ${rows} row(s) encrypted with key ${keyring.current.id}\n`),
    });
    const total = Object.values(done).reduce((sum, rows) => sum + rows, 0);
    const left = (await keyIdsInUse(database.db)).filter((id) => id !== keyring.current.id);
    process.stdout.write(
      `rotate-key: ${total} row(s) re-encrypted; every note is now encrypted with key ${keyring.current.id}` +
        (left.length > 0 ? ` except notes written meanwhile with key ${left.join(', ')}: run it again` : '') +
        '\n',
    );
    if (left.length > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) for (const problem of error.problems) process.stderr.write(`config: ${problem}\n`);
  else process.stderr.write(`rotate-key: ${error instanceof Error ? error.message : String(error)} (${USAGE})\n`);
  process.exit(1);
}

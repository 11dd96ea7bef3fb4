/**
 * The notes key as an operator meets it, in child processes configured by their environment only:
 * `npm start` refuses a missing, wrong or malformed key with one line; `npm run rotate-key` moves
 * every note to a new key and, run again, finds nothing left to do. DATABASE_URL (a server database
 * of this file's own) when TEST_DATABASE_URL is set, else DATA_DIR (closed before each child opens it).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, type OpenOptions } from '../../src/storage/db/database.js';
import { Keyring } from '../../src/storage/sealing/field-cipher.js';
import { findMeetingLog, insertMeetingLog } from '../../src/storage/nurture/meeting-log.repository.js';
import { migrate } from '../../src/storage/db/migrator.js';
import { keyIdsInUse } from '../../src/storage/sealing/notes-keys.js';
import { createServerDatabaseUrl } from '../support/database.js';
import { runNodeScript } from '../support/scheduler.js';

interface Target {
  env: Record<string, string>;
  open(options?: OpenOptions): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const server = await createServerDatabaseUrl();
  if (server) return { env: { DATABASE_URL: server.url }, open: (o) => openDatabase({ url: server.url }, o), dispose: () => server.drop() };
  const dir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-keys-'));
  return { env: { DATA_DIR: dir }, open: (o) => openDatabase({ dataDir: dir }, o), dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function withDatabase<T>(target: Target, options: OpenOptions, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await target.open(options);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function run(script: string, env: Record<string, string>) {
  const child = runNodeScript(script, [], env);
  const exit = await child.exited;
  return { code: exit.code, stdout: child.stdout(), lines: child.stderr().trim().split('\n').filter((line) => line !== '') };
}

const OLD_KEY = randomBytes(32);
const NEW_KEY = randomBytes(32);
const OLD = Keyring.fromKeys(OLD_KEY);
const NEW = Keyring.fromKeys(NEW_KEY);
const b64 = (key: Buffer) => key.toString('base64');
// Start-up stops at the key check, before it would call Slack: nothing listens at this address.
const APP_ENV = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret-secret', PORT: '0', SLACK_API_URL: 'http://127.0.0.1:9/api/' };

describe('the notes key at start-up and in npm run rotate-key', { timeout: 240_000 }, () => {
  let target: Target;
  let logId: number;

  beforeAll(async () => {
    target = await createTarget();
    logId = await withDatabase(target, { keyring: OLD }, async (handle) => {
      await migrate(handle);
      const pair = await handle.db.insertInto('pairs').values({ team_id: 'T1', mentor_id: 'U1', mentee_id: 'U2', created_by: 'U0' }).returning('id').executeTakeFirstOrThrow();
      const log = await insertMeetingLog(handle.db, { pairId: pair.id, authorId: 'U2', summary: 'Sealed summary', achievements: null, nextSteps: null, nextMeetingOn: null, privateNote: 'Sealed note', source: 'command' });
      return log.id;
    });
  }, 240_000);

  afterAll(async () => {
    await target?.dispose();
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['no key', {}, /^mentor coach could not start: NOTES_ENCRYPTION_KEY is not set, but the database holds notes encrypted with key id [0-9a-f]{8}: /],
    ['the wrong key', { NOTES_ENCRYPTION_KEY: b64(NEW_KEY) }, /^mentor coach could not start: NOTES_ENCRYPTION_KEY does not match the notes in the database \(encrypted with key id [0-9a-f]{8}\)/],
    ['a malformed key', { NOTES_ENCRYPTION_KEY: 'c2hvcnQ=' }, /^config: NOTES_ENCRYPTION_KEY must be 32 bytes once decoded, not 5 /],
  ])('npm start with %s stops with one line', async (_name, keyEnv, line) => {
    const result = await run('src/main.ts', { ...target.env, ...APP_ENV, ...keyEnv });
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(line);
    expect(result.lines[0]).not.toContain(b64(NEW_KEY));
    if (!keyEnv.NOTES_ENCRYPTION_KEY?.startsWith('c2')) expect(result.lines[0]).toContain(OLD.current.id);
  });

  it('rotate-key moves every note to the new key; the old key alone no longer opens them; again, it changes nothing', async () => {
    const first = await run('src/cli/rotate-key.ts', { ...target.env, NOTES_ENCRYPTION_KEY: b64(OLD_KEY), NEW_NOTES_ENCRYPTION_KEY: b64(NEW_KEY) });
    expect(first.lines).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`rotate-key: 1 row(s) re-encrypted; every note is now encrypted with key ${NEW.current.id}`);
    await withDatabase(target, { keyring: NEW }, async (handle) => {
      expect(await keyIdsInUse(handle.db)).toEqual([NEW.current.id]);
      expect(await findMeetingLog(handle.db, logId)).toMatchObject({ summary: 'Sealed summary', privateNote: 'Sealed note' });
    });
    const again = await run('src/cli/rotate-key.ts', { ...target.env, NOTES_ENCRYPTION_KEY: b64(NEW_KEY) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('rotate-key: 0 row(s) re-encrypted');
    const wrong = await run('src/main.ts', { ...target.env, ...APP_ENV, NOTES_ENCRYPTION_KEY: b64(OLD_KEY) });
    expect(wrong.code).toBe(1);
    expect(wrong.lines).toEqual([expect.stringContaining(`encrypted with key id ${NEW.current.id}`)]);
  });

  it('rotate-key refuses without any key, naming the variables', async () => {
    const result = await run('src/cli/rotate-key.ts', target.env);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual(['config: NOTES_ENCRYPTION_KEY (or NEW_NOTES_ENCRYPTION_KEY) is required: the key to encrypt the notes with']);
  });
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { lockDataDir, secureDataDir } from './data-dir.js';
import { withinDeadline } from './database-errors.js';
import { translatingUnavailable } from './unavailable-dialect.js';
import type { Keyring } from '../sealing/field-cipher.js';
import { SealedColumnsPlugin } from '../sealing/sealed-columns.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'embedded';
  /** Where the data lives, for the start log: the embedded folder's absolute path, or 'DATABASE_URL'. */
  location: string;
  /** The keys notes are sealed and opened with; undefined: written plain (NOTES_ENCRYPTION_KEY unset). */
  keyring: Keyring | undefined;
  /** Runs a multi-statement SQL script (a migration) inside the given transaction. */
  execScript(trx: Transaction<Database>, script: string): Promise<void>;
  /** Embedded only: the whole database as a tarball, loadable with `template` (see embedded-template.ts). */
  dumpDataDir?(): Promise<Blob>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const DATE_OID = 1082;

// Both drivers must hand the same shapes to the repositories: counts as numbers, dates as
// 'yyyy-mm-dd' text (a Date would shift the day with the server's zone).
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

export interface OpenOptions {
  /** NOTES_ENCRYPTION_KEY and any previous keys; unset: notes are written plain. */
  keyring?: Keyring;
  /** Embedded only: a migrated database (PGlite dump) to start from when the folder holds none yet. */
  template?: Blob;
}

/** Whether an embedded database already lives in this folder (initdb writes PG_VERSION first). */
export function embeddedDatabaseExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'));
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  return 'url' in target ? openPostgres(target.url, options.keyring) : openEmbedded(target, options);
}

function openPostgres(url: string, keyring: Keyring | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A server that is down or unreachable fails fast, well inside Slack's three seconds.
    connectionTimeoutMillis: 2_000,
    // A connection that stops answering (a network cut, a stalled proxy) must not hold a request or a
    // scheduler pass forever. Every query of this app takes milliseconds, but one may wait its turn for
    // a pair's row behind other writers of that pair, each slow when the database is: hence 30 s.
    query_timeout: 30_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8_OID) return parseInt8;
        if (oid === DATE_OID) return keepText;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // Nor one in use: pg fails its query and then also emits 'error' on the client, which, with no
  // listener while the pool has it checked out, would be an uncaught exception.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: translatingUnavailable(new PostgresDialect({ pool })), plugins: [new SealedColumnsPlugin(keyring)] });
  return {
    db,
    kind: 'postgres',
    location: 'DATABASE_URL',
    keyring,
    // A parameterless query goes through pg's simple protocol, which accepts several statements.
    execScript: async (trx, script) => {
      await sql.raw(script).execute(trx);
    },
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function openEmbedded(target: { dataDir: string } | { memory: true }, options: OpenOptions): Promise<DatabaseHandle> {
  const dataDir = 'dataDir' in target ? target.dataDir : undefined;
  // A folder that already holds a database starts from it, never from the template.
  const template = dataDir !== undefined && embeddedDatabaseExists(dataDir) ? undefined : options.template;
  let lock: { release(): void } | undefined;
  if (dataDir !== undefined) {
    secureDataDir(dataDir);
    // Before PGlite touches the folder: a second process must not even start recovery on it.
    lock = lockDataDir(dataDir);
  }
  let pglite;
  let PGliteDialect;
  try {
    // Loaded only here: the embedded engine's module alone is some 50 MB of memory that a process
    // using PostgreSQL should not carry.
    const [{ PGlite }, dialect] = await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
    PGliteDialect = dialect.PGliteDialect;
    pglite = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(template === undefined ? {} : { loadDataDir: template }),
      parsers: { [INT8_OID]: parseInt8, [DATE_OID]: keepText },
      // Postgres's default 128 MB of shared buffers lives in the WebAssembly heap and is never
      // needed by one programme's data: 16 MB keeps a restarted process about 110 MB smaller.
      postgresqlconf: ['shared_buffers=16MB'],
    });
    // The engine lays its first files out with the process's umask: owner-only from the start.
    if (dataDir !== undefined) secureDataDir(dataDir);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: translatingUnavailable(new PGliteDialect(pglite)), plugins: [new SealedColumnsPlugin(options.keyring)] });
  return {
    db,
    kind: 'embedded',
    location: dataDir === undefined ? 'memory' : path.resolve(dataDir),
    keyring: options.keyring,
    // PGlite runs one statement per prepared query; exec() takes a whole script on the same session,
    // so it joins the transaction that kysely opened on PGlite's single connection.
    execScript: async (_trx, script) => {
      await pglite.exec(script);
    },
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
    ping: () => ping(db),
    close: async () => {
      try {
        await db.destroy();
        if (dataDir !== undefined) secureDataDir(dataDir);
      } finally {
        lock?.release();
      }
    },
  };
}

/** /healthz answers within this, whatever state the connection is in. */
const PING_DEADLINE_MS = 2_000;

async function ping(db: Db): Promise<boolean> {
  try {
    await withinDeadline(sql`select 1`.execute(db), PING_DEADLINE_MS);
    return true;
  } catch {
    return false;
  }
}

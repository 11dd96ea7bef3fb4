import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'embedded';
  /** Runs a multi-statement SQL script (a migration) inside the given transaction. */
  execScript(trx: Transaction<Database>, script: string): Promise<void>;
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

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return 'url' in target ? openPostgres(target.url) : openEmbedded(target);
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 2_000,
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    // A parameterless query goes through pg's simple protocol, which accepts several statements.
    execScript: async (trx, script) => {
      await sql.raw(script).execute(trx);
    },
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function openEmbedded(target: { dataDir: string } | { memory: true }): Promise<DatabaseHandle> {
  let dataDir: string | undefined;
  if ('dataDir' in target) {
    mkdirSync(target.dataDir, { recursive: true });
    dataDir = target.dataDir;
  }
  const pglite = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    parsers: { [INT8_OID]: parseInt8, [DATE_OID]: keepText },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'embedded',
    // PGlite runs one statement per prepared query; exec() takes a whole script on the same session,
    // so it joins the transaction that kysely opened on PGlite's single connection.
    execScript: async (_trx, script) => {
      await pglite.exec(script);
    },
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

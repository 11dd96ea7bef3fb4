import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { SEALED_JSON, SEALED_TEXT } from './field-cipher.js';
import { SEALED_TABLES } from './sealed-columns.js';

/** Start-up refuses: the configured keys cannot open notes the database holds. One line says why. */
export class NotesKeyError extends Error {
  constructor(
    readonly code: 'notes_key_missing' | 'notes_key_wrong',
    readonly keyIds: string[],
  ) {
    super(
      code === 'notes_key_missing'
        ? `NOTES_ENCRYPTION_KEY is not set, but the database holds notes encrypted with key id ${keyIds.join(', ')}: set the key they were written with`
        : `NOTES_ENCRYPTION_KEY does not match the notes in the database (encrypted with key id ${keyIds.join(', ')}): set that key, or list it in NOTES_ENCRYPTION_PREVIOUS_KEYS while rotating`,
    );
    this.name = 'NotesKeyError';
  }
}

/** Each sealed column's SQL for "the key id of this value, when it is sealed"; table and column names are ours. */
export function sealedValueSql(column: string, json: boolean): { value: string; keyId: string; sealed: string } {
  const value = json ? `(case when jsonb_typeof(${column}) = 'string' then ${column} #>> '{}' end)` : column;
  const prefix = json ? SEALED_JSON : SEALED_TEXT;
  return { value, keyId: `split_part(${value}, ':', 3)`, sealed: `${value} like '${prefix}%'` };
}

function sealedColumns(): Array<{ table: string; column: string; json: boolean }> {
  return Object.entries(SEALED_TABLES).flatMap(([table, columns]) => [
    ...columns.text.map((column) => ({ table, column, json: false })),
    ...columns.json.map((column) => ({ table, column, json: true })),
  ]);
}

/** The ids of every key some stored value is sealed with (a read of the sealed columns). */
export async function keyIdsInUse(db: DbOrTrx): Promise<string[]> {
  const selects = sealedColumns().map(({ table, column, json }) => {
    const v = sealedValueSql(column, json);
    return `select distinct ${v.keyId} as key_id from ${table} where ${v.sealed}`;
  });
  const result = await sql<{ key_id: string }>`${sql.raw(`select distinct key_id from (${selects.join(' union all ')}) used order by key_id`)}`.execute(db);
  return result.rows.map((row) => row.key_id);
}

/** Throws NotesKeyError unless every sealed value in the database can be opened with `keyIds`. */
export async function assertNotesReadable(db: DbOrTrx, keyIds: readonly string[] | undefined): Promise<void> {
  const used = await keyIdsInUse(db);
  const unknown = used.filter((id) => !keyIds?.includes(id));
  if (unknown.length === 0) return;
  throw new NotesKeyError(keyIds === undefined || keyIds.length === 0 ? 'notes_key_missing' : 'notes_key_wrong', unknown);
}

import type { Db, DbOrTrx } from './database.js';

/** Runs `work` in one transaction; repositories take whichever handle they are given. */
export function inTransaction<T>(db: Db, work: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

import type { Db, DbOrTrx } from './database.js';

/** SQLSTATEs of a transaction Postgres chose to abort so that another could go on: running it again is safe. */
const RETRYABLE_STATES = new Set(['40P01', '40001']);
/** Attempts in all before the failure reaches anyone. */
export const TRANSACTION_ATTEMPTS = 4;

export interface TransactionOptions {
  /**
   * The pair whose rows the work writes: its row is locked first (`for no key update`, which does not
   * conflict with the key-share locks foreign keys take), so every writer of one pair takes its locks
   * in the same order and two of them wait for each other instead of deadlocking.
   */
  pairId?: number;
}

/**
 * Runs `work` in one transaction; repositories take whichever handle they are given. A deadlock or
 * serialization failure rolls everything back, so the whole transaction is run again (a few times,
 * after a short random pause); `work` must therefore touch nothing but the database handle.
 */
export async function inTransaction<T>(db: Db, work: (trx: DbOrTrx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        if (options.pairId !== undefined) await lockPairRow(trx, options.pairId);
        return work(trx);
      });
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Locks a pair's row for the rest of the transaction, without blocking inserts that reference it. */
export async function lockPairRow(trx: DbOrTrx, pairId: number): Promise<void> {
  await trx.selectFrom('pairs').select('id').where('id', '=', pairId).forNoKeyUpdate().execute();
}

export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_STATES.has(code);
}

import type { Job } from '../../domain/scheduling/job.js';
import type { JobRow } from '../db/schema.js';

/** The one mapping of a `jobs` row to its domain shape. */
export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    pairId: row.pair_id,
    dedupeKey: row.dedupe_key,
    runAt: row.run_at,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    leaseExpiresAt: row.lease_expires_at,
    notBefore: row.not_before,
    lastError: row.last_error,
    payload: row.payload,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    claimToken: row.claim_token,
  };
}

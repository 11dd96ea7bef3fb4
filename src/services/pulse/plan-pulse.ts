import { PLANNED_PULSE_JOBS, planPulse } from '../../domain/pulse/pulse-plan.js';
import type { DbOrTrx } from '../../storage/db/database.js';
import { readPulseFacts } from '../../storage/pulse/pulse-facts.repository.js';
import { syncPairJobs } from '../../storage/scheduling/job.repository.js';

/**
 * Keeps a pair's fit checks, midpoint check-ins and mentor tips in step with its facts; called
 * with the nudges' plan, in the same transaction. Each occurrence has its own dedupe key, so
 * planning again (or on another replica) never sends one twice.
 */
export async function planPulseJobs(db: DbOrTrx, pairId: number, zones: { mentor: string; mentee: string }, now: Date): Promise<void> {
  const facts = await readPulseFacts(db, pairId);
  const desired = facts ? planPulse({ ...facts, zones }) : [];
  await syncPairJobs(db, pairId, PLANNED_PULSE_JOBS, desired, now);
}

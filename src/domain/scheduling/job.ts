/** Where a job stands: pending until claimed, running while a worker holds it, then one of the three ends. */
export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** A scheduled job as the services and the scheduler see it (storage maps its `jobs` row to this, in one place). */
export interface Job {
  id: number;
  kind: string;
  /** Null for a job about no pair (an admin's notice names its workspace in the payload). */
  pairId: number | null;
  /** One key per occurrence: planning twice inserts once. */
  dedupeKey: string;
  runAt: Date;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  leaseExpiresAt: Date | null;
  /** Set by a back-off or Slack's Retry-After: replanning may move the job later, never before it. */
  notBefore: Date | null;
  lastError: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  finishedAt: Date | null;
  /** Bumped by every claim; only the current claim's token may record the job's outcome. */
  claimToken: number;
}

/** A claimed job as its worker knows it: the id and the token of its claim. */
export type HeldJob = Pick<Job, 'id' | 'claimToken'>;

/** A job the planner wants to exist (its occurrence is its dedupe key). */
export interface PlannedJob {
  kind: string;
  dedupeKey: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

import { PULSE_JOB_KINDS, runPulseJob } from '../services/pulse/pulse-jobs.js';
import type { JobHandler } from './worker.js';

/** The scheduler's way to the pulse service: a claimed job read as the pulse service's job. */
const runPulse: JobHandler = (ctx, job, now) => {
  const payloadPair = job.payload.pairId;
  const pairId = job.pairId ?? (typeof payloadPair === 'number' ? payloadPair : null);
  return runPulseJob(ctx, { kind: job.kind, pairId, payload: job.payload }, now);
};

export const PULSE_HANDLERS: Record<string, JobHandler> = Object.fromEntries(PULSE_JOB_KINDS.map((kind) => [kind, runPulse]));

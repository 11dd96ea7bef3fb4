import { wholeDaysSince } from '../admin/attention.js';
import type { OpenStage } from '../stages.js';

/**
 * Why a pair needs a programme admin's attention, as the admins' Home shows it per cohort. Counts,
 * dates and flags only: a flag never carries what a member wrote.
 */

/** No meeting logged for more than this many days in the pair's current stage. */
export const QUIET_IN_STAGE_DAYS = 21;
/** The agreement is expected once this many meetings are logged. */
export const AGREEMENT_DUE_AFTER_MEETINGS = 2;

export const ATTENTION_FLAGS = ['quiet', 'notAFit', 'lowPulse', 'delivery', 'noAgreement'] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];

export interface AttentionFacts {
  stage: OpenStage;
  /** When the pair entered its stage. */
  stageSince: Date;
  /** The last meeting log (its writing time), or null. */
  lastLogAt: Date | null;
  meetingsLogged: number;
  agreement: boolean;
  deliveryProblem: boolean;
  /** A member answered the fit check "not a good fit" (once the pulse feature records it). */
  notAFit: boolean;
  /** The pair's latest pulse fell below the threshold (once the pulse feature records it). */
  lowPulse: boolean;
  paused: boolean;
}

/** The flags of one pair at `now`, in ATTENTION_FLAGS order. */
export function attentionFlags(facts: AttentionFacts, now: Date): AttentionFlag[] {
  const flags: AttentionFlag[] = [];
  // Quiet in its stage: the days since the later of the last log and the entry into the stage.
  const since = facts.lastLogAt !== null && facts.lastLogAt > facts.stageSince ? facts.lastLogAt : facts.stageSince;
  if (!facts.paused && wholeDaysSince(since, now) > QUIET_IN_STAGE_DAYS) flags.push('quiet');
  if (facts.notAFit) flags.push('notAFit');
  if (facts.lowPulse) flags.push('lowPulse');
  if (facts.deliveryProblem) flags.push('delivery');
  if (!facts.agreement && facts.meetingsLogged >= AGREEMENT_DUE_AFTER_MEETINGS) flags.push('noAgreement');
  return flags;
}

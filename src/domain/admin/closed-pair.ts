import type { PairOutcome } from '../evaluate/reflection.js';

/** A closed pair as the admins' Home lists it: dates and the outcome, never what anyone wrote. */
export interface ClosedPairEntry {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  openedAt: Date;
  closedAt: Date;
  outcome: PairOutcome | null;
}

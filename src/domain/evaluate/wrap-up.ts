import type { PairOutcome, ReflectionDraft } from './reflection.js';

/** One wrap-up of a pair as stored: the last meeting, the reminder, the summary and the decision. */
export interface WrapUp {
  id: number;
  pairId: number;
  startedBy: string;
  startedAt: Date;
  /** yyyy-mm-dd on the mentee's calendar. */
  lastMeetingOn: string | null;
  lastMeetingAt: Date | null;
  lastMeetingSetBy: string | null;
  lastMeetingSetAt: Date | null;
  remindedBy: string | null;
  remindedAt: Date | null;
  /** Set by the one caller that posts the celebration summary. */
  summaryAt: Date | null;
  summaryTs: string | null;
  decision: PairOutcome | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** yyyy-mm-dd: the planned end of the new cycle when the pair continued. */
  nextEndOn: string | null;
}

/** A plan step as one member rated it in their reflection. */
export type StepReflection = ReflectionDraft['steps'][number];

/** One member's reflection on one wrap-up, as stored (the first writing's time is kept). */
export interface StoredReflection extends ReflectionDraft {
  wrapUpId: number;
  pairId: number;
  userId: string;
  createdAt: Date;
  updatedAt: Date;
}

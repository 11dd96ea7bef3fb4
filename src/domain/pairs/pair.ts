import type { Locale } from '../locale.js';
import type { Stage } from '../stages.js';
import type { PairOutcome } from '../evaluate/reflection.js';

/** A mentoring pair as the services see it (storage maps its `pairs` row to this, in one place). */
export interface Pair {
  id: number;
  teamId: string;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  locale: Locale;
  /** Null only while the pair is being opened (its channel not created yet). */
  channelId: string | null;
  channelName: string | null;
  createdBy: string;
  createdAt: Date;
  closedAt: Date | null;
  pausedAt: Date | null;
  pausedBy: string | null;
  cadenceDays: number;
  lastActivityAt: Date;
  /** The latest wrap-up decision, who took it and when (null until a pair first decides). */
  outcome: PairOutcome | null;
  outcomeBy: string | null;
  outcomeAt: Date | null;
  /** Slack's error when a scheduled post could not reach the channel, and when; null while posts go through. */
  deliveryProblem: string | null;
  deliveryProblemAt: Date | null;
}

/** A pair whose channel exists: every request a member makes is about one of these. */
export type ActivePair = Pair & { channelId: string };

import { readPulseByPair } from '../../storage/pulse/pulse-by-pair.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * What the report's "fit answers" and "average session rating" columns and the Home's "not a good fit"
 * and "pulse below threshold" flags read of the pulse feature (services/pulse): answers and numbers
 * only, never a comment.
 */
export interface PulseFacts {
  /** Each member's fit-check answer by pair ("great", "fine", "unsure", "not_a_fit"). */
  fitAnswers: ReadonlyMap<number, readonly string[]>;
  /** Average session rating (1–4) by pair. */
  averageRating: ReadonlyMap<number, number>;
  /** Pairs whose latest pulse fell below the threshold. */
  lowPulse: ReadonlySet<number>;
}

export async function pulseFacts(ctx: ServiceContext, pairIds: readonly number[]): Promise<PulseFacts> {
  return readPulseByPair(ctx.db, pairIds);
}

export const NOT_A_FIT = 'not_a_fit';

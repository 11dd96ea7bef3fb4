import type { ServiceContext } from '../context.js';

/**
 * The seam to the pulse feature (issue 16: fit check and session ratings, migrations 0017–0018):
 * what the report's "fit answers" and "average session rating" columns and the Home's "not a good
 * fit" and "pulse below threshold" flags read. Until that feature's tables exist, nobody has
 * answered: those two flags never show, and the two columns are left out of the CSV (CSV_COLUMNS in
 * domain/programme/report.ts). Answers only, never a comment.
 */
export interface PulseFacts {
  /** Each member's fit-check answer by pair ("great", "fine", "unsure", "not_a_fit"). */
  fitAnswers: ReadonlyMap<number, readonly string[]>;
  /** Average session rating (1–4) by pair. */
  averageRating: ReadonlyMap<number, number>;
  /** Pairs whose latest pulse fell below the threshold. */
  lowPulse: ReadonlySet<number>;
}

export async function pulseFacts(_ctx: ServiceContext, _pairIds: readonly number[]): Promise<PulseFacts> {
  return { fitAnswers: new Map(), averageRating: new Map(), lowPulse: new Set() };
}

export const NOT_A_FIT = 'not_a_fit';

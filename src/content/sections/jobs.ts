import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/**
 * - `counts`: {pending} {failed}
 */
export const jobsSchema = z.strictObject({ title: text(150), counts: text(), none: text() });

export type JobsTexts = z.infer<typeof jobsSchema>;

/** The placeholders callers pass, by key path. */
export const JOBS_PLACEHOLDERS: Placeholders = {
  'jobs.counts': ['pending', 'failed'],
};

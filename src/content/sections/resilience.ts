import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/**
 * What the bot says when Slack or a slow moment got in the way of a request (see issue 12).
 * - `slackBusy`: Slack rate-limited one of our calls for this request: `{seconds}` to wait before trying again.
 * - `formLate`: a form was closed before its checks were done and one of them then failed: `{reason}`.
 * - `formKeptFirst`: beside a form sent again with other values after its first version was kept
 *   (told "try again" while the database was slow, then saved after all).
 */
export const resilienceSchema = z.strictObject({ slackBusy: text(), formLate: text(), formKeptFirst: text() });

export type ResilienceTexts = z.infer<typeof resilienceSchema>;

export const RESILIENCE_PLACEHOLDERS: Placeholders = {
  'resilience.slackBusy': ['seconds'],
  'resilience.formLate': ['reason'],
};

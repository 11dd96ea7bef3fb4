import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/**
 * What the bot says when Slack or a slow moment got in the way of a request (see issue 12).
 * - `slackBusy`: Slack rate-limited one of our calls for this request: `{seconds}` to wait before trying again.
 * - `formLate`: a form was closed before its checks were done and one of them then failed: `{reason}`.
 */
export const resilienceSchema = z.strictObject({ slackBusy: text(), formLate: text() });

export type ResilienceTexts = z.infer<typeof resilienceSchema>;

export const RESILIENCE_PLACEHOLDERS: Placeholders = {
  'resilience.slackBusy': ['seconds'],
  'resilience.formLate': ['reason'],
};

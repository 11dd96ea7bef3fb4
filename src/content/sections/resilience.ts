import { z } from 'zod';

/** What the bot says when Slack or a slow moment got in the way of a request (see issue 12). */
export interface ResilienceTexts {
  /** Slack rate-limited one of our calls for this request: `{seconds}` to wait before trying again. */
  slackBusy: string;
  /** A form was closed before its checks were done and one of them then failed: `{reason}`. */
  formLate: string;
}

const text = () =>
  z
    .string()
    .min(1, 'must not be empty')
    .refine((value) => value === value.trim(), 'must not start or end with whitespace');

export const resilienceSchema = z.strictObject({ slackBusy: text(), formLate: text() });

export const RESILIENCE_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'resilience.slackBusy': ['seconds'],
  'resilience.formLate': ['reason'],
};

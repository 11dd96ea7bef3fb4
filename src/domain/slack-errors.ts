/**
 * What a Slack error code means for a scheduled post: worth another attempt, or not, and whether it
 * says the pair's channel is out of reach (the pair then needs someone's attention).
 */

/** Slack will not accept these however often we try; retrying would only delay telling someone. */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'missing_scope',
]);

/** The channel is archived, the bot was removed from it, or Slack no longer finds it. */
export const CHANNEL_PROBLEMS = ['is_archived', 'not_in_channel', 'channel_not_found'] as const;
export type ChannelProblem = (typeof CHANNEL_PROBLEMS)[number];

export function isPermanentSlackError(code: string): boolean {
  return PERMANENT_SLACK_ERRORS.has(code);
}

/** The channel problem a Slack error code reports, or null when it is about something else. */
export function channelProblemOf(code: string): ChannelProblem | null {
  return (CHANNEL_PROBLEMS as readonly string[]).includes(code) ? (code as ChannelProblem) : null;
}

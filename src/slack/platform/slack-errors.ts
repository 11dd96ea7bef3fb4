import { type ChannelProblem, channelProblemOf } from '../../domain/channel-problems.js';

/**
 * What a Slack error code means for a post: worth another attempt, or not, and whether it says the
 * pair's channel is out of reach. Read here, at the edge: services see only the verdict, on
 * SlackCallError (`permanent`, `channelProblem`).
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

export function isPermanentSlackError(code: string): boolean {
  return PERMANENT_SLACK_ERRORS.has(code);
}

/** The channel problem a Slack error code reports, or null when it is about something else. */
export function channelProblemOfSlackError(code: string): ChannelProblem | null {
  return channelProblemOf(code);
}

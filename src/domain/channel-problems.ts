/**
 * Why a pair's channel is out of reach for our posts: archived, the bot removed from it, or no longer
 * found. The Slack edge reads these from Slack's error codes (src/slack/platform/slack-errors.ts);
 * storage keeps them on the pair, and the texts name each one.
 */
export const CHANNEL_PROBLEMS = ['is_archived', 'not_in_channel', 'channel_not_found'] as const;
export type ChannelProblem = (typeof CHANNEL_PROBLEMS)[number];

/** A stored problem read back: one of ours, or null for anything else. */
export function channelProblemOf(value: string): ChannelProblem | null {
  return (CHANNEL_PROBLEMS as readonly string[]).includes(value) ? (value as ChannelProblem) : null;
}

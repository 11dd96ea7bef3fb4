import { CoachError } from '../domain/errors.js';

// With should_escape on, Slack sends a picked user as <@U123ABC|name> (or <@U123ABC> in older clients).
const MENTION = /^<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>$/;

/** The user id inside one escaped Slack mention, or a typed error when the token is not one. */
export function parseMention(token: string | undefined): string {
  if (token === undefined || token === '') throw new CoachError('mention_missing');
  const match = MENTION.exec(token);
  if (!match?.[1]) throw new CoachError('mention_malformed');
  return match[1];
}

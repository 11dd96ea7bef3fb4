import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

export const pairSchema = z.strictObject({
  /** Ephemeral to the admin. {channel} {mentor} {mentee} */
  opened: text(),
  // Slack caps a channel topic at 250 characters; leave room for the names filled in.
  /** Channel topic (plain text, max 250 chars). {mentor} {mentee} are display names. */
  topic: text(150),
});

export type PairTexts = z.infer<typeof pairSchema>;

/** The placeholders callers pass, by key path. */
export const PAIR_PLACEHOLDERS: Placeholders = {
  'pair.opened': ['channel', 'mentor', 'mentee'],
  'pair.topic': ['mentor', 'mentee'],
};

import { z } from 'zod';
import { CHANNEL_PROBLEMS } from '../../domain/channel-problems.js';
import { text, texts, type Placeholders } from '../text.js';

/**
 * What the bot says about delivery: the database out of reach, and a pair's channel that scheduled
 * posts can no longer reach (archived, the bot removed, gone).
 */
export const deliverySchema = z.strictObject({
  /** The database does not answer: nothing was done, try again shortly. */
  unavailable: text(),
  /** Direct message to each programme admin, once, when a pair's reminders stopped; `{channel}`. */
  adminNotice: texts(CHANNEL_PROBLEMS),
  /** The reason on the admins' Home, after "needs attention". */
  homeReason: texts(CHANNEL_PROBLEMS),
});

export type DeliveryTexts = z.infer<typeof deliverySchema>;

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const DELIVERY_PLACEHOLDERS: Placeholders = Object.fromEntries(
  CHANNEL_PROBLEMS.map((problem) => [`delivery.adminNotice.${problem}`, ['channel']]),
);

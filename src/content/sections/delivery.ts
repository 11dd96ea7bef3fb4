import { z } from 'zod';
import { CHANNEL_PROBLEMS, type ChannelProblem } from '../../domain/channel-problems.js';

/**
 * What the bot says about delivery: the database out of reach, and a pair's channel that scheduled
 * posts can no longer reach (archived, the bot removed, gone).
 */
export interface DeliveryTexts {
  /** The database does not answer: nothing was done, try again shortly. */
  unavailable: string;
  /** Direct message to each programme admin, once, when a pair's reminders stopped; `{channel}`. */
  adminNotice: Record<ChannelProblem, string>;
  /** The reason on the admins' Home, after "needs attention". */
  homeReason: Record<ChannelProblem, string>;
}

const text = () =>
  z
    .string()
    .min(1, 'must not be empty')
    .refine((value) => value === value.trim(), 'must not start or end with whitespace');

export const deliverySchema = z.strictObject({
  unavailable: text(),
  adminNotice: z.strictObject(Object.fromEntries(CHANNEL_PROBLEMS.map((problem) => [problem, text()])) as Record<ChannelProblem, ReturnType<typeof text>>),
  homeReason: z.strictObject(Object.fromEntries(CHANNEL_PROBLEMS.map((problem) => [problem, text()])) as Record<ChannelProblem, ReturnType<typeof text>>),
});

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const DELIVERY_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  CHANNEL_PROBLEMS.map((problem) => [`delivery.adminNotice.${problem}`, ['channel']]),
);

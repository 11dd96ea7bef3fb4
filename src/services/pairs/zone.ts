import { localDate } from '../../domain/nurture/meeting-log.js';
import type { ServiceContext } from '../context.js';

/** A zone as known (Slack's, or a stored profile's), else the programme's default one. */
export function zoneOr(ctx: ServiceContext, tz: string | null | undefined): string {
  return tz ?? ctx.defaultTimezone;
}

/** A person's zone: the one Slack gives for them, else the default (also when Slack cannot be asked). */
export async function zoneOf(ctx: ServiceContext, userId: string): Promise<string> {
  return zoneOr(ctx, (await ctx.slack.lookupUser(userId).catch(() => undefined))?.tz);
}

/** A person's calendar day, in their own zone. */
export async function todayOf(ctx: ServiceContext, userId: string): Promise<string> {
  return localDate(ctx.clock(), await zoneOf(ctx, userId));
}

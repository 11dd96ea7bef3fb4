import { IANAZone } from 'luxon';
import { DAY_MS } from '../../domain/scheduling/nudge-plan.js';
import { applyMemberChange, readMembers, type StoredMember, upsertMembers } from '../../storage/pairs/member.repository.js';
import type { ServiceContext } from '../context.js';
import { zoneOr } from './zone.js';

/** How long a stored profile is trusted without a `user_change` event: then users.info once. */
export const MEMBER_FRESH_MS = DAY_MS;

export function isStale(member: { refreshedAt: Date } | undefined, now: Date): boolean {
  return member === undefined || now.getTime() - member.refreshedAt.getTime() >= MEMBER_FRESH_MS;
}

/**
 * Asks Slack (users.info) about members whose stored profile is missing or stale, stores the
 * answers, and returns them. A member Slack cannot tell us about is left out: callers use defaults.
 */
export async function refreshMembers(ctx: ServiceContext, teamId: string, userIds: readonly string[], now: Date): Promise<Map<string, StoredMember>> {
  const fetched = await Promise.all(
    [...new Set(userIds)].map(async (userId) => {
      const user = await ctx.slack.lookupUser(userId).catch(() => undefined);
      return user && { userId, tz: user.tz, locale: user.locale, name: user.name, isAdmin: user.isAdmin, deleted: user.deleted };
    }),
  );
  const known = fetched.filter((member) => member !== undefined);
  await upsertMembers(ctx.db, teamId, known, now);
  return new Map(known.map((member) => [member.userId, { ...member, refreshedAt: now }]));
}

/** Stored profiles of these members, refreshed from Slack first where missing or a day old. */
export async function membersOf(ctx: ServiceContext, teamId: string, userIds: readonly string[], now = ctx.clock()): Promise<Map<string, StoredMember>> {
  const stored = await readMembers(ctx.db, teamId, userIds);
  const stale = userIds.filter((userId) => isStale(stored.get(userId), now));
  if (stale.length === 0) return stored;
  for (const [userId, member] of await refreshMembers(ctx, teamId, stale, now)) stored.set(userId, member);
  return stored;
}

/** The shape of `user_change`'s `user`: what we keep of it. */
export interface ChangedUser {
  id?: unknown;
  tz?: unknown;
  name?: unknown;
  deleted?: unknown;
  is_admin?: unknown;
  is_owner?: unknown;
  is_primary_owner?: unknown;
  profile?: { display_name?: unknown; real_name?: unknown };
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** A `user_change` event: the member's stored profile follows at once, whatever its age. */
export async function recordMemberChange(ctx: ServiceContext, teamId: string, user: ChangedUser): Promise<boolean> {
  const userId = text(user.id);
  if (userId === undefined || !/^[UW][A-Z0-9]{1,20}$/.test(userId)) return false;
  const zone = text(user.tz);
  await applyMemberChange(
    ctx.db,
    teamId,
    {
      userId,
      tz: zoneOr(ctx, zone !== undefined && zone.length <= 64 && IANAZone.isValidZone(zone) ? zone : undefined),
      name: (text(user.profile?.display_name) ?? text(user.name) ?? text(user.profile?.real_name) ?? userId).slice(0, 200),
      isAdmin: user.is_admin === true || user.is_owner === true || user.is_primary_owner === true,
      deleted: user.deleted === true,
    },
    ctx.clock(),
  );
  return true;
}

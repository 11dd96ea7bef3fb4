import { CoachError } from '../../domain/errors.js';
import { findPairByChannel, findPairById } from '../../storage/pairs/pair.repository.js';
import type { ActivePair } from '../../domain/pairs/pair.js';
import type { ServiceContext } from '../context.js';
import type { PairRef, SlackUser } from '../slack-port.js';

export type { ActivePair };

/** A request made in a channel (a command, a form opened there): the pair is the channel's. */
export interface ChannelRequest {
  teamId: string;
  channelId: string;
  userId: string;
}

/** A request that names its pair (a button's value, a stored row's pair). */
export interface PairRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

/** Either request; exactly one of channelId and pairId says which pair is meant. */
export type MemberRequest = (ChannelRequest & { pairId?: never }) | (PairRequest & { channelId?: never });

/**
 * The pair the request is about, if the user is one of its two members: one SELECT, and the row it
 * gives is passed down to whatever the request does next. Everything a pair owns is reached through
 * here, so nobody else can read or change it. A pair named by id (a button) that is gone, in another
 * workspace or without a channel is out of date; a channel that is no pair's is refused as such.
 */
export async function resolveMemberPair(
  ctx: ServiceContext,
  request: MemberRequest,
  options: { allowClosed?: boolean } = {},
): Promise<ActivePair> {
  if (request.pairId !== undefined) {
    const pair = await findPairById(ctx.db, request.pairId);
    if (!pair || pair.teamId !== request.teamId || pair.channelId === null) throw new CoachError('stale_action');
    return checkMember(pair as ActivePair, request.userId, options);
  }
  const pair = await findPairByChannel(ctx.db, request.teamId, request.channelId);
  if (!pair || pair.channelId === null) throw new CoachError('not_pair_channel');
  return checkMember(pair as ActivePair, request.userId, options);
}

function checkMember(pair: ActivePair, userId: string, options: { allowClosed?: boolean }): ActivePair {
  if (pair.mentorId !== userId && pair.menteeId !== userId) throw new CoachError('not_member');
  if (pair.stage === 'closed' && !options.allowClosed) throw new CoachError('pair_closed');
  return pair;
}

export function pairRef(pair: ActivePair): PairRef {
  return {
    id: pair.id,
    channelId: pair.channelId,
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    locale: pair.locale,
  };
}

/**
 * ADMIN_USER_IDS and the members of ADMIN_USERGROUP; when ADMIN_USER_IDS is unset, Slack's own workspace admins and owners too. `fresh` for what only an
 * admin may do (open or erase a pair, read the jobs): the flag is read from Slack, not the cache. `groupErrors: 'throw'`
 * for a scheduled message: a group Slack could not read now (a 429) fails the job, to be retried, instead of counting as "no".
 */
export async function isProgrammeAdmin(
  ctx: ServiceContext,
  userId: string,
  options: { fresh?: boolean; groupErrors?: 'throw' } = {},
): Promise<boolean> {
  if (ctx.adminUserIds.includes(userId)) return true;
  if (ctx.adminUserGroup !== undefined) {
    const inGroup =
      options.groupErrors === 'throw'
        ? (await ctx.slack.userGroupMembers(ctx.adminUserGroup, { fresh: options.fresh === true }))?.includes(userId) === true
        : await inAdminGroup(ctx, ctx.adminUserGroup, userId, options);
    if (inGroup) return true;
  }
  if (ctx.adminUserIds.length > 0) return false;
  const user = await ctx.slack.lookupUser(userId, options);
  return user?.isAdmin === true && !user.deleted;
}

/** A person who can take part in a pair: known to Slack, active, and human. */
export async function requirePerson(ctx: ServiceContext, userId: string): Promise<SlackUser> {
  const user = await ctx.slack.lookupUser(userId);
  if (!user || user.deleted) throw new CoachError('user_not_found', { user: `<@${userId}>` });
  if (user.isBot) throw new CoachError('bot_user', { user: `<@${userId}>` });
  return user;
}

/** ADMIN_USERGROUP: a member of the group is an admin; a group Slack cannot read (no scope, gone) makes nobody one. */
async function inAdminGroup(ctx: ServiceContext, handle: string, userId: string, options: { fresh?: boolean }): Promise<boolean> {
  return (await adminGroupMembers(ctx, handle, options)).includes(userId);
}

/**
 * The members of ADMIN_USERGROUP; none when it is unset, or Slack cannot read it (no scope, gone: logged).
 * `errors: 'throw'` for a job that chooses who hears: a read that failed now (a 429, a hiccup) fails
 * the job, to be retried, instead of counting as "no members".
 */
export async function adminGroupMembers(
  ctx: ServiceContext,
  handle = ctx.adminUserGroup,
  options: { fresh?: boolean; errors?: 'throw' } = {},
): Promise<readonly string[]> {
  if (handle === undefined) return [];
  const read = { fresh: options.fresh === true };
  if (options.errors === 'throw') return (await ctx.slack.userGroupMembers(handle, read)) ?? [];
  try {
    return (await ctx.slack.userGroupMembers(handle, read)) ?? [];
  } catch (error) {
    ctx.log('could not read the ADMIN_USERGROUP members', { error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

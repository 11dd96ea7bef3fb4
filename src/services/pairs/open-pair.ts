import { pairChannelName } from '../../domain/pairs/channel-name.js';
import { CoachError } from '../../domain/errors.js';
import { sharedLocale } from '../../domain/locale.js';
import {
  attachChannel,
  deletePair,
  findActivePairOf,
  insertPair,
  recordOpening,
} from '../../storage/pairs/pair.repository.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { recordPreparePost } from '../prepare/prep-progress.js';
import { type ActivePair, isProgrammeAdmin, pairRef, requirePerson } from './pair-access.js';
import { SlackCallError } from '../slack-port.js';

const NAME_ATTEMPTS = 8;
// A pair still without a channel after this long was left by a crash mid-opening.
const ABANDONED_AFTER_MS = 2 * 60_000;

export interface OpenPairRequest {
  teamId: string;
  actorId: string;
  mentorId: string;
  menteeId: string;
}

/**
 * Opens a relationship: checks everything that can be checked before creating anything, then
 * creates the channel and undoes its own work if Slack refuses a step, so a failure leaves nothing.
 */
export async function openPair(ctx: ServiceContext, request: OpenPairRequest): Promise<ActivePair> {
  if (request.mentorId === request.menteeId) throw new CoachError('same_person');
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  const mentor = await requirePerson(ctx, request.mentorId);
  const mentee = await requirePerson(ctx, request.menteeId);

  await clearAbandonedOpening(ctx, request);
  const pair = await insertPair(ctx.db, {
    team_id: request.teamId,
    mentor_id: mentor.id,
    mentee_id: mentee.id,
    locale: sharedLocale(mentor.locale, mentee.locale),
    created_by: request.actorId,
    created_at: ctx.clock(),
    last_activity_at: ctx.clock(),
  });
  if (!pair) throw new CoachError('pair_exists');

  let channel: { id: string; name: string } | undefined;
  try {
    channel = await createChannel(ctx, mentor, mentee);
    await ctx.slack.invite(channel.id, [mentor.id, mentee.id]);
    await ctx.slack.setPairTopic(channel.id, { mentor: mentor.name, mentee: mentee.name }, pair.locale);
    await attachChannel(ctx.db, pair.id, channel.id, channel.name);
    await recordOpening(ctx.db, pair.id, request.actorId, pair.created_at);
  } catch (error) {
    await undoOpening(ctx, pair.id, channel?.id);
    if (error instanceof SlackCallError) throw new CoachError('channel_failed', {}, { cause: error });
    throw error;
  }

  const opened: ActivePair = { ...pair, channel_id: channel.id, channel_name: channel.name };
  const ref = pairRef(opened);
  await ctx.slack.postToPair(ref, { kind: 'welcome' });
  const prepareTs = await ctx.slack.postToPair(ref, { kind: 'stage', stage: 'prepare', changedBy: null, from: null });
  await recordPreparePost(ctx, opened, prepareTs);
  await replanQuietly(ctx, opened);
  return opened;
}

async function createChannel(
  ctx: ServiceContext,
  mentor: { id: string; name: string },
  mentee: { id: string; name: string },
): Promise<{ id: string; name: string }> {
  for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt += 1) {
    try {
      return await ctx.slack.createPrivateChannel(pairChannelName(mentor, mentee, attempt));
    } catch (error) {
      if (!(error instanceof SlackCallError) || error.slackError !== 'name_taken') throw error;
    }
  }
  throw new SlackCallError('conversations.create', 'name_taken');
}

async function clearAbandonedOpening(ctx: ServiceContext, request: OpenPairRequest): Promise<void> {
  const existing = await findActivePairOf(ctx.db, request.teamId, request.mentorId, request.menteeId);
  if (!existing) return;
  const abandoned =
    existing.channel_id === null && ctx.clock().getTime() - existing.created_at.getTime() > ABANDONED_AFTER_MS;
  if (!abandoned) throw new CoachError('pair_exists');
  await deletePair(ctx.db, existing.id);
}

async function undoOpening(ctx: ServiceContext, pairId: number, channelId: string | undefined): Promise<void> {
  await deletePair(ctx.db, pairId);
  if (channelId === undefined) return;
  try {
    await ctx.slack.archive(channelId);
  } catch (error) {
    ctx.log('could not archive the channel of a failed opening', { channelId, error: String(error) });
  }
}

import { CoachError } from '../../domain/errors.js';
import { randomUUID } from 'node:crypto';
import { claimLogPost, findMeetingLog, releaseLogPost, setLogMessage } from '../../storage/nurture/meeting-log.repository.js';
import type { ServiceContext } from '../context.js';
import type { LoggedMeeting } from '../slack-port.js';
import { loggedMeetingOf } from './action-items.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';

/**
 * Posts a stored log's record in the pair's channel. False when Slack refused or failed: the log
 * stays stored without its message ts, and "Post it again" (below) puts it up later, so nobody
 * logs the meeting a second time.
 */
export async function postLogRecord(ctx: ServiceContext, pair: ActivePair, logged: LoggedMeeting): Promise<boolean> {
  let ts: string;
  try {
    ts = await ctx.slack.postToPair(pairRef(pair), { kind: 'meetingLog', log: logged });
  } catch (error) {
    ctx.log('a stored meeting log could not be posted', { logId: logged.id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
  // Only the post may fail quietly: a record that is up must never be offered for posting again.
  await setLogMessage(ctx.db, logged.id, ts);
  return true;
}

/** "Post it again": a member puts up a stored log whose post failed; one already in the channel is left alone. */
export async function repostLog(
  ctx: ServiceContext,
  request: { teamId: string; userId: string; logId: number },
): Promise<{ outcome: 'posted' | 'alreadyPosted' | 'failed'; items: number }> {
  const log = await findMeetingLog(ctx.db, request.logId);
  if (!log || log.deletedAt !== null) throw new CoachError('stale_action');
  const pair = await resolveMemberPair(ctx, { teamId: request.teamId, userId: request.userId, pairId: log.pairId });
  const logged = await loggedMeetingOf(ctx, pair, log.id);
  if (!logged) throw new CoachError('stale_action');
  const items = logged.actionItems.length;
  // One poster per log: a double click, or both members at once, must not put the record up twice.
  const claim = randomUUID();
  if (!(await claimLogPost(ctx.db, log.id, claim))) return { outcome: 'alreadyPosted', items };
  if (await postLogRecord(ctx, pair, logged)) return { outcome: 'posted', items };
  await releaseLogPost(ctx.db, log.id, claim);
  return { outcome: 'failed', items };
}

import { parseCheckinScore, parseComment } from '../../domain/pulse/answers.js';
import { findCheckin, insertCheckin } from '../../storage/pulse/pulse-checkin.repository.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';

interface CheckinRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

/** Before the form opens: only a member of the pair; whether they answered already. */
export async function checkCheckin(ctx: ServiceContext, request: CheckinRequest): Promise<{ answered: boolean }> {
  const pair = await resolveMemberPair(ctx, request);
  return { answered: (await findCheckin(ctx.db, pair.id, request.userId)) !== undefined };
}

/** The midpoint check-in, once per member, private: admins only ever see averages. */
export async function answerCheckin(
  ctx: ServiceContext,
  request: CheckinRequest & { progress: unknown; relationship: unknown; comment: unknown },
): Promise<{ kind: 'saved' | 'alreadyAnswered' }> {
  const pair = await resolveMemberPair(ctx, request);
  const progress = parseCheckinScore(request.progress);
  const relationship = parseCheckinScore(request.relationship);
  const comment = parseComment(request.comment);
  const saved = await insertCheckin(ctx.db, { pairId: pair.id, userId: request.userId, progress, relationship, comment, answeredAt: ctx.clock() });
  return { kind: saved ? 'saved' : 'alreadyAnswered' };
}

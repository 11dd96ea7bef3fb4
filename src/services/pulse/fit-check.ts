import { type FitAnswer, parseComment, parseFitAnswer } from '../../domain/pulse/answers.js';
import { findFitAnswer, insertFitAnswer } from '../../storage/pulse/fit-check.repository.js';
import { queueFitAlerts } from '../admin/admin-notices.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from '../pairs/pair-access.js';

export interface FitRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

export type FitResult = { kind: 'saved'; answer: FitAnswer } | { kind: 'alreadyAnswered'; answer: FitAnswer };

/** Before the form opens: only a member of the pair, who has not answered yet. */
export async function checkFitCheck(ctx: ServiceContext, request: FitRequest): Promise<{ answered: FitAnswer | null }> {
  const pair = await resolveMemberPair(ctx, request);
  const earlier = await findFitAnswer(ctx.db, pair.id, request.userId);
  return { answered: earlier?.answer ?? null };
}

/**
 * A member's private answer to "How is this pairing going?", once. The other member never sees it;
 * "not a good fit" queues one job that, when it runs, queues one alert per admin who may hear about the
 * pair (admin-notices.ts), each sent once (its own dedupe key). Alerts name the pair and the member
 * only: the answer and comment are read when each is sent.
 * Membership is checked before the answer is read.
 */
export async function answerFitCheck(ctx: ServiceContext, request: FitRequest & { answer: unknown; comment: unknown }): Promise<FitResult> {
  const pair = await resolveMemberPair(ctx, request);
  const answer = parseFitAnswer(request.answer);
  const comment = parseComment(request.comment);
  const now = ctx.clock();
  const saved = await insertFitAnswer(ctx.db, { pairId: pair.id, userId: request.userId, answer, comment, answeredAt: now });
  if (!saved) {
    const earlier = await findFitAnswer(ctx.db, pair.id, request.userId);
    return { kind: 'alreadyAnswered', answer: earlier?.answer ?? answer };
  }
  if (answer === 'not_a_fit') await queueFitAlerts(ctx, pair, request.userId, now);
  return { kind: 'saved', answer };
}

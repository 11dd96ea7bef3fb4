import { CoachError } from '../../domain/errors.js';
import { checkCycleEnd, defaultCycleEnd } from '../../domain/evaluate/new-cycle.js';
import type { PairOutcome } from '../../domain/evaluate/reflection.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { findPairById, moveStage, touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import { decideWrapUp, findOpenWrapUp, setAgreementEnd } from '../../storage/evaluate/wrap-up.repository.js';
import { agreementTerms } from '../engage/agreement.js';
import type { ServiceContext } from '../context.js';
import { todayOf } from '../pairs/zone.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { redrawSummary } from './wrap-up-summary.js';

export interface DecisionRequest {
  teamId: string;
  userId: string;
  pairId: number;
}

export type DecisionResult =
  | { kind: 'continued'; pair: ActivePair; endOn: string }
  | { kind: 'closed'; pair: ActivePair; outcome: 'stay_in_touch' | 'closed'; archived: boolean };

/** A member of a pair whose celebration summary is out, with the decision still to take. */
async function decidingPair(ctx: ServiceContext, request: DecisionRequest) {
  const pair = await resolveMemberPair(ctx, request);
  if (pair.stage !== 'evaluate') throw new CoachError('not_wrapping_up');
  const wrapUp = await findOpenWrapUp(ctx.db, pair.id);
  if (!wrapUp || wrapUp.summaryAt === null) {
    // The other member may have decided a moment ago: say so rather than "not ready".
    const now = await findPairById(ctx.db, pair.id);
    if (now?.stage === 'closed') throw new CoachError('pair_closed');
    if (now?.stage !== 'evaluate') throw new CoachError('already_decided');
    throw new CoachError('wrap_up_not_ready');
  }
  return { pair, wrapUp };
}


/** Before the "continue" form opens: its end date starts three months from the member's today. */
export async function continueForm(ctx: ServiceContext, request: DecisionRequest): Promise<{ channelId: string; defaultEnd: string }> {
  const { pair } = await decidingPair(ctx, request);
  return { channelId: pair.channelId, defaultEnd: defaultCycleEnd(await todayOf(ctx, request.userId)) };
}

/** The form's only check: the new end lies after the member's today. */
export async function checkContinueEnd(ctx: ServiceContext, userId: string, endOn: string | null): Promise<'endInvalid' | 'endInPast' | undefined> {
  return checkCycleEnd(endOn, await todayOf(ctx, userId));
}

/**
 * "Continue": a new cycle back in nurture, until the end chosen. The decision and the stage move
 * together, once; the agreement takes the new end and is put up for review.
 */
export async function continueCycle(ctx: ServiceContext, request: DecisionRequest & { endOn: string }): Promise<DecisionResult> {
  const { pair, wrapUp } = await decidingPair(ctx, request);
  const problem = await checkContinueEnd(ctx, request.userId, request.endOn);
  if (problem) throw new CoachError(problem === 'endInPast' ? 'date_in_past' : 'date_invalid');
  const now = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    const decided = await decideWrapUp(trx, { wrapUpId: wrapUp.id, pairId: pair.id, outcome: 'continued', by: request.userId, at: now, nextEndOn: request.endOn });
    if (!decided) throw new CoachError('already_decided');
    if (!(await moveStage(trx, { pairId: pair.id, from: 'evaluate', to: 'nurture', by: request.userId, at: now }))) throw new CoachError('already_decided');
    await setAgreementEnd(trx, pair.id, request.endOn, request.userId, now);
    await touchActivity(trx, pair.id, now);
  });
  const continued: ActivePair = { ...pair, stage: 'nurture', outcome: 'continued', outcomeBy: request.userId, outcomeAt: now };
  await redrawSummary(ctx, continued, wrapUp, { outcome: 'continued', by: request.userId });
  const ref = pairRef(continued);
  const agreement = await findAgreement(ctx.db, pair.id);
  if (agreement?.messageTs) {
    await ctx.slack
      .updatePairMessage(ref, agreement.messageTs, { kind: 'agreement', agreement: agreementTerms(agreement), updatedBy: request.userId })
      .catch((error: unknown) => ctx.log('could not redraw the agreement', { pairId: pair.id, error: String(error) }));
  }
  await ctx.slack.postToPair(ref, { kind: 'stage', stage: 'nurture', changedBy: request.userId, from: 'evaluate' });
  await ctx.slack.postToPair(ref, { kind: 'continued', userId: request.userId, endOn: request.endOn });
  await replanQuietly(ctx, continued);
  return { kind: 'continued', pair: continued, endOn: request.endOn };
}

/**
 * "Stay in touch" or "close": the pair closes, its reminders are cancelled and its channel archived,
 * unless the programme keeps channels open (KEEP_CHANNELS_OPEN). A double click closes once.
 */
export async function closeRelationship(
  ctx: ServiceContext,
  request: DecisionRequest & { outcome: Exclude<PairOutcome, 'continued'> },
): Promise<DecisionResult> {
  const { pair, wrapUp } = await decidingPair(ctx, request);
  const now = ctx.clock();
  await inTransaction(ctx.db, async (trx) => {
    const decided = await decideWrapUp(trx, { wrapUpId: wrapUp.id, pairId: pair.id, outcome: request.outcome, by: request.userId, at: now, nextEndOn: null });
    if (!decided) throw new CoachError('already_decided');
    if (!(await moveStage(trx, { pairId: pair.id, from: 'evaluate', to: 'closed', by: request.userId, at: now }))) throw new CoachError('pair_closed');
  });
  const closed: ActivePair = { ...pair, stage: 'closed', closedAt: now, outcome: request.outcome, outcomeBy: request.userId, outcomeAt: now };
  await replanQuietly(ctx, closed);
  await redrawSummary(ctx, closed, wrapUp, { outcome: request.outcome, by: request.userId });
  await ctx.slack.postToPair(pairRef(closed), { kind: 'closedLine', userId: request.userId, outcome: request.outcome });
  if (ctx.keepChannelsOpen === true) return { kind: 'closed', pair: closed, outcome: request.outcome, archived: false };
  try {
    await ctx.slack.archive(pair.channelId);
  } catch (error) {
    // The relationship is closed either way; a channel someone already archived needs nothing more.
    ctx.log('could not archive a closed pair channel', { pairId: pair.id, error: String(error) });
  }
  return { kind: 'closed', pair: closed, outcome: request.outcome, archived: true };
}

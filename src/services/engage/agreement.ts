import {
  type Agreement,
  type AgreementCheck,
  type AgreementInput,
  FREQUENCY_DAYS,
  type StoredAgreement,
  validateAgreement,
} from '../../domain/engage/agreement.js';
import { findAgreement, saveAgreement, setAgreementMessage, setCadence } from '../../storage/engage/agreement.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { todayOf } from '../pairs/zone.js';
import { replanQuietly } from '../scheduling/nudges.js';
import { pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { SlackCallError } from '../slack-port.js';

/** The terms alone, as the form and the pinned post show them. */
export function agreementTerms(stored: StoredAgreement): Agreement {
  const { pairId: _pairId, agreedAt: _agreedAt, updatedBy: _updatedBy, updatedAt: _updatedAt, messageTs: _messageTs, ...terms } = stored;
  return terms;
}

/** What the form opens with: the pair's agreement if there is one, and the author's today. */
export async function agreementFormContext(
  ctx: ServiceContext,
  request: ChannelRequest,
): Promise<{ current: Agreement | null; today: string }> {
  const pair = await resolveMemberPair(ctx, request);
  const row = await findAgreement(ctx.db, pair.id);
  return { current: row ? agreementTerms(row) : null, today: await todayOf(ctx, request.userId) };
}

/** Field checks before the form closes; an agreed start date may stay in the past on later edits. */
export async function checkAgreementForm(ctx: ServiceContext, request: ChannelRequest, input: AgreementInput): Promise<AgreementCheck> {
  const pair = await resolveMemberPair(ctx, request);
  const row = await findAgreement(ctx.db, pair.id);
  return validateAgreement(input, await todayOf(ctx, request.userId), row?.startsOn ?? null);
}

/** Stores the agreement and the rhythm it sets, then posts and pins it, or updates the pinned post. */
export async function recordAgreement(ctx: ServiceContext, request: ChannelRequest, agreement: Agreement): Promise<StoredAgreement> {
  const pair = await resolveMemberPair(ctx, request);
  const now = ctx.clock();
  const row = await inTransaction(ctx.db, async (trx) => {
    const saved = await saveAgreement(trx, pair.id, agreement, request.userId, now);
    await setCadence(trx, pair.id, FREQUENCY_DAYS[agreement.frequency]);
    await touchActivity(trx, pair.id, now);
    return saved;
  });
  const ref = pairRef(pair);
  const message = { kind: 'agreement' as const, agreement, updatedBy: request.userId };
  if (row.messageTs) {
    try {
      await ctx.slack.updatePairMessage(ref, row.messageTs, message);
      await replanQuietly(ctx, pair);
      return row;
    } catch (error) {
      // The old post was deleted: post a new one below.
      if (!(error instanceof SlackCallError) || error.slackError !== 'message_not_found') throw error;
    }
  }
  const ts = await ctx.slack.postToPair(ref, message);
  await setAgreementMessage(ctx.db, pair.id, ts);
  await ctx.slack.pin(ref.channelId, ts).catch((error: unknown) => ctx.log('could not pin the agreement', { error: String(error) }));
  await replanQuietly(ctx, pair);
  return { ...row, messageTs: ts };
}


import type { InventoryAnswers } from '../../domain/prepare/inventory.js';
import { findInventory, setInventoryMessage, upsertInventory } from '../../storage/prepare/inventory.repository.js';
import { touchActivity } from '../../storage/pairs/pair.repository.js';
import { inTransaction } from '../../storage/db/transaction.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';
import type { PairRequest } from './goal.js';
import { type ActivePair, pairRef, resolveMemberPair } from '../pairs/pair-access.js';
import { publishInPlace, refreshPreparation } from './prep-progress.js';
import type { InventoryView } from './prepare-posts.js';

/** Each member fills in and edits their own inventory, never the other's. */
export interface InventoryForm {
  /** The pair's channel: the form carries it, and the submission is checked against it again. */
  channelId: string;
  /** The member's stored answers, to prefill the form when editing. */
  current: InventoryAnswers | undefined;
}

/** `/mentor inventory`: the caller's own form, in the pair's channel. */
export async function inventoryFormInChannel(ctx: ServiceContext, request: ChannelRequest): Promise<InventoryForm> {
  return inventoryFormOf(ctx, await resolveMemberPair(ctx, request), request.userId);
}

/** The button on the prepare post: the clicker's own form. */
export async function inventoryFormByPair(ctx: ServiceContext, request: PairRequest): Promise<InventoryForm> {
  return inventoryFormOf(ctx, await resolveMemberPair(ctx, request), request.userId);
}

async function inventoryFormOf(ctx: ServiceContext, pair: ActivePair, userId: string): Promise<InventoryForm> {
  return { channelId: pair.channelId, current: (await findInventory(ctx.db, pair.id, userId))?.answers };
}

/**
 * Stores the member's answers (replacing earlier ones), shows the short summary in the channel (the
 * first time a new post, afterwards the same post updated) and redraws the checklist.
 */
export async function saveInventory(ctx: ServiceContext, request: ChannelRequest, answers: InventoryAnswers): Promise<InventoryView> {
  const pair = await resolveMemberPair(ctx, request);
  const at = ctx.clock();
  const { inventory, created } = await inTransaction(ctx.db, async (trx) => {
    const saved = await upsertInventory(trx, { pairId: pair.id, userId: request.userId, answers, at });
    await touchActivity(trx, pair.id, at);
    return saved;
  }, { pairId: pair.id });
  const view: InventoryView = { userId: request.userId, answers: inventory.answers, firstTime: created };
  await publishInPlace(ctx, pairRef(pair), inventory.messageTs, { kind: 'inventory', inventory: view }, (ts) =>
    setInventoryMessage(ctx.db, pair.id, request.userId, ts),
  );
  await refreshPreparation(ctx, pair);
  // Activity resets the count of reminders met with silence.
  await replanQuietly(ctx, pair);
  return view;
}

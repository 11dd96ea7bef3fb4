import { postChecklists } from './checklists.js';
import type { ServiceContext } from '../context.js';
import { postIcebreakers } from './icebreakers.js';
import type { ActivePair } from '../pairs/pair-access.js';

/** What follows the "start the conversation" post: three icebreakers, then the two checklists. */
export async function postEngageKit(ctx: ServiceContext, pair: ActivePair): Promise<void> {
  await postIcebreakers(ctx, pair);
  await postChecklists(ctx, pair);
}

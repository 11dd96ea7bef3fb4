import type { AckFn, ViewResponseAction } from '@slack/bolt';
import type { Catalog } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { resolveMemberPair } from '../../services/pairs/pair-access.js';
import { describeError } from '../error-reply.js';

/**
 * Refuses a form from someone who is not a member of the pair of its channel, in the form itself,
 * beside `blockId`. Once a form is accepted the only way to answer is an ephemeral post in the pair's
 * channel, which Slack refuses for someone outside it: they would never learn why nothing happened.
 */
export async function refusedNonMember(
  ctx: ServiceContext,
  c: Catalog,
  ack: AckFn<ViewResponseAction> | AckFn<void>,
  who: { teamId: string; channelId: string; userId: string },
  blockId: string,
): Promise<boolean> {
  try {
    await resolveMemberPair(ctx, who);
    return false;
  } catch (error) {
    await (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: { [blockId]: describeError(c, error, ctx.log) } });
    return true;
  }
}

import type { AckFn, ViewResponseAction } from '@slack/bolt';
import type { Catalog } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { firstDelivery } from '../../services/delivery.js';
import { unavailableText } from '../delivery-guard.js';

/**
 * Closes a valid form and says whether to carry it out: a view is carried out once, however often
 * it arrives (Slack's retry, a second press of Submit while the first was under way). Only valid
 * submissions claim the view, so a form sent back with field errors can be corrected and sent again.
 * When the database is out of reach the form stays open with a try-again line beside `errorBlock`.
 */
export async function acceptOnce(
  ctx: ServiceContext,
  c: Catalog,
  body: { user: { id: string }; view: { id: string; callback_id: string } },
  ack: AckFn<ViewResponseAction> | AckFn<void>,
  errorBlock: string,
): Promise<boolean> {
  let first: boolean;
  // A view is one person's, so the key names them too: a forged submission of someone else's view
  // id claims nothing of theirs.
  const { user, view } = body;
  try {
    first = await firstDelivery(ctx, `view:${view.callback_id}:${user.id}:${view.id}`);
  } catch (error) {
    ctx.log('form kept open: could not record it', { error: error instanceof Error ? error.message : String(error) });
    await (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: { [errorBlock]: unavailableText(c, error) } });
    return false;
  }
  await (ack as AckFn<void>)();
  if (!first) ctx.log('repeated form submission ignored', { viewId: view.id });
  return first;
}

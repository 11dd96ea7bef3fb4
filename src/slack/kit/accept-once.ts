import type { AckFn, ViewResponseAction } from '@slack/bolt';
import type { Catalog } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { createHash } from 'node:crypto';
import { firstSubmission, releaseFirstDelivery, type SubmissionClaim } from '../../services/scheduling/delivery.js';
import { SlackCallError } from '../../services/slack-port.js';
import { unavailableText } from '../platform/delivery-guard.js';
import { formClosed } from './form-window.js';

/**
 * Closes a valid form and says whether to carry it out: a view is carried out once, however often
 * it arrives (Slack's retry, a second press of Submit while the first was under way). Only valid
 * submissions claim the view, so a form sent back with field errors can be corrected and sent again.
 * When the database is out of reach the form stays open with a try-again line beside `errorBlock`;
 * if the claim lands late after all, the form is carried out then. A second Submit with other values
 * (the person corrected the form they were told had failed) is then told that the first was kept.
 */
export async function acceptOnce(
  ctx: ServiceContext,
  c: Catalog,
  body: SubmittedView,
  ack: AckFn<ViewResponseAction> | AckFn<void>,
  errorBlock: string,
): Promise<boolean> {
  let claim: SubmissionClaim;
  let late: Promise<boolean> | undefined;
  try {
    claim = await firstSubmission(ctx, viewKey(body), digestOf(body), { answered: () => formClosed(ack), lateClaim: (landed) => (late = landed) });
  } catch (error) {
    ctx.log('form kept open: could not record it', { error: error instanceof Error ? error.message : String(error) });
    await (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: { [errorBlock]: unavailableText(c, error) } });
    // The view's key stays the same when the person presses Submit again, so a claim that lands
    // after all makes that Submit a repeat: this submission is then the first, and its work is owed.
    if (late !== undefined && (await late)) {
      ctx.log('form carried out after a slow claim', { viewId: body.view.id });
      return true;
    }
    return false;
  }
  if (claim === 'changed') {
    ctx.log('changed form submission refused: its first version was kept', { viewId: body.view.id });
    await (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: { [errorBlock]: c.resilience.formKeptFirst } });
    return false;
  }
  await (ack as AckFn<void>)();
  if (claim === 'repeat') ctx.log('repeated form submission ignored', { viewId: body.view.id });
  return claim === 'first';
}

type SubmittedView = { user: { id: string }; view: { id: string; callback_id: string; state?: { values?: unknown } } };

/** What was submitted, digested: Slack's retry and a double click send the very same values. */
function digestOf(body: SubmittedView): string {
  return createHash('sha256')
    .update(JSON.stringify(body.view.state?.values ?? null))
    .digest('base64url');
}

/** A view is one person's, so the key names them too: a forged submission of someone else's view id claims nothing of theirs. */
function viewKey(body: SubmittedView): string {
  return `view:${body.view.callback_id}:${body.user.id}:${body.view.id}`;
}

/**
 * The accepted form's work failed. A database failure rolled the work back (one transaction), so the
 * claim is released and a second Submit stores the form once; a failure from Slack came after the
 * work was stored, so the claim stays and a second Submit cannot store it twice.
 */
export async function releaseAfterFailure(
  ctx: ServiceContext,
  body: { user: { id: string }; view: { id: string; callback_id: string } },
  error: unknown,
): Promise<void> {
  if (error instanceof SlackCallError || (error as { code?: unknown } | null)?.code?.toString().startsWith('slack_')) return;
  await releaseFirstDelivery(ctx, viewKey(body)).catch((failure: unknown) =>
    ctx.log('could not release a form claim', { error: failure instanceof Error ? failure.message : String(failure) }),
  );
}

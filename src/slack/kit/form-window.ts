import type { AckFn, ViewResponseAction, webApi } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { catalogOf } from '../requester.js';

/**
 * Slack gives a form three seconds and Bolt answers 404 at 3,001 ms, after which the person's Submit
 * is lost. What a form checks before closing is bounded by this: past it the form is closed anyway
 * and the work goes on, its outcome told by message instead of beside the fields.
 */
export const FORM_ACK_DEADLINE_MS = 2_300;

type FormAck = AckFn<ViewResponseAction> & AckFn<void>;

const closedForms = new WeakSet<object>();

/** Whether Slack has had its answer to this form (its window ended, or the handler answered). */
export function formClosed(ack: object): boolean {
  return closedForms.has(ack);
}

/**
 * Wraps a view listener's `ack`: answered in time, it is Slack's own; once the deadline passes the
 * form is closed (an empty ack) and a later answer with field errors becomes a direct message to the
 * person, since the form is no longer there to show them.
 */
export function formWindow(
  ctx: ServiceContext,
  client: webApi.WebClient,
  userId: string,
  ack: AckFn<ViewResponseAction> | AckFn<void>,
  deadlineMs = FORM_ACK_DEADLINE_MS,
): FormAck {
  let answered = false;
  const timer = setTimeout(() => {
    if (answered) return;
    answered = true;
    closedForms.add(windowed);
    ctx.log('form closed before its checks ended', { deadlineMs });
    void (ack as AckFn<void>)().catch((error: unknown) => ctx.log('could not close a form', { error: String(error) }));
  }, deadlineMs);
  const windowed = async (response?: ViewResponseAction) => {
    if (!answered) {
      answered = true;
      closedForms.add(windowed);
      clearTimeout(timer);
      await (ack as AckFn<ViewResponseAction | undefined>)(response);
      return;
    }
    if (response?.response_action === 'errors') await tellLate(ctx, client, userId, Object.values(response.errors));
  };
  return windowed as FormAck;
}

async function tellLate(ctx: ServiceContext, client: webApi.WebClient, userId: string, reasons: string[]): Promise<void> {
  const c = await catalogOf(ctx.slack, userId);
  const text = fill(c.resilience.formLate, { reason: reasons.join(' ') });
  // A direct message reaches the person wherever the form came from, member or not.
  await client.chat
    .postMessage({ channel: userId, text })
    .catch((error: unknown) => ctx.log('could not tell someone their form was not saved', { error: String(error) }));
}

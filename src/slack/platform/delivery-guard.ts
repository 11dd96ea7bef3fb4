import type { AckFn, AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import { type Catalog, catalogFor } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { firstDelivery } from '../../services/scheduling/delivery.js';
import { withinDeadline } from '../../domain/deadline.js';
import { isDatabaseUnavailable } from '../../domain/errors.js';
import { catalogOf } from '../requester.js';

/**
 * Slack may deliver one request several times (a retry after a slow answer, a network hiccup):
 * each is carried out once. A slash command or a click is known by its trigger id, which Slack
 * makes afresh for every invocation; a form by its view id (see acceptOnce).
 */

// The try-again answer must leave in time even when Slack is slow to say the person's language.
const LANGUAGE_DEADLINE_MS = 300;

interface Delivery {
  type?: unknown;
  command?: unknown;
  trigger_id?: unknown;
  user_id?: unknown;
  user?: { id?: unknown };
  response_url?: unknown;
}

/** The key of a slash command or a button click; none for forms (claimed on acceptance) and events. */
export function deliveryKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const delivery = body as Delivery;
  if (typeof delivery.trigger_id !== 'string' || delivery.trigger_id === '') return undefined;
  if (typeof delivery.command === 'string') return `command:${delivery.trigger_id}`;
  if (delivery.type === 'block_actions') return `action:${delivery.trigger_id}`;
  return undefined;
}

/** Global middleware: the first delivery of a command or click goes on; a repeat is acknowledged and dropped. */
export function deliveryGuard(ctx: ServiceContext): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body);
    if (key === undefined) {
      await args.next();
      return;
    }
    const { ack, respond } = args as { ack?: AckFn<unknown>; respond?: RespondFn };
    // Commands and clicks are answered through their response_url, never in the ack: acking first
    // keeps the database out of Slack's three seconds (AlwaysAckApp makes the listener's ack a no-op).
    await ack?.();
    let first: boolean;
    try {
      first = await firstDelivery(ctx, key);
    } catch (error) {
      ctx.log('request refused: could not record it', { key, error: error instanceof Error ? error.message : String(error) });
      await refuse(ctx, args.body as Delivery, error, respond);
      return;
    }
    if (!first) {
      ctx.log('repeated delivery ignored', { key, retryNum: args.context.retryNum });
      return;
    }
    await args.next();
  };
}

/** The database is out of reach: the person hears so at once, and nothing is carried out. */
async function refuse(ctx: ServiceContext, body: Delivery, error: unknown, respond?: RespondFn): Promise<void> {
  const userId = typeof body.user_id === 'string' ? body.user_id : typeof body.user?.id === 'string' ? body.user.id : '';
  const c = await withinDeadline(catalogOf(ctx.slack, userId), LANGUAGE_DEADLINE_MS).catch(() => catalogFor('en'));
  const text = unavailableText(c, error);
  if (typeof body.response_url === 'string' && respond !== undefined) {
    await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
  }
}

export function unavailableText(c: Catalog, error: unknown): string {
  return isDatabaseUnavailable(error) ? c.delivery.unavailable : c.generic.failed;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPModuleFunctions, type HTTPReceiver, isValidSlackRequest, type ReceiverEvent } from '@slack/bolt';

/** Slack's own window for a request timestamp; Bolt enforces it for old requests only. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const EVENTS_PATH = '/slack/events';

/**
 * Checks Bolt's HTTP receiver leaves out, in front of it:
 * - a timestamp more than five minutes ahead is refused (401) before the body is read: Bolt only
 *   refuses stale ones, so a request signed for later could otherwise be replayed then;
 * - a body that is not a JSON object (`payload=null`, say) is refused (400; 401 unsigned): Bolt
 *   reads fields of it outside any try and the rejection would bring the process down.
 */
export function guardRequests(receiver: HTTPReceiver, signingSecret: string, now: () => number = Date.now): void {
  const next = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp > Math.floor(now() / 1000) + MAX_CLOCK_SKEW_SECONDS) {
      answer(res, 401);
      return;
    }
    // Other paths (health, unknown) go straight on: Bolt answers them synchronously.
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) {
      next(req, res);
      return;
    }
    // Bolt reuses a body already read (rawBody), so reading it here costs nothing more.
    HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit).then(
      (buffered) => {
        if (isJsonObject(buffered)) next(buffered, res);
        else answer(res, isSigned(buffered, signingSecret, now) ? 400 : 401);
      },
      (error: unknown) => answer(res, HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413 ? 413 : 400),
    );
  };
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/** Whether the body parses (as Bolt will) to an object; a body that does not parse is left to Bolt's 400. */
function isJsonObject(req: Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0]): boolean {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return true;
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

function isSigned(req: IncomingMessage & { rawBody: Buffer }, signingSecret: string, now: () => number): boolean {
  const signature = req.headers['x-slack-signature'];
  return (
    typeof signature === 'string' &&
    isValidSlackRequest({
      signingSecret,
      body: req.rawBody.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']) },
      nowMilliseconds: now(),
    })
  );
}

/**
 * Bolt leaves a request that no listener acknowledges hanging for three seconds and then answers
 * 404: an unknown action or view id, a payload of no known type. Slack shows the person an error
 * for that. Here every such request is acknowledged with an empty 200 once the listeners are done.
 * Acknowledging is also made idempotent, so the delivery guard can ack a command or a click before
 * it touches the database and the listener's own ack() is then a no-op.
 */
export class AlwaysAckApp extends App {
  override async processEvent(event: ReceiverEvent): Promise<void> {
    let acked = false;
    const ack: ReceiverEvent['ack'] = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      await event.ack(response);
    };
    try {
      await super.processEvent({ ...event, ack });
    } finally {
      if (!acked) await event.ack();
    }
  }
}

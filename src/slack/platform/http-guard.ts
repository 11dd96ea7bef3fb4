import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPModuleFunctions, type HTTPReceiver, type ReceiverEvent } from '@slack/bolt';

/** Slack's own window for a request timestamp, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** The largest body read: Slack's own requests are a few kilobytes; anything bigger is 413, unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Slack sends a whole body at once; a sender still trickling one after this long is cut off. */
export const BODY_DEADLINE_MS = 10_000;

/**
 * Bodies not yet verified, all requests together: past this, new ones get 503 unread, so that many
 * slow unsigned senders cannot hold the process's memory (each may keep up to 1 MB for 10 s).
 */
export const MAX_UNVERIFIED_BYTES = 32 * 1024 * 1024;

const EVENTS_PATH = '/slack/events';

/** Bytes of bodies being read and not yet verified, across requests. */
let unverifiedBytes = 0;

/**
 * In front of Bolt's HTTP receiver, for POST /slack/events, in this order:
 * - a body announced bigger than 1 MB is refused (413) unread;
 * - a timestamp more than five minutes away either way, or no signature, is refused (401) unread;
 * - a body found bigger than 1 MB while reading is refused (413) and not read further;
 * - the raw bytes' HMAC is checked (timing-safe) before anything parses them: 401 when it is wrong;
 * - a signed body that is not a JSON object (`payload=null`, say) is refused (400): Bolt reads fields
 *   of it outside any try and the rejection would bring the process down.
 * Bolt then reuses the body read here (rawBody) and checks the signature again, which costs little.
 */
export function guardRequests(
  receiver: HTTPReceiver,
  signingSecret: string,
  options: { now?: () => number; warn?: (message: string) => void } = {},
): void {
  const now = options.now ?? Date.now;
  // Refusals are logged (never the body), as Bolt did when it checked signatures itself.
  const warn = options.warn ?? (() => undefined);
  const next = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    // Other paths (health, unknown) go straight on: Bolt answers them synchronously.
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== EVENTS_PATH) {
      next(req, res);
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      refuse(req, res, 413);
      return;
    }
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signature = req.headers['x-slack-signature'];
    if (!Number.isInteger(timestamp) || Math.abs(Math.floor(now() / 1000) - timestamp) > MAX_CLOCK_SKEW_SECONDS || typeof signature !== 'string') {
      warn('http guard: request refused (401): missing signature, or a timestamp outside five minutes');
      refuse(req, res, 401);
      return;
    }
    if (unverifiedBytes + Number(req.headers['content-length'] ?? 0) > MAX_UNVERIFIED_BYTES) {
      refuse(req, res, 503);
      return;
    }
    readCapped(req, MAX_BODY_BYTES).then(
      (body) => {
        if (body === 'late') return refuse(req, res, 408);
        if (body === 'busy') return refuse(req, res, 503);
        if (body === undefined) return refuse(req, res, 413);
        if (!signedBySlack(signingSecret, timestamp, body, signature)) {
          warn('http guard: request refused (401): its Slack signature did not verify');
          return refuse(req, res, 401);
        }
        const buffered = Object.assign(req, { rawBody: body });
        if (isJsonObject(buffered)) next(buffered, res);
        else answer(res, 400);
      },
      () => refuse(req, res, 400),
    );
  };
}

/**
 * The body; undefined as soon as it passes `limit` bytes, 'late' when it is not complete within
 * BODY_DEADLINE_MS, 'busy' when all unverified bodies together pass MAX_UNVERIFIED_BYTES (in those
 * cases the rest is never read). Its bytes count as unverified until it settles.
 */
function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | undefined | 'late' | 'busy'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: Buffer | undefined | 'late' | 'busy' | Error) => {
      clearTimeout(timer);
      req.off('data', onData);
      unverifiedBytes -= size;
      size = 0;
      if (outcome instanceof Error) reject(outcome);
      else {
        if (!Buffer.isBuffer(outcome)) req.pause();
        resolve(outcome);
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      unverifiedBytes += chunk.length;
      if (size > limit) return settle(undefined);
      if (unverifiedBytes > MAX_UNVERIFIED_BYTES) return settle('busy');
      chunks.push(chunk);
    };
    const timer = setTimeout(() => settle('late'), BODY_DEADLINE_MS);
    req.on('data', onData);
    req.once('end', () => settle(Buffer.concat(chunks)));
    req.once('error', (error) => settle(error));
  });
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:<timestamp>:<body>`, compared in constant time. */
export function signedBySlack(signingSecret: string, timestamp: number, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers and closes the connection, so a sender of a body we did not read cannot keep it busy. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (!res.headersSent) {
    res.writeHead(status, { Connection: 'close' });
    res.end(() => req.destroy());
  }
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/** Whether the signed body parses (as Bolt will) to an object; a body that does not parse is left to Bolt's 400. */
function isJsonObject(req: Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0]): boolean {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return true;
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/**
 * Bolt leaves a request that no listener acknowledges hanging for three seconds and then answers
 * 404: an unknown action or view id, a payload of no known type. Slack shows the person an error
 * for that. Here every such request is acknowledged with an empty 200 once the listeners are done.
 * Acknowledging is also made idempotent, so the delivery guard can ack a command or a click before
 * it touches the database and the listener's own ack() is then a no-op.
 */
export class AlwaysAckApp extends App {
  /** Requests whose listeners are still running (they go on after the ack). */
  private readonly inFlight = new Set<Promise<void>>();

  /** Resolves once every listener under way has finished, or after `ms`, whichever comes first; true when all finished. */
  async drain(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return true;
  }

  override processEvent(event: ReceiverEvent): Promise<void> {
    const running = this.processOnce(event);
    const tracked = running.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(tracked);
    void tracked.then(() => this.inFlight.delete(tracked));
    return running;
  }

  private async processOnce(event: ReceiverEvent): Promise<void> {
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

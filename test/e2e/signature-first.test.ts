/**
 * Signature first (issue 12, point 6): no body is parsed before its HMAC is checked, and a body over
 * 1 MB is refused with 413 without being read to its end. Bolt's own warnings are captured: Bolt
 * never sees a refused request, so it never logs that it failed to parse or verify one.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { slackSignature } from '../../src/dev/slack-requests.js';
import { MAX_BODY_BYTES } from '../../src/slack/platform/http-guard.js';
import { useScenario } from '../support/use-scenario.js';

const lines: string[] = [];

const { s } = useScenario({ log: (message, details) => void lines.push(`${message} ${JSON.stringify(details ?? {})}`), slackLogLevel: LogLevel.DEBUG });

const FORM = 'application/x-www-form-urlencoded';
const nowSeconds = () => Math.floor(Date.now() / 1000);
const eventsUrl = () => `${s.harness.appUrl}/slack/events`;

/** A command body of about `size` bytes (padding in a field Slack would never send). */
const commandBody = (size: number) =>
  new URLSearchParams({ command: '/mentor', text: 'help', user_id: s.admin.id, channel_id: 'CGENERAL', pad: 'x'.repeat(size) }).toString();

// The guard's own refusal line is not Bolt's: Bolt must not have parsed or verified anything.
const boltSawIt = () => lines.filter((line) => /parse|verify|signature/i.test(line) && !line.includes('http guard'));

describe('bodies over 1 MB', () => {
  it('an unsigned 5 MB body with its length announced gets 413 at once, unread', async () => {
    const started = Date.now();
    const reply = await fetch(eventsUrl(), { method: 'POST', headers: { 'Content-Type': FORM }, body: commandBody(5 * MAX_BODY_BYTES) }).catch(
      (error: unknown) => error,
    );
    const elapsed = Date.now() - started;
    // Refused before the upload ends: fetch either reads the 413 or sees the connection closed under it.
    if (reply instanceof Response) expect(reply.status).toBe(413);
    else expect(String((reply as Error).cause ?? reply)).toMatch(/socket|closed|reset|EPIPE/i);
    expect(elapsed).toBeLessThan(1_000);
    expect(boltSawIt()).toEqual([]);
  });

  it('a body streamed without a length, signed headers and all, gets 413 once past the first megabyte', async () => {
    const timestamp = nowSeconds();
    const { status, written } = await streamUntilAnswered({
      'Content-Type': FORM,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature('wrong', timestamp, ''),
    });
    // 413, not the 401 its signature deserves: the reading stopped at the cap, before any check of the whole.
    expect(status).toBe(413);
    // Answered long before the 10 MB the sender had to send (loopback buffers hold a few megabytes).
    expect(written).toBeLessThan(10 * MAX_BODY_BYTES);
    expect(boltSawIt()).toEqual([]);
  });
});

/** Writes 64 kB chunks (chunked, no length) until the app answers; how much had been written then. */
function streamUntilAnswered(headers: Record<string, string>): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    let answered = false;
    const req = request(eventsUrl(), { method: 'POST', headers }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, written });
      req.destroy();
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && written < 10 * MAX_BODY_BYTES) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('a wrong signature', () => {
  it('gets 401 and the body never reaches the parser', async () => {
    const body = commandBody(900 * 1024);
    const timestamp = nowSeconds();
    const before = s.standIn.calls.length;
    const reply = await fetch(eventsUrl(), {
      method: 'POST',
      headers: { 'Content-Type': FORM, 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': slackSignature('not-the-secret', timestamp, body) },
      body,
    });
    expect(reply.status).toBe(401);
    expect(boltSawIt()).toEqual([]);
    expect(s.callsSince(before)).toEqual([]);
  });

  it('a body under 1 MB properly signed still goes through (so the refusals were about size and signature)', async () => {
    const answer = await s.run(s.admin, '/mentor', 'help', 'CGENERAL');
    expect(answer.body.response_type).toBe('ephemeral');
  });
});

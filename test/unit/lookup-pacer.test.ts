import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/dev/stand-in/rate-limits.js';
import { SlackCallError } from '../../src/services/slack-port.js';
import { LOOKUP_BUDGETS, LookupPacer, MAX_RATE_LIMITED_RETRIES, MAX_RETRY_AFTER_SECONDS, type PaceClock } from '../../src/slack/platform/lookup-pacer.js';

/** A clock that waiting moves on: the pacer never sleeps here. */
function fakeClock(): PaceClock & { at: number } {
  const clock = {
    at: 0,
    now: () => clock.at,
    sleepUntil: async (at: number) => {
      clock.at = Math.max(clock.at, at);
    },
  };
  return clock;
}

const limited = (seconds: number) => new SlackCallError('users.lookupByEmail', 'ratelimited', seconds);

describe('LookupPacer: within the minute', () => {
  it.each([
    // method, calls, the time (s) the last call went out
    ['users.lookupByEmail', 45, 0],
    ['users.lookupByEmail', 46, 60],
    ['users.lookupByEmail', 120, 120],
    ['users.info', 90, 0],
    ['users.info', 91, 60],
    ['users.list', 19, 60],
    ['users.conversations', 300, 0],
  ])('%s × %i side by side: the last goes out at %i s', async (method, calls, lastAt) => {
    const clock = fakeClock();
    const pacer = new LookupPacer(clock);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: calls }, () => pacer.call(method, async () => sent.push(clock.now()))));
    expect(sent).toHaveLength(calls);
    expect(Math.max(...sent)).toBe(lastAt * 1000);
  });

  it('never goes over what Slack allows in a sliding minute (the stand-in’s own count)', async () => {
    const clock = fakeClock();
    const pacer = new LookupPacer(clock);
    const slack = new RateLimiter(clock.now);
    const refused: number[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        pacer.call('users.lookupByEmail', async () => {
          if (slack.take('users.lookupByEmail') !== undefined) refused.push(i);
        }),
      ),
    );
    expect(refused).toEqual([]);
    expect(LOOKUP_BUDGETS['users.lookupByEmail']).toBeLessThan(50);
  });
});

describe('LookupPacer: 429s', () => {
  it('waits Retry-After, holding back the other calls of the method, then asks again', async () => {
    const clock = fakeClock();
    const pacer = new LookupPacer(clock);
    let answers = 0;
    const sent: number[] = [];
    const work = async () => {
      sent.push(clock.now());
      answers += 1;
      if (answers === 1) throw limited(7);
      return 'ok';
    };
    expect(await Promise.all([pacer.call('users.lookupByEmail', work), pacer.call('users.lookupByEmail', work)])).toEqual(['ok', 'ok']);
    expect(sent).toEqual([0, 0, 7_000]);
  });

  it.each([
    ['after MAX_RATE_LIMITED_RETRIES retries', 1, MAX_RATE_LIMITED_RETRIES + 1],
    ['at once when Retry-After is too long to wait', MAX_RETRY_AFTER_SECONDS + 1, 1],
  ])('gives up %s', async (_, seconds, attempts) => {
    const pacer = new LookupPacer(fakeClock());
    let tried = 0;
    await expect(
      pacer.call('users.lookupByEmail', async () => {
        tried += 1;
        throw limited(seconds);
      }),
    ).rejects.toBeInstanceOf(SlackCallError);
    expect(tried).toBe(attempts);
  });

  it('does not retry another failure', async () => {
    const pacer = new LookupPacer(fakeClock());
    let tried = 0;
    const failing = async () => {
      tried += 1;
      throw new SlackCallError('users.lookupByEmail', 'invalid_auth', undefined);
    };
    await expect(pacer.call('users.lookupByEmail', failing)).rejects.toThrow();
    expect(tried).toBe(1);
  });
});

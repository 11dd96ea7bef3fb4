/**
 * The 90-character line that once froze the app for about 55 s (`done: 1`, then `  1` 27 times,
 * then ` x`: a near miss for a pattern with nested whitespace quantifiers), sent as a signed
 * `/mentor-log` and as the log form's next steps, by someone outside the pair and by a member.
 * Meanwhile GET /healthz is asked again and again, from several clients at once: every answer
 * comes within 100 ms, so the event loop never stalls. The outsider's line is refused unread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import type { OpenedPair, Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const FREEZER = `done: 1${'  1'.repeat(27)} x`;
const HEALTHZ_WITHIN_MS = 100;
const PINGERS = 2;

let pair: OpenedPair;
let outsider: Person;

const { s } = useScenario();

beforeAll(async () => {
  pair = await s.pairAt('nurture');
  outsider = s.person('outsider');
}, 120_000);

async function healthz(): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(`${s.harness.appUrl}/healthz`);
  await response.text();
  return { ms: performance.now() - start, status: response.status };
}

/** Runs `work` while PINGERS clients ask /healthz one request after another; every answer comes back. */
async function healthzDuring<T>(work: () => Promise<T>): Promise<{ result: T; latencies: number[]; statuses: number[] }> {
  // Connections are opened (and kept alive) before the measure starts.
  await Promise.all(Array.from({ length: PINGERS }, healthz));
  let working = true;
  const latencies: number[] = [];
  const statuses: number[] = [];
  const ping = async () => {
    // Each client asks at least once while the work is under way, and until it is over.
    do {
      const { ms, status } = await healthz();
      latencies.push(ms);
      statuses.push(status);
    } while (working);
  };
  const pingers = Array.from({ length: PINGERS }, ping);
  try {
    return { result: await work(), latencies, statuses };
  } finally {
    working = false;
    await Promise.all(pingers);
  }
}

/** One line for the report: how many answers, the slowest, and all of them. */
function described(latencies: readonly number[]): string {
  return `${latencies.length} answers, slowest ${Math.max(...latencies).toFixed(1)} ms (${latencies.map((ms) => ms.toFixed(0)).join(' ')})`;
}

function logForm(who: Person, nextSteps: string) {
  return s.harness.slack.viewSubmission({
    userId: who.id,
    callbackId: VIEW_MEETING_LOG,
    privateMetadata: JSON.stringify({ channelId: pair.channelId }),
    values: {
      [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: 'We met.' } },
      [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: nextSteps } },
    },
  });
}

describe('the 90-character line that froze the app', () => {
  it('is 90 characters long', () => {
    expect(FREEZER).toHaveLength(90);
  });

  it('from someone outside the pair: refused at once, /healthz answering within 500 ms meanwhile', async () => {
    const logsBefore = await s.count('meeting_logs', pair.pairId);
    const { result: answer, latencies, statuses } = await healthzDuring(() => s.run(outsider, '/mentor-log', FREEZER, pair.channelId));
    console.log(`/healthz during an outsider's line: ${described(latencies)}`);
    expect(answer.text).toBe(en.errors.not_member);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(Math.max(...latencies)).toBeLessThan(HEALTHZ_WITHIN_MS);
    expect(await s.count('meeting_logs', pair.pairId)).toBe(logsBefore);
  });

  it('from a member: read as a note (it is no `done:` line), /healthz answering within 500 ms meanwhile', async () => {
    const logsBefore = await s.count('meeting_logs', pair.pairId);
    const { result: answer, latencies, statuses } = await healthzDuring(() => s.run(pair.mentee, '/mentor-log', FREEZER, pair.channelId));
    console.log(`/healthz during a member's line: ${described(latencies)}`);
    expect(answer.text).toContain(fill(en.log.saved, { count: 0 }));
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(Math.max(...latencies)).toBeLessThan(HEALTHZ_WITHIN_MS);
    expect(await s.count('meeting_logs', pair.pairId)).toBe(logsBefore + 1);
    const stored = await s.db.selectFrom('meeting_logs').select('summary').where('pair_id', '=', pair.pairId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(stored.summary).toBe(FREEZER);
  });

  it('a `done:` number past any item is refused in words, not with a database error', async () => {
    const logsBefore = await s.count('meeting_logs', pair.pairId);
    const answer = await s.run(pair.mentor, '/mentor-log', 'done: 99999999999', pair.channelId);
    expect(answer.text).toBe(fill(en.errors.action_item_unknown, { number: 99999999999 }));
    expect(await s.count('meeting_logs', pair.pairId)).toBe(logsBefore);
  });

  it('as the log form’s next steps, from an outsider and from a member, /healthz answering within 500 ms meanwhile', async () => {
    const logsBefore = await s.count('meeting_logs', pair.pairId);
    const { result, latencies, statuses } = await healthzDuring(async () => [await logForm(outsider, FREEZER), await logForm(pair.mentor, FREEZER)]);
    console.log(`/healthz during the two forms: ${described(latencies)}`);
    const [refused, accepted] = result;
    expect(refused?.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.summary]: en.errors.not_member } });
    expect(accepted?.status).toBe(200);
    expect(accepted?.json).toBeUndefined();
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(Math.max(...latencies)).toBeLessThan(HEALTHZ_WITHIN_MS);
    // The member's form is stored; its next-steps line is an action item, since it is no `done:` line.
    await s.until(async () => (await s.count('meeting_logs', pair.pairId)) === logsBefore + 1);
  });
});

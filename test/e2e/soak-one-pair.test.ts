/**
 * Concurrent work on one pair never fails (issue 12, point 10): for about a minute, 8 requests in
 * flight over 10 pairs, both members of a pair logging at once, stage changes, checklist ticks and
 * status mixed in. Every log acknowledged is stored once, answered "saved" and posted once; no one is
 * told to try again. Prints the answer-time p99 and the app's RSS at start and end. On the embedded
 * database (one connection) it runs smaller.
 */
import { beforeAll, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { TEST_DATABASE_URL } from '../support/database.js';
import { tick } from '../support/engage.js';
import type { OpenedPair, Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const SIZE = TEST_DATABASE_URL ? { seconds: 60, pairs: 10, inFlight: 8 } : { seconds: 15, pairs: 3, inFlight: 4 };

const pairs: OpenedPair[] = [];

const { s } = useScenario();

beforeAll(async () => {
  for (let i = 0; i < SIZE.pairs; i += 1) pairs.push(await s.pairAt('nurture'));
  // Item #1 of every pair, so that logs can tick it (`done: 1`) while others add items.
  for (const pair of pairs) await s.run(pair.mentee, '/mentor-log', 'kick-off\nnext: send the CV', pair.channelId);
}, 180_000);

interface Sent {
  kind: 'log' | 'stage' | 'status' | 'tick';
  ms: number;
  text: string;
}

let logCounter = 0;

/** One request as a person sends it, timed from sending to the app's answer on its response_url. */
async function timedRun(who: Person, command: string, text: string, channelId: string, kind: Sent['kind']): Promise<Sent> {
  const started = performance.now();
  const answer = await s.run(who, command, text, channelId);
  return { kind, ms: performance.now() - started, text: answer.text };
}

async function bothLog(pair: OpenedPair, sent: Sent[], logs: Map<string, number>): Promise<void> {
  const one = async (who: Person) => {
    const summary = `soak-${++logCounter}`;
    logs.set(summary, pair.pairId);
    const lines = [summary, `next: item of ${summary}`, ...(logCounter % 3 === 0 ? ['done: 1'] : [])];
    sent.push(await timedRun(who, '/mentor-log', lines.join('\n'), pair.channelId, 'log'));
  };
  await Promise.all([one(pair.mentor), one(pair.mentee)]);
}

/** Two requests of other kinds on one pair at once: a stage change or a tick, and a status. */
async function mixed(pair: OpenedPair, round: number, sent: Sent[]): Promise<void> {
  const stage = async () => {
    const target = round % 2 === 0 ? 'engage' : 'nurture';
    sent.push(await timedRun(pair.mentor, '/mentor', `stage ${target}`, pair.channelId, 'stage'));
  };
  const click = async () => {
    const started = performance.now();
    const reply = await tick(s, pair.mentee, pair, { list: 'agreement', selected: round % 2 === 0 ? [0, 1] : [0] });
    sent.push({ kind: 'tick', ms: performance.now() - started, text: String(reply.status) });
  };
  const status = () => timedRun(pair.mentee, '/mentor', 'status', pair.channelId, 'status').then((one) => void sent.push(one));
  await Promise.all([round % 3 === 0 ? click() : stage(), status()]);
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

it(`${SIZE.pairs} pairs, ${SIZE.inFlight} requests in flight for ${SIZE.seconds} s: no log lost, none twice, each posted once`, async () => {
  const sent: Sent[] = [];
  const logs = new Map<string, number>();
  const rssStart = process.memoryUsage().rss;
  const end = Date.now() + SIZE.seconds * 1000;
  // Each slot keeps two requests in flight on one pair: both members logging, or a mix.
  const slots = Array.from({ length: SIZE.inFlight / 2 }, async (_, slot) => {
    for (let round = 0; Date.now() < end; round += 1) {
      const pair = pairs[(slot + round) % pairs.length] as OpenedPair;
      if (round % 2 === 0) await bothLog(pair, sent, logs);
      else await mixed(pair, round, sent);
    }
  });
  await Promise.all(slots);
  const rssEnd = process.memoryUsage().rss;

  const answers = sent.filter((one) => one.kind !== 'tick');
  const logAnswers = sent.filter((one) => one.kind === 'log');
  console.log(
    `soak: ${sent.length} requests (${logAnswers.length} logs) in ${SIZE.seconds} s over ${SIZE.pairs} pairs, ${SIZE.inFlight} in flight; ` +
      `answer p99 ${Math.round(p99(answers.map((one) => one.ms)))} ms (logs ${Math.round(p99(logAnswers.map((one) => one.ms)))} ms); ` +
      `RSS ${mb(rssStart)} MB at start, ${mb(rssEnd)} MB at end`,
  );

  // Nobody was told to try again, nor that something failed.
  for (const failure of [en.generic.failed, en.delivery.unavailable]) expect(answers.filter((one) => one.text.includes(failure))).toEqual([]);
  expect(sent.filter((one) => one.kind === 'tick' && one.text !== '200')).toEqual([]);
  const saved = new Set([fill(en.log.saved, { count: 1 }), fill(en.log.saved, { count: 0 })]);
  expect(logAnswers.filter((one) => ![...saved].some((text) => one.text.startsWith(text)))).toEqual([]);

  // Every log once in the database, with its post; every post once in its channel.
  const rows = await s.db.selectFrom('meeting_logs').select(['summary', 'pair_id', 'message_ts']).where('summary', 'like', 'soak-%').execute();
  expect(rows).toHaveLength(logs.size);
  expect(new Set(rows.map((row) => row.summary)).size).toBe(logs.size);
  for (const row of rows) {
    expect(row.pair_id).toBe(logs.get(row.summary));
    expect(row.message_ts).not.toBeNull();
  }
  for (const pair of pairs) {
    const texts = s.posts(pair.channelId).map((post) => JSON.stringify(post.blocks) + post.text);
    for (const [summary, pairId] of logs) {
      if (pairId !== pair.pairId) continue;
      expect(texts.filter((text) => new RegExp(`${summary}\\b`).test(text))).toHaveLength(1);
    }
  }
}, (SIZE.seconds + 120) * 1000);

/**
 * Thousands of generated commands, clicks and form submissions through the real signed HTTP
 * receiver. Every one is acknowledged (200) within three seconds, and answered in that time where
 * the app answers; "invalid" ones (batched between snapshots of every table) change no row; none
 * crashes the app; and nothing the bot sends to Slack carries a crowd-notifying mention.
 * The seed is printed: FUZZ_SEED=<seed> replays a run (FUZZ_TRACE=1 then names the request that
 * wrote). 5,000 requests on Postgres (about 35 s); 2,000 on the embedded database, to keep its
 * run of the suite short (FUZZ_COUNT overrides either).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackRequests, type SlackReply, slackSignature } from '../../src/dev/slack-requests.js';
import { ACTION_CHECKLIST_TICK, AGREEMENT_BLOCKS, GOAL_BLOCKS, INPUT_ACTION, INVENTORY_BLOCKS, LOG_BLOCKS } from '../../src/slack/ids.js';
import { TEST_DATABASE_URL } from '../support/database.js';
import { type OpenedPair, type Person, Scenario } from '../support/e2e.js';
import {
  ACTION_IDS,
  ADMIN_ACTION_IDS,
  anyMentorText,
  BROADCAST,
  forgedValue,
  fuzzSeed,
  invalidMentorText,
  invalidWrapUpText,
  malformedPayload,
  nastyText,
  nastyWord,
  type Rng,
  seededRng,
  tooLongLogText,
  VIEW_IDS,
} from '../support/fuzz.js';
import { changedTables, snapshotTables } from '../support/table-snapshot.js';

const TOTAL = Number(process.env.FUZZ_COUNT) || (TEST_DATABASE_URL ? 5_000 : 2_000);
const BATCH = 250;
const CONCURRENCY = 4;
const ANSWER_WITHIN_MS = 3_000;
const SEED = fuzzSeed();

interface Probe {
  label: string;
  /** Invalid probes must change no row. */
  invalid: boolean;
  send(): Promise<SlackReply>;
  /** Where the app's answer shows up, when one is required. */
  answer?: { responseUrl?: string; triggerId?: string };
  /** HTTP statuses acceptable for this request (default 200). */
  statuses?: number[];
}

let s: Scenario;
let rng: Rng;
let foreign: SlackRequests;
let pairs: OpenedPair[];
let outsider: Person;
const failures: string[] = [];
const replies: string[] = [];
let sent = 0;

beforeAll(async () => {
  console.log(`abuse fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${TOTAL} requests`);
  rng = seededRng(SEED);
  s = await Scenario.start();
  outsider = s.person('outsider');
  foreign = new SlackRequests({
    appUrl: s.harness.appUrl,
    signingSecret: s.harness.config.slack.signingSecret ?? '',
    standIn: s.standIn,
    teamId: 'TFOREIGN1',
  });
  const nurture = await s.pairAt('nurture');
  const engage = await s.pairAt('engage');
  const prepare = await s.openPair();
  await s.run(prepare.mentee, '/mentor-log', 'First call.\nnext: read the guide', prepare.channelId);
  await s.run(nurture.mentor, '/mentor-log', 'We met.\nnext: draft the CV\n- [ ] call Sam', nurture.channelId);
  pairs = [nurture, engage, prepare];
}, 120_000);

afterAll(async () => {
  await s?.stop();
});

const ticketCounter = { n: 0 };
const triggerId = () => `${Date.now()}.777.${(++ticketCounter.n).toString(16)}`;

interface RealIds {
  all: string[];
  /** Every id value (of any table) that belongs to a pair: a member may legitimately click those. */
  ofPair: Map<number, Set<string>>;
}

/** The real ids a forged click can point at: rows of every kind, of every pair, and channel ids. */
async function realIds(): Promise<RealIds> {
  const ofPair = new Map<number, Set<string>>(pairs.map((pair) => [pair.pairId, new Set([String(pair.pairId), pair.channelId])]));
  const rows = [
    ...(await s.db.selectFrom('goal_steps').select(['id', 'pair_id']).execute()),
    ...(await s.db.selectFrom('action_items').select(['id', 'pair_id']).execute()),
    ...(await s.db.selectFrom('meeting_logs').select(['id', 'pair_id']).execute()),
    ...(await s.db.selectFrom('jobs').select(['id', 'pair_id']).execute()),
  ];
  for (const row of rows) if (row.pair_id !== null) ofPair.get(row.pair_id)?.add(String(row.id));
  const all = [...new Set([...[...ofPair.values()].flatMap((set) => [...set]), ...rows.map((row) => String(row.id)), '1', '2'])];
  return { all, ofPair };
}

/** A member of `pair` in its own channel. */
const memberOf = (pair: OpenedPair) => (rng.chance(0.5) ? pair.mentor : pair.mentee);
const otherPair = (pair: OpenedPair) => pairs[(pairs.indexOf(pair) + 1 + rng.int(pairs.length - 1)) % pairs.length] as OpenedPair;

/** Someone who may not act here, with where they act: every request from them must be refused. */
function refusedSender(): { user: Person; channelId: string; requests: SlackRequests; ownPair?: OpenedPair } {
  const pair = rng.pick(pairs);
  switch (rng.int(5)) {
    case 0:
      return { user: outsider, channelId: pair.channelId, requests: s.harness.slack };
    case 1: {
      const own = otherPair(pair);
      return { user: memberOf(own), channelId: pair.channelId, requests: s.harness.slack, ownPair: own };
    }
    case 2:
      return { user: s.admin, channelId: pair.channelId, requests: s.harness.slack };
    case 3:
      return { user: memberOf(pair), channelId: rng.pick(['CGENERAL', 'D0123ABC', 'CNOSUCH1', 'G0FOREIGN']), requests: s.harness.slack, ownPair: pair };
    default:
      return { user: memberOf(pair), channelId: pair.channelId, requests: foreign, ownPair: pair };
  }
}

function command(requests: SlackRequests, user: Person, name: string, text: string, channelId: string, invalid: boolean): Probe {
  const responseUrl = s.standIn.newResponseUrl();
  const trigger = triggerId();
  return {
    label: `${user.id} ${name} ${JSON.stringify(text.slice(0, 80))} in ${channelId}${requests === foreign ? ' (foreign team)' : ''}`,
    invalid,
    send: () => requests.slashCommand({ command: name, text, userId: user.id, channelId, responseUrl, triggerId: trigger }),
    answer: { responseUrl, triggerId: trigger },
  };
}

function invalidCommand(): Probe {
  if (rng.chance(0.35)) {
    // A member in the pair's own channel, with text that cannot be carried out.
    const pair = rng.pick(pairs);
    const who = memberOf(pair);
    const pick = rng.int(3);
    if (pick === 0) return command(s.harness.slack, who, '/mentor', invalidMentorText(rng), pair.channelId, true);
    if (pick === 1) return command(s.harness.slack, who, '/mentor-log', tooLongLogText(rng), pair.channelId, true);
    return command(s.harness.slack, who, '/wrap-up', invalidWrapUpText(rng), pair.channelId, true);
  }
  const { user, channelId, requests } = refusedSender();
  const name = rng.pick(['/mentor', '/mentor', '/mentor-log', '/wrap-up']);
  let text = name === '/mentor' ? anyMentorText(rng) : name === '/wrap-up' ? rng.pick(['', 'confirm', nastyText(rng)]) : nastyText(rng);
  // An admin may open pairs from anywhere: only broken `pair` texts are invalid for them.
  if (user === s.admin && name === '/mentor' && /^\s*pair\b/i.test(text)) text = invalidMentorText(rng).replace(/^\s*pair\b/i, 'pair x');
  return command(requests, user, name, text, channelId, true);
}

function anyCommand(): Probe {
  const pair = rng.pick(pairs);
  const who = memberOf(pair);
  switch (rng.int(6)) {
    case 0:
    case 1:
      return command(s.harness.slack, who, '/mentor', anyMentorText(rng), pair.channelId, false);
    case 2:
    case 3:
      return command(s.harness.slack, who, '/mentor-log', nastyText(rng), pair.channelId, false);
    case 4:
      // Rarely a real close, which would end the pair's part in the run.
      return command(s.harness.slack, who, '/wrap-up', rng.chance(0.02) ? 'confirm' : rng.pick(['', nastyWord(rng)]), pair.channelId, false);
    default:
      return command(s.harness.slack, s.admin, '/mentor', rng.chance(0.1) ? `pair ${nastyText(rng)}` : anyMentorText(rng), 'CGENERAL', false);
  }
}

function click(requests: SlackRequests, user: Person, channelId: string, actionId: string, value: string, invalid: boolean, knownAction: boolean): Probe {
  const responseUrl = s.standIn.newResponseUrl();
  const trigger = triggerId();
  const posted = s.posts(channelId);
  const messageTs = posted.length > 0 && rng.chance(0.8) ? rng.pick(posted).ts : undefined;
  const checklist = actionId === ACTION_CHECKLIST_TICK;
  const blockId = checklist
    ? rng.pick([`checklist:agreement:${rng.pick(pairs).pairId}`, `checklist:topics:${rng.pick(pairs).pairId}`, `checklist:${nastyWord(rng)}:1`, nastyWord(rng)])
    : undefined;
  return {
    label: `${user.id} clicks ${actionId}=${JSON.stringify(value.slice(0, 60))}${blockId ? ` [${blockId.slice(0, 40)}]` : ''} in ${channelId}`,
    invalid,
    send: () =>
      requests.blockAction({
        userId: user.id,
        channelId,
        actionId,
        value,
        ...(blockId === undefined ? {} : { blockId, selectedOptions: [{ value: checklistOption(invalid) }] }),
        ...(messageTs === undefined ? {} : { messageTs }),
        responseUrl,
        triggerId: trigger,
      }),
    // A refusal is always answered (in the channel, or in a small window); unknown ids are only acknowledged.
    ...(invalid && knownAction ? { answer: { responseUrl, triggerId: trigger } } : {}),
  };
}

/** A checklist option: items are 0 to 4, so an invalid click names another. */
function checklistOption(invalid: boolean): string {
  const outOfRange = ['5', '-1', '99', '1.0', ''];
  if (invalid) return rng.pick([...outOfRange, `x${nastyWord(rng)}`]);
  return rng.pick(['0', '1', '4', ...outOfRange, nastyWord(rng)]);
}

function invalidClick(ids: RealIds): Probe {
  const roll = rng.int(4);
  if (roll === 0) {
    // A member, in the pair's own channel, with a value we never emitted.
    const pair = rng.pick(pairs);
    const actionId = rng.pick(ACTION_IDS);
    return click(s.harness.slack, memberOf(pair), pair.channelId, actionId, forgedValue(rng), true, true);
  }
  if (roll === 1) {
    const pair = rng.pick(pairs);
    return click(s.harness.slack, memberOf(pair), pair.channelId, `${rng.pick(ACTION_IDS)}${nastyWord(rng)}`, rng.pick(ids.all), true, false);
  }
  // Someone who may not act, pointing at real rows of pairs that are not theirs (a button carries its pair).
  const { user, channelId, requests, ownPair } = refusedSender();
  const own = ownPair === undefined ? new Set<string>() : (ids.ofPair.get(ownPair.pairId) ?? new Set<string>());
  const foreignIds = ids.all.filter((id) => !own.has(id));
  const actionId = rng.pick(user === s.admin ? ACTION_IDS.filter((id) => !ADMIN_ACTION_IDS.includes(id)) : ACTION_IDS);
  return click(requests, user, channelId, actionId, rng.pick([...foreignIds, forgedValue(rng)]), true, true);
}

function anyClick(ids: RealIds): Probe {
  const pair = rng.pick(pairs);
  return click(s.harness.slack, memberOf(pair), pair.channelId, rng.pick(ACTION_IDS), rng.pick([...ids.all, forgedValue(rng), String(rng.int(20))]), false, true);
}

const input = (value: string | null) => ({ [INPUT_ACTION]: { type: 'plain_text_input', value } });

/** Form values for every block of every form, hostile; sometimes not even the right shape. */
function formValues(): Record<string, Record<string, Record<string, unknown>>> {
  const blocks = [...Object.values(GOAL_BLOCKS), ...Object.values(INVENTORY_BLOCKS), ...Object.values(LOG_BLOCKS), ...Object.values(AGREEMENT_BLOCKS)];
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of blocks) {
    if (rng.chance(0.3)) continue;
    values[block] = rng.chance(0.1)
      ? { [INPUT_ACTION]: { type: 'static_select', selected_option: { value: nastyWord(rng) } } }
      : rng.chance(0.1)
        ? { [INPUT_ACTION]: { type: 'datepicker', selected_date: rng.pick(['2031-02-30', '1999-01-01', nastyWord(rng), '2099-12-31']) } }
        : rng.chance(0.05)
          ? { [nastyWord(rng)]: { value: 3 } }
          : input(rng.chance(0.1) ? null : nastyText(rng));
  }
  return values;
}

function submission(requests: SlackRequests, user: Person, callbackId: string, privateMetadata: string, invalid: boolean): Probe {
  return {
    label: `${user.id} submits ${callbackId} metadata=${JSON.stringify(privateMetadata.slice(0, 60))}`,
    invalid,
    send: () => requests.viewSubmission({ userId: user.id, callbackId, privateMetadata, values: formValues() }),
  };
}

function invalidSubmission(): Probe {
  if (rng.chance(0.3)) {
    // A member with a form that names no channel of theirs.
    const pair = rng.pick(pairs);
    const metadata = rng.pick(['', 'null', '{}', '{"channelId":"<!channel>"}', '{"channelId":1}', nastyText(rng)]);
    return submission(s.harness.slack, memberOf(pair), rng.pick(VIEW_IDS), metadata, true);
  }
  if (rng.chance(0.1)) return submission(s.harness.slack, memberOf(rng.pick(pairs)), `${nastyWord(rng)}_view`, '{}', true);
  // The forms name their pair by channel, some also by id and step ids: all point at a pair not the sender's.
  const { user, channelId, requests, ownPair } = refusedSender();
  const target = pairs.find((pair) => pair.channelId === channelId && pair !== ownPair) ?? pairs.find((pair) => pair !== ownPair);
  const metadata = { channelId, pairId: target?.pairId ?? 1, stepIds: [1, 2] };
  return submission(requests, user, rng.pick(VIEW_IDS), JSON.stringify(metadata), true);
}

function anySubmission(): Probe {
  const pair = rng.pick(pairs);
  return submission(s.harness.slack, memberOf(pair), rng.pick(VIEW_IDS), JSON.stringify({ channelId: pair.channelId, pairId: pair.pairId, stepIds: [] }), false);
}

function malformed(): Probe {
  const { body, status } = malformedPayload(rng, memberOf(rng.pick(pairs)).id);
  const secret = s.harness.config.slack.signingSecret ?? '';
  return {
    label: `malformed payload ${body.slice(0, 80)}`,
    invalid: true,
    send: () => {
      const timestamp = Math.floor(Date.now() / 1000);
      return s.harness.slack.raw(body, {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Slack-Request-Timestamp': String(timestamp),
        'X-Slack-Signature': slackSignature(secret, timestamp, body),
      });
    },
    statuses: [status],
  };
}

/** Response ids and view triggers seen so far, indexed as they arrive. */
class Arrivals {
  private responsesSeen = 0;
  private viewsSeen = 0;
  private readonly arrived = new Set<string>();

  has(answer: { responseUrl?: string; triggerId?: string }): boolean {
    for (; this.responsesSeen < s.standIn.responses.length; this.responsesSeen++) {
      this.arrived.add(`r:${s.standIn.responses[this.responsesSeen]?.id}`);
    }
    for (; this.viewsSeen < s.standIn.views.length; this.viewsSeen++) {
      this.arrived.add(`t:${s.standIn.views[this.viewsSeen]?.triggerId}`);
    }
    const responseId = answer.responseUrl?.slice(answer.responseUrl.lastIndexOf('/') + 1);
    return (responseId !== undefined && this.arrived.has(`r:${responseId}`)) || (answer.triggerId !== undefined && this.arrived.has(`t:${answer.triggerId}`));
  }
}
const arrivals = new Arrivals();

async function runProbe(probe: Probe): Promise<void> {
  const started = Date.now();
  let reply: SlackReply;
  try {
    reply = await probe.send();
  } catch (error) {
    failures.push(`${probe.label}: request failed (${String(error)})`);
    return;
  }
  sent++;
  replies.push(reply.body);
  const took = Date.now() - started;
  if (!(probe.statuses ?? [200]).includes(reply.status)) failures.push(`${probe.label}: HTTP ${reply.status} ${reply.body.slice(0, 100)}`);
  if (took > ANSWER_WITHIN_MS) failures.push(`${probe.label}: acknowledged after ${took} ms`);
  if (probe.answer === undefined) return;
  while (!arrivals.has(probe.answer)) {
    if (Date.now() - started > ANSWER_WITHIN_MS) {
      failures.push(`${probe.label}: no answer within ${ANSWER_WITHIN_MS} ms`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function runAll(probes: Probe[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++] as Probe;
      await runProbe(probe);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** Waits until two snapshots in a row agree: effects that follow an answer (redraws, plans) have landed. */
async function settledSnapshot() {
  let previous = await snapshotTables(s.db as never);
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = await snapshotTables(s.db as never);
    if (changedTables(previous, current).length === 0) return current;
    previous = current;
  }
  return previous;
}

/** FUZZ_TRACE=1: runs an invalid batch one request at a time, naming the first that writes. */
async function traceWrites(probes: Probe[]): Promise<void> {
  for (const probe of probes) {
    const before = await settledSnapshot();
    await runProbe(probe);
    const changed = changedTables(before, await settledSnapshot());
    if (changed.length > 0) throw new Error(`${probe.label} changed ${changed.join(', ')} (seed ${SEED})`);
  }
}

describe(`abuse fuzz (seed ${SEED})`, () => {
  it(`answers ${TOTAL} hostile requests well, writes nothing for invalid ones, never broadcasts`, async () => {
    const batches = Math.ceil(TOTAL / BATCH);
    for (let batch = 0; batch < batches; batch++) {
      const ids = await realIds();
      const size = Math.min(BATCH, TOTAL - batch * BATCH);
      // Even batches: invalid requests only, between two snapshots of every table.
      const invalidBatch = batch % 2 === 0;
      const probes: Probe[] = Array.from({ length: size }, () => {
        const kind = rng.int(10);
        if (invalidBatch) {
          if (kind < 4) return invalidCommand();
          if (kind < 7) return invalidClick(ids);
          if (kind < 9) return invalidSubmission();
          return malformed();
        }
        if (kind < 5) return anyCommand();
        if (kind < 8) return anyClick(ids);
        return anySubmission();
      });
      const before = invalidBatch ? await settledSnapshot() : undefined;
      if (invalidBatch && process.env.FUZZ_TRACE) await traceWrites(probes);
      else await runAll(probes);
      if (before !== undefined) {
        const after = await settledSnapshot();
        const changed = changedTables(before, after);
        if (changed.length > 0) {
          failures.push(`batch ${batch}: invalid requests changed ${changed.join(', ')}; requests:\n  ${probes.map((p) => p.label).join('\n  ')}`);
        }
      }
      expect(failures.slice(0, 20), `seed ${SEED}`).toEqual([]);
    }
    expect(sent).toBe(TOTAL);

    // Nothing the bot sent could notify a crowd: messages, updates, ephemerals, answers, acks.
    const outgoing = [
      ...s.standIn.calls.filter((call) => call.method.startsWith('chat.')).map((call) => JSON.stringify(call.params)),
      ...s.standIn.responses.map((response) => JSON.stringify(response.body)),
      ...replies,
    ];
    const broadcasts = outgoing.filter((text) => BROADCAST.test(text));
    expect(broadcasts.slice(0, 5), `seed ${SEED}`).toEqual([]);

    // Still alive and still working after all that.
    const health = await fetch(`${s.harness.appUrl}/healthz`);
    expect(health.status).toBe(200);
    const fresh = await s.openPair();
    const answer = await s.run(fresh.mentee, '/mentor-log', 'A calm meeting after the storm.', fresh.channelId);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(await s.count('meeting_logs', fresh.pairId)).toBe(1);
  }, 600_000);
});

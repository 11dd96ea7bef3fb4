/**
 * Requests that are not provably from Slack, now: refused with 401 before anything is read or
 * written (test/e2e/http.test.ts covers a wrong secret, a stale timestamp and missing headers).
 * Here: timestamps in the future, which Bolt alone accepts, broken headers, and signed bodies that
 * are not JSON objects, which Bolt alone would crash on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SlackRequests, slackSignature } from '../../src/dev/slack-requests.js';
import { mention, type Person } from '../support/e2e.js';
import { snapshotTables } from '../support/table-snapshot.js';
import { useScenario } from '../support/use-scenario.js';

let mentor: Person;
let mentee: Person;

const { s } = useScenario();

beforeAll(async () => {
  mentor = s.person('mentor');
  mentee = s.person('mentee');
});

const FORM = 'application/x-www-form-urlencoded';
const secret = () => s.harness.config.slack.signingSecret ?? '';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The admin's `/mentor pair`, signed with a clock `offsetMs` away from now: accepted, it opens a pair. */
function pairCommandAt(offsetMs: number) {
  const requests = new SlackRequests({ appUrl: s.harness.appUrl, signingSecret: secret(), standIn: s.standIn, now: () => Date.now() + offsetMs });
  return requests.slashCommand({ command: '/mentor', text: `pair ${mention(mentor)} ${mention(mentee)}`, userId: s.admin.id, channelId: 'CGENERAL' });
}

/** A body signed as Slack signs it, with any timestamp header. */
function signedRaw(body: string, options: { timestamp?: string; signature?: string; contentType?: string } = {}) {
  const timestamp = options.timestamp ?? String(nowSeconds());
  return s.harness.slack.raw(body, {
    'Content-Type': options.contentType ?? FORM,
    'X-Slack-Request-Timestamp': timestamp,
    'X-Slack-Signature': options.signature ?? slackSignature(secret(), Number(timestamp), body),
  });
}

const payload = (json: string) => new URLSearchParams({ payload: json }).toString();

async function expectNothingHappened(run: () => Promise<{ status: number }>, status: number): Promise<void> {
  const before = await snapshotTables(s.db as never);
  const mark = s.standIn.calls.length;
  const responses = s.standIn.responses.length;
  const reply = await run();
  expect(reply.status).toBe(status);
  // Give a wrongly accepted request the time to show its effects before checking there are none.
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(s.callsSince(mark).filter((call) => call.method !== 'auth.test')).toEqual([]);
  expect(s.standIn.responses.length).toBe(responses);
  expect(await snapshotTables(s.db as never)).toEqual(before);
}

describe('timestamps', () => {
  it.each([
    { case: 'ten minutes ahead', offsetMs: 10 * 60_000 },
    { case: 'a day ahead', offsetMs: 24 * 3_600_000 },
    { case: 'five minutes and a half ahead', offsetMs: 5.5 * 60_000 },
  ])('a request signed $case is refused (401): it could be replayed then', async ({ offsetMs }) => {
    await expectNothingHappened(() => pairCommandAt(offsetMs), 401);
  });

  it.each([
    { case: 'a timestamp that is not a number', timestamp: 'soon' },
    { case: 'an empty timestamp', timestamp: '' },
    { case: 'a negative timestamp', timestamp: '-1' },
  ])('$case is refused (401)', async ({ timestamp }) => {
    await expectNothingHappened(() => signedRaw('command=%2Fmentor&text=help', { timestamp }), 401);
  });

  it.each([
    { case: 'another signature version', signature: (body: string) => slackSignature(secret(), nowSeconds(), body).replace('v0=', 'v1=') },
    { case: 'an empty signature', signature: () => '' },
    { case: 'the signature in upper case', signature: (body: string) => slackSignature(secret(), nowSeconds(), body).toUpperCase() },
  ])('$case is refused (401)', async ({ signature }) => {
    const body = 'command=%2Fmentor&text=help';
    await expectNothingHappened(() => signedRaw(body, { signature: signature(body) }), 401);
  });

  it('a request signed four minutes ahead (a clock a little fast) is carried out, once', async () => {
    const reply = await pairCommandAt(4 * 60_000);
    expect(reply.status).toBe(200);
    // The answer comes once the opening is done; then let its last posts land before the next test counts calls.
    await s.waitFor(() => s.standIn.responses.length > 0);
    expect(await s.count('pairs')).toBe(1);
    expect(s.standIn.callsTo('conversations.create')).toHaveLength(1);
    for (let calls = -1; calls !== s.standIn.calls.length; ) {
      calls = s.standIn.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });
});

describe('signed bodies that are not a request', () => {
  it.each([
    { case: 'payload=null', body: payload('null'), contentType: FORM, status: 400 },
    { case: 'payload=42', body: payload('42'), contentType: FORM, status: 400 },
    { case: 'payload=[]', body: payload('[]'), contentType: FORM, status: 400 },
    { case: 'payload that is not JSON', body: payload('{"type":'), contentType: FORM, status: 400 },
    { case: 'a JSON null event body', body: 'null', contentType: 'application/json', status: 400 },
    { case: 'an object of no known type', body: payload('{"type":"nonsense"}'), contentType: FORM, status: 200 },
    { case: 'an empty form', body: '', contentType: FORM, status: 200 },
  ])('$case answers $status at once and changes nothing', async ({ body, contentType, status }) => {
    const started = Date.now();
    await expectNothingHappened(() => signedRaw(body, { contentType }), status);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('the same bodies unsigned are refused (401), not judged', async () => {
    await expectNothingHappened(() => s.harness.slack.raw(payload('null'), { 'Content-Type': FORM }), 401);
    await expectNothingHappened(
      () => s.harness.slack.raw(payload('null'), { 'Content-Type': FORM, 'X-Slack-Request-Timestamp': String(nowSeconds()), 'X-Slack-Signature': 'v0=00' }),
      401,
    );
  });

  it('the app still answers afterwards', async () => {
    const answer = await s.run(s.admin, '/mentor', 'help', 'CGENERAL');
    expect(answer.body.response_type).toBe('ephemeral');
    expect((await fetch(`${s.harness.appUrl}/healthz`)).status).toBe(200);
  });
});

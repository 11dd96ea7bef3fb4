/**
 * Slack delivering one request several times: the first delivery, then the same payload again with
 * X-Slack-Retry-Num 1–3 (as Slack retries a request whose answer was slow or lost), or the same
 * trigger or form arriving side by side. Each has exactly one effect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import { ACTION_ITEM_DONE, LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import type { OpenedPair } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

// Every date in a form is judged against this moment, ahead of any real clock running the tests.
const NOW = new Date('2031-01-15T12:00:00Z');

let pair: OpenedPair;
let triggerCounter = 0;

const { s } = useScenario({ start: NOW });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
});

/** A trigger id shaped like Slack's, new for each call. */
function newTriggerId(): string {
  return `${1_700_000_000 + ++triggerCounter}.4242.${Math.random().toString(16).slice(2).padEnd(12, '0')}`;
}

/**
 * The same request again, as Slack's retries 1, 2 and 3 carry it, one after another once the first
 * delivery's effect is visible (Slack retries when an answer was slow); every one is acknowledged.
 */
async function retried(first: SlackReply): Promise<void> {
  expect(first.status).toBe(200);
  for (const retryNum of [1, 2, 3]) {
    const reply = await s.harness.slack.resend(first.sent!, retryNum);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  }
}

/**
 * The ack comes before the work: give a wrongly repeated delivery the time to show its effects,
 * until the app has made no Slack call for a while (a repeated log or redraw would make some).
 */
async function settle(quietMs = 750): Promise<void> {
  let seen = -1;
  while (seen !== s.standIn.calls.length) {
    seen = s.standIn.calls.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

async function logsOf(pairId: number) {
  return s.db.selectFrom('meeting_logs').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

async function itemsOf(logId: number) {
  return s.db.selectFrom('action_items').selectAll().where('log_id', '=', logId).orderBy('number').execute();
}

/** Meeting log records the bot posted in a channel. */
function logPosts(channelId: string, mark: number) {
  return s.callsSince(mark, 'chat.postMessage').filter((call) => call.params.channel === channelId);
}

function formValues(summary: string, nextSteps: string | null = null) {
  const input = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
  return {
    [LOG_BLOCKS.metOn]: { value: { type: 'datepicker', selected_date: null } },
    [LOG_BLOCKS.nextMeetingTime]: { value: { type: 'timepicker', selected_time: null } },
    [LOG_BLOCKS.privateNote]: input(null),
    [LOG_BLOCKS.summary]: input(summary),
    [LOG_BLOCKS.achievements]: input(null),
    [LOG_BLOCKS.nextSteps]: input(nextSteps),
    [LOG_BLOCKS.nextMeetingOn]: { value: { type: 'datepicker', selected_date: null } },
  };
}

/** Opens the log form as the mentor and returns the opened view's id. */
async function openLogForm(p: OpenedPair): Promise<string> {
  const triggerId = newTriggerId();
  const reply = await s.send(p.mentor, '/mentor-log', '', p.channelId, { triggerId });
  expect(reply.status).toBe(200);
  const opened = await s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
  return opened.id;
}

/** A log with two open action items, written with `/mentor-log` text. */
async function logWithItems(p: OpenedPair) {
  await s.run(p.mentee, '/mentor-log', 'Mock interview.\nnext: shorten the pitch\nnext: research three companies', p.channelId);
  const log = (await logsOf(p.pairId)).at(-1)!;
  const items = await itemsOf(log.id);
  expect(items.map((item) => item.status)).toEqual(['open', 'open']);
  return { log, items };
}

describe('a button click delivered four times', () => {
  it('Done, retried three times with the same payload: one item done, one redraw, no error shown', async () => {
    const p = await s.openPair();
    await s.run(p.mentee, '/mentor', 'stage engage', p.channelId);
    const { log, items } = await logWithItems(p);
    const mark = s.standIn.calls.length;
    const responseUrl = s.standIn.newResponseUrl();
    const responseId = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);

    const first = await s.harness.slack.blockAction({
      userId: p.mentee.id,
      channelId: p.channelId,
      actionId: ACTION_ITEM_DONE,
      value: String(items[0]!.id),
      messageTs: log.message_ts!,
      responseUrl,
    });
    await s.until(async () => (await itemsOf(log.id))[0]?.status === 'done');
    await s.waitFor(() => s.callsSince(mark, 'chat.update').length > 0);
    await retried(first);
    await settle();

    expect(s.callsSince(mark, 'chat.update')).toHaveLength(1);
    const [done, other] = await itemsOf(log.id);
    expect(done).toMatchObject({ status: 'done', done_by: p.mentee.id, done_at: NOW });
    expect(other?.status).toBe('open');
    expect(s.standIn.responses.filter((response) => response.id === responseId)).toEqual([]);
    expect(await s.count('slack_deliveries')).toBeGreaterThan(0);
  });

  it('four deliveries of one click arriving together redraw the record once', async () => {
    const p = await s.openPair();
    const { log, items } = await logWithItems(p);
    const mark = s.standIn.calls.length;
    const click = { userId: p.mentor.id, channelId: p.channelId, actionId: ACTION_ITEM_DONE, value: String(items[1]!.id), messageTs: log.message_ts! };
    const triggerId = newTriggerId();
    const responseUrl = s.standIn.newResponseUrl();

    const replies = await Promise.all([0, 1, 2, 3].map(() => s.harness.slack.blockAction({ ...click, triggerId, responseUrl })));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    await s.waitFor(() => s.callsSince(mark, 'chat.update').length > 0);
    await settle();

    expect(s.callsSince(mark, 'chat.update')).toHaveLength(1);
    expect((await itemsOf(log.id)).map((item) => [item.status, item.done_by])).toEqual([
      ['open', null],
      ['done', p.mentor.id],
    ]);
  });

  it('a new click (a new trigger) on the same button is carried out as before: the record is redrawn again', async () => {
    const p = await s.openPair();
    const { log, items } = await logWithItems(p);
    const click = { channelId: p.channelId, actionId: ACTION_ITEM_DONE, value: String(items[0]!.id), messageTs: log.message_ts! };
    const mark = s.standIn.calls.length;
    await s.harness.slack.blockAction({ userId: p.mentor.id, ...click });
    await s.waitFor(() => s.callsSince(mark, 'chat.update').length === 1);
    await s.harness.slack.blockAction({ userId: p.mentee.id, ...click });
    await s.waitFor(() => s.callsSince(mark, 'chat.update').length === 2);
    expect((await itemsOf(log.id))[0]).toMatchObject({ status: 'done', done_by: p.mentor.id });
  });
});

describe('a form submitted four times', () => {
  it('the log form, retried three times with the same payload: one log, one record posted', async () => {
    const viewId = await openLogForm(pair);
    const logsBefore = (await logsOf(pair.pairId)).length;
    const mark = s.standIn.calls.length;

    const first = await s.harness.slack.viewSubmission({
      userId: pair.mentor.id,
      callbackId: VIEW_MEETING_LOG,
      viewId,
      values: formValues('Retried form: CV review.', 'rewrite the summary'),
    });
    expect(first.body).toBe('');
    await s.until(async () => (await logsOf(pair.pairId)).length > logsBefore);
    await s.waitFor(() => logPosts(pair.channelId, mark).length > 0);
    await retried(first);
    await settle();

    const logs = (await logsOf(pair.pairId)).slice(logsBefore);
    expect(logs.map((log) => log.summary)).toEqual(['Retried form: CV review.']);
    expect((await itemsOf(logs[0]!.id)).map((item) => item.text)).toEqual(['rewrite the summary']);
    expect(logPosts(pair.channelId, mark)).toHaveLength(1);
    expect(s.standIn.ephemerals(pair.channelId).filter((e) => e.user === pair.mentor.id && e.text.includes(en.generic.failed))).toEqual([]);
  });

  it('Submit pressed twice on one form (the same view id, new triggers, side by side): one log', async () => {
    const viewId = await openLogForm(pair);
    const logsBefore = (await logsOf(pair.pairId)).length;
    const mark = s.standIn.calls.length;
    const submit = () =>
      s.harness.slack.viewSubmission({ userId: pair.mentor.id, callbackId: VIEW_MEETING_LOG, viewId, values: formValues('Pressed twice.') });

    const replies = await Promise.all([submit(), submit(), submit(), submit()]);
    // Every delivery closes the form; only one is carried out.
    expect(replies.map((reply) => [reply.status, reply.body])).toEqual(Array.from({ length: 4 }, () => [200, '']));
    await s.waitFor(() => logPosts(pair.channelId, mark).length > 0);
    await settle();

    expect((await logsOf(pair.pairId)).slice(logsBefore).map((log) => log.summary)).toEqual(['Pressed twice.']);
    expect(logPosts(pair.channelId, mark)).toHaveLength(1);
  });

  it('a form sent back with field errors can still be corrected and sent once', async () => {
    const viewId = await openLogForm(pair);
    const logsBefore = (await logsOf(pair.pairId)).length;
    const submit = (summary: string) =>
      s.harness.slack.viewSubmission({ userId: pair.mentor.id, callbackId: VIEW_MEETING_LOG, viewId, values: formValues(summary) });

    const refused = await submit('');
    expect(refused.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.summary]: en.log.fieldErrors.summaryRequired } });
    // The refusal, retried by Slack, is refused again: nothing was claimed by it.
    expect((await s.harness.slack.resend(refused.sent!, 1)).json).toEqual(refused.json);

    const accepted = await submit('Corrected after the error.');
    expect(accepted.body).toBe('');
    await s.until(async () => (await logsOf(pair.pairId)).length === logsBefore + 1);
    await settle();
    expect((await logsOf(pair.pairId)).slice(logsBefore).map((log) => log.summary)).toEqual(['Corrected after the error.']);
  });
});

describe('a slash command re-sent with the same trigger', () => {
  it('/mentor-log with notes, retried three times: one log, one record, one answer', async () => {
    const logsBefore = (await logsOf(pair.pairId)).length;
    const mark = s.standIn.calls.length;
    const responseUrl = s.standIn.newResponseUrl();
    const responseId = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);

    const first = await s.send(pair.mentee, '/mentor-log', 'Retried command.\nnext: send two contacts', pair.channelId, {
      triggerId: newTriggerId(),
      responseUrl,
    });
    await s.answerTo(responseUrl);
    await retried(first);
    await settle();

    const logs = (await logsOf(pair.pairId)).slice(logsBefore);
    expect(logs.map((log) => log.summary)).toEqual(['Retried command.']);
    expect((await itemsOf(logs[0]!.id)).map((item) => item.text)).toEqual(['send two contacts']);
    expect(logPosts(pair.channelId, mark)).toHaveLength(1);
    expect(s.standIn.responses.filter((response) => response.id === responseId)).toHaveLength(1);
  });

  it('/mentor stage next, delivered four times at once, moves the pair one stage', async () => {
    const p = await s.openPair();
    const changesBefore = await s.count('stage_changes', p.pairId);
    const triggerId = newTriggerId();
    const responseUrl = s.standIn.newResponseUrl();

    const replies = await Promise.all([0, 1, 2, 3].map(() => s.send(p.mentee, '/mentor', 'stage next', p.channelId, { triggerId, responseUrl })));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    const answer = await s.answerTo(responseUrl);
    await settle();

    expect(answer.text).toContain(en.stageNames.engage);
    expect((await s.pairRow(p.pairId)).stage).toBe('engage');
    expect(await s.count('stage_changes', p.pairId)).toBe(changesBefore + 1);
    expect(s.standIn.responses.filter((response) => responseUrl.endsWith(response.id))).toHaveLength(1);
  });

  it('the same words with a new trigger are a new command: /mentor stage next twice moves two stages', async () => {
    const p = await s.openPair();
    await s.run(p.mentee, '/mentor', 'stage next', p.channelId);
    await s.run(p.mentee, '/mentor', 'stage next', p.channelId);
    expect((await s.pairRow(p.pairId)).stage).toBe('nurture');
  });
});

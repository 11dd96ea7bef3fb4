import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { MAX_ACTION_ITEMS_PER_LOG } from '../../src/domain/nurture/action-item-cap.js';
import { ACTION_LOG_REPOST, LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { allText, type OpenedPair, type Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

// Ahead of any real clock running these tests.
const NOW = new Date('2031-01-15T12:00:00Z');

let pair: OpenedPair;

const { s } = useScenario({ start: NOW });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
});

const steps = (n: number) => Array.from({ length: n }, (_, i) => `next: step ${i + 1}`).join('\n');

async function state() {
  const logs = await s.db.selectFrom('meeting_logs').select(['id', 'message_ts']).where('pair_id', '=', pair.pairId).orderBy('id').execute();
  return { logs, items: await s.count('action_items', pair.pairId), jobs: await s.count('jobs', pair.pairId), posts: s.posts(pair.channelId).length };
}

/** Clicks "Post it again" on the ephemeral offer, as Slack sends it, and returns the answer. */
async function postAgain(who: Person, logId: number) {
  const responseUrl = s.standIn.newResponseUrl();
  const reply = await s.harness.slack.blockAction({ userId: who.id, channelId: pair.channelId, actionId: ACTION_LOG_REPOST, value: String(logId), responseUrl });
  expect(reply.status).toBe(200);
  return s.answerTo(responseUrl);
}

describe('a log at the item cap', () => {
  it(`takes ${MAX_ACTION_ITEMS_PER_LOG} next steps; one more is refused by name and nothing is stored`, async () => {
    const before = await state();
    const refused = await s.run(pair.mentor, '/mentor-log', `We met.\n${steps(MAX_ACTION_ITEMS_PER_LOG + 1)}`, pair.channelId);
    expect(refused.text).toBe(fill(en.errors.log_too_many_items, { max: MAX_ACTION_ITEMS_PER_LOG, count: MAX_ACTION_ITEMS_PER_LOG + 1 }));
    expect(await state()).toEqual(before);

    const answer = await s.run(pair.mentor, '/mentor-log', `We met.\n${steps(MAX_ACTION_ITEMS_PER_LOG)}`, pair.channelId);
    expect(answer.text).toContain(fill(en.log.saved, { count: MAX_ACTION_ITEMS_PER_LOG }));
    const record = s.posts(pair.channelId).at(-1)!;
    expect(record.blocks.length).toBeLessThanOrEqual(50);
    expect(allText(record.blocks)).toContain(`step ${MAX_ACTION_ITEMS_PER_LOG}`);
  });

  it('refuses too many next steps in the form beside the field, naming the limit, and stores nothing', async () => {
    const triggerId = `${Date.now()}.42.cap`;
    await s.send(pair.mentee, '/mentor-log', '', pair.channelId, { triggerId });
    const opened = await s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
    const before = await state();
    const values = {
      [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: 'We met.' } },
      [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: steps(MAX_ACTION_ITEMS_PER_LOG + 1) } },
    };
    const reply = await s.harness.slack.viewSubmission({ userId: pair.mentee.id, callbackId: VIEW_MEETING_LOG, viewId: opened.id, values });
    expect(reply.json).toEqual({
      response_action: 'errors',
      errors: { [LOG_BLOCKS.nextSteps]: fill(en.logLimits.tooManyItems, { max: MAX_ACTION_ITEMS_PER_LOG }) },
    });
    expect(await state()).toEqual(before);
  });
});

describe('a post that fails after the log is stored', () => {
  it('tells the author the log is saved; "Post it again" posts it once and never stores it twice', async () => {
    const before = await state();
    s.standIn.failNext('chat.postMessage', { error: 'internal_error' });
    const answer = await s.run(pair.mentee, '/mentor-log', 'We practised the pitch.\nnext: rewrite the intro\nnext: book a mock interview', pair.channelId);
    expect(answer.text).toContain(fill(en.logLimits.savedNotPosted, { count: 2 }));
    const saved = await state();
    expect(saved.logs).toHaveLength(before.logs.length + 1);
    expect(saved.items).toBe(before.items + 2);
    expect(saved.posts).toBe(before.posts);
    const log = saved.logs.at(-1)!;
    expect(log.message_ts).toBeNull();

    const posted = await postAgain(pair.mentee, log.id);
    expect(posted.text).toContain(en.logLimits.postedNow);
    expect(posted.body.replace_original).toBe(true);
    const after = await state();
    expect(after.logs).toHaveLength(saved.logs.length);
    expect(after.items).toBe(saved.items);
    expect(after.jobs).toBe(saved.jobs);
    expect(after.posts).toBe(saved.posts + 1);
    const record = s.posts(pair.channelId).at(-1)!;
    expect(allText(record.blocks)).toContain('rewrite the intro');
    expect(after.logs.at(-1)?.message_ts).toBe(record.ts);

    // A second click, or the other member's, finds it posted and posts nothing.
    expect((await postAgain(pair.mentor, log.id)).text).toContain(en.logLimits.alreadyPosted);
    expect(await state()).toEqual(after);
  });

  it('offers the same from the form, and keeps offering while Slack still fails', async () => {
    const triggerId = `${Date.now()}.43.fail`;
    await s.send(pair.mentor, '/mentor-log', '', pair.channelId, { triggerId });
    const opened = await s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
    const before = await state();
    const ephemerals = s.standIn.ephemerals(pair.channelId).length;
    s.standIn.failNext('chat.postMessage', { error: 'internal_error' }, 2);
    const values = {
      [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: 'Reviewed the plan.' } },
      [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: '- call Ana' } },
    };
    const reply = await s.harness.slack.viewSubmission({ userId: pair.mentor.id, callbackId: VIEW_MEETING_LOG, viewId: opened.id, values });
    expect(reply.status).toBe(200);
    const offer = await s.waitFor(() => s.standIn.ephemerals(pair.channelId).slice(ephemerals).find((e) => e.user === pair.mentor.id));
    expect(offer.text).toBe(fill(en.logLimits.savedNotPosted, { count: 1 }));
    const saved = await state();
    expect(saved.logs).toHaveLength(before.logs.length + 1);
    const logId = saved.logs.at(-1)!.id;

    const stillFailing = await postAgain(pair.mentor, logId);
    expect(stillFailing.text).toContain(fill(en.logLimits.savedNotPosted, { count: 1 }));
    expect(await state()).toEqual(saved);

    expect((await postAgain(pair.mentor, logId)).text).toContain(en.logLimits.postedNow);
    const after = await state();
    expect(after.logs).toHaveLength(saved.logs.length);
    expect(after.items).toBe(saved.items);
    expect(after.posts).toBe(saved.posts + 1);
  });

  it('lets no one outside the pair post a stored log', async () => {
    const outsider = s.person('outsider');
    const [log] = (await state()).logs;
    const answer = await postAgain(outsider, log!.id);
    expect(answer.text).toBe(en.errors.not_member);
  });
});

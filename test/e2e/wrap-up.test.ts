import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_WRAP_UP_CONFIRM } from '../../src/slack/ids.js';
import { allText, messageText, type OpenedPair, Scenario } from '../support/e2e.js';

let s: Scenario;

beforeAll(async () => {
  s = await Scenario.start();
});

afterAll(async () => {
  await s?.stop();
});

async function changesOf(pairId: number) {
  return s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

/** The evaluate post of a pair: the last message carrying the close button. */
function evaluatePost(pair: OpenedPair) {
  const post = [...s.posts(pair.channelId)].reverse().find((message) => JSON.stringify(message.blocks).includes(ACTION_WRAP_UP_CONFIRM));
  if (!post) throw new Error('no evaluate post with the close button');
  return post;
}

function clickClose(pair: OpenedPair, who: { id: string }, value = String(pair.pairId)) {
  return s.click(who, { channelId: pair.channelId, actionId: ACTION_WRAP_UP_CONFIRM, value, messageTs: evaluatePost(pair).ts });
}

/** Everything that shows whether a pair was closed, to compare before and after a refused attempt. */
async function closingState(pair: OpenedPair) {
  const row = await s.pairRow(pair.pairId);
  return {
    stage: row.stage,
    closedAt: row.closed_at,
    changes: (await changesOf(pair.pairId)).length,
    posts: s.posts(pair.channelId).length,
    archived: s.standIn.channels.get(pair.channelId)?.archived,
  };
}

describe('/wrap-up', () => {
  let refusing: OpenedPair | undefined;

  it('moves the pair to evaluate and posts the checklist with the close button; again, it only reminds', async () => {
    const pair = await s.pairAt('nurture');
    const postsBefore = s.posts(pair.channelId).length;

    const answer = await s.run(pair.mentee, '/wrap-up', '', pair.channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('evaluate');
    expect((await changesOf(pair.pairId)).at(-1)).toMatchObject({ from_stage: 'nurture', to_stage: 'evaluate', changed_by: pair.mentee.id });
    const posts = s.posts(pair.channelId).slice(postsBefore);
    expect(posts).toHaveLength(1);
    const text = messageText(posts[0]!);
    expect(text).toContain(en.evaluate.title);
    for (const item of en.evaluate.checklist) expect(text).toContain(item);
    expect(JSON.stringify(posts[0]!.blocks)).toContain(`"action_id":"${ACTION_WRAP_UP_CONFIRM}"`);
    expect(evaluatePost(pair).ts).toBe(posts[0]!.ts);

    const again = await s.run(pair.mentor, '/wrap-up', '', pair.channelId);
    expect(again.text).toContain(en.wrapUp.alreadyEvaluating);
    expect(s.posts(pair.channelId)).toHaveLength(postsBefore + 1);
    expect((await changesOf(pair.pairId)).filter((change) => change.to_stage === 'evaluate')).toHaveLength(1);
  });

  it('/wrap-up confirm before evaluate starts the wrap-up instead of closing', async () => {
    const pair = await s.pairAt('nurture');
    const mark = s.standIn.calls.length;

    const answer = await s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId);

    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    const row = await s.pairRow(pair.pairId);
    expect(row.stage).toBe('evaluate');
    expect(row.closed_at).toBeNull();
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(0);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(false);
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(en.evaluate.title);
  });

  it('/wrap-up confirm from prepare also only starts the wrap-up', async () => {
    const pair = await s.openPair();
    await s.run(pair.mentee, '/wrap-up', 'CONFIRM', pair.channelId);
    expect((await s.pairRow(pair.pairId)).stage).toBe('evaluate');
  });

  it('/wrap-up confirm in evaluate closes the pair, posts the summary with the stored numbers and archives the channel', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor-log', 'First.\nnext: one\nnext: two', pair.channelId);
    await s.run(pair.mentor, '/mentor-log', 'Second.\n- [ ] three', pair.channelId);
    await s.run(pair.mentee, '/mentor-log', 'Third, nothing new.', pair.channelId);
    // Nothing in this issue ticks items off yet: mark two done as a later feature would store them.
    await s.db.updateTable('action_items').set({ status: 'done', done_by: pair.mentee.id, done_at: new Date() })
      .where('pair_id', '=', pair.pairId).where('text', 'in', ['one', 'three']).execute();
    await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
    const postsBefore = s.posts(pair.channelId).length;
    const mark = s.standIn.calls.length;

    const answer = await s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.wrapUp.closed);
    const row = await s.pairRow(pair.pairId);
    expect(row.stage).toBe('closed');
    expect(row.closed_at).toBeInstanceOf(Date);
    expect((await changesOf(pair.pairId)).at(-1)).toMatchObject({ from_stage: 'evaluate', to_stage: 'closed', changed_by: pair.mentor.id });

    const posts = s.posts(pair.channelId).slice(postsBefore);
    expect(posts).toHaveLength(1);
    const days = Math.max(1, Math.round((row.closed_at!.getTime() - row.created_at.getTime()) / 86_400_000));
    const summary = messageText(posts[0]!);
    expect(summary).toContain(en.wrapUp.summaryTitle);
    expect(summary).toContain(fill(en.wrapUp.summaryBody, { days, meetings: 3, done: 2, total: 3 }));
    expect(summary).toContain(fill(en.wrapUp.closedBy, { user: `<@${pair.mentor.id}>` }));

    const archives = s.callsSince(mark, 'conversations.archive');
    expect(archives).toHaveLength(1);
    expect(archives[0]?.params.channel).toBe(pair.channelId);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(true);
    // The summary went out before the channel was archived.
    const methods = s.callsSince(mark).map((call) => call.method);
    expect(methods.lastIndexOf('chat.postMessage')).toBeLessThan(methods.indexOf('conversations.archive'));

    // Afterwards the channel is read-only for the bot's commands.
    const before = await closingState(pair);
    for (const [command, text] of [
      ['/mentor', 'stage next'],
      ['/mentor', 'stage engage'],
      ['/mentor-log', 'one more note'],
      ['/wrap-up', ''],
      ['/wrap-up', 'confirm'],
    ] as const) {
      const later = await s.run(pair.mentee, command, text, pair.channelId);
      expect(later.text, `${command} ${text}`).toContain(en.errors.pair_closed);
    }
    expect(await closingState(pair)).toEqual(before);
    expect(await s.count('meeting_logs', pair.pairId)).toBe(3);
    // Status still answers, so the pair can look back.
    const status = await s.run(pair.mentee, '/mentor', 'status', pair.channelId);
    expect(status.text).toContain(en.stageNames.closed);
    expect(status.text).toContain(`*${en.status.meetings}:* 3`);
  });

  it('the same two people can be paired again once their relationship is closed', async () => {
    const pair = await s.pairAt('evaluate');
    await s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId);
    const again = await s.openPair({ mentor: pair.mentor, mentee: pair.mentee });
    expect(again.pairId).not.toBe(pair.pairId);
    expect(again.channelId).not.toBe(pair.channelId);
  });

  it.each([
    { case: 'confirm from someone outside the pair', where: 'pair', who: 'outsider', text: 'confirm', error: en.errors.not_member },
    { case: 'confirm outside any pair channel', where: 'general', who: 'mentee', text: 'confirm', error: en.errors.not_pair_channel },
    { case: 'foo', where: 'pair', who: 'mentee', text: 'foo', error: fill(en.errors.unknown_command, { word: 'foo' }) },
    { case: 'confirm now', where: 'pair', who: 'mentee', text: 'confirm now', error: fill(en.errors.unknown_command, { word: 'confirm now' }) },
  ] as const)('/wrap-up $case is refused and changes nothing', async ({ where, who, text, error }) => {
    // Refusals change nothing, so they can all try their luck on the same pair.
    refusing ??= await s.pairAt('evaluate');
    const pair = refusing;
    const actor = who === 'outsider' ? s.person('outsider') : pair[who];
    const before = await closingState(pair);

    const answer = await s.run(actor, '/wrap-up', text, where === 'pair' ? pair.channelId : 'CGENERAL');

    expect(answer.text).toContain(error);
    expect(await closingState(pair)).toEqual(before);
  });
});

describe('the close button', () => {
  // Refused clicks change nothing, so they share two pairs: the clicker's, and the one a forged value targets.
  let refusing: Promise<[OpenedPair, OpenedPair]> | undefined;
  const refusingPairs = () => (refusing ??= Promise.all([s.pairAt('evaluate'), s.pairAt('evaluate')]));

  it('closes the pair like /wrap-up confirm, answering the clicker only', async () => {
    const pair = await s.pairAt('evaluate');
    const mark = s.standIn.calls.length;

    const answer = await clickClose(pair, pair.mentee);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.replace_original).toBe(false);
    expect(answer.text).toContain(en.wrapUp.closed);
    const row = await s.pairRow(pair.pairId);
    expect(row.stage).toBe('closed');
    expect(row.closed_at).toBeInstanceOf(Date);
    expect((await changesOf(pair.pairId)).at(-1)).toMatchObject({ from_stage: 'evaluate', to_stage: 'closed', changed_by: pair.mentee.id });
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(fill(en.wrapUp.summaryBody, { days: 1, meetings: 0, done: 0, total: 0 }));
    expect(s.callsSince(mark, 'conversations.archive').map((call) => call.params.channel)).toEqual([pair.channelId]);

    // A second click, once closed, is refused.
    const late = await clickClose(pair, pair.mentor);
    expect(late.text).toContain(en.errors.pair_closed);
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(1);
  });

  it('refuses someone outside the pair, and nothing changes', async () => {
    const [pair] = await refusingPairs();
    const before = await closingState(pair);
    const answer = await clickClose(pair, s.person('outsider'));
    expect(answer.text).toContain(en.errors.not_member);
    expect(await closingState(pair)).toEqual(before);
  });

  it('pressed after the pair stepped back to nurture, it restarts the wrap-up and never closes', async () => {
    const pair = await s.pairAt('evaluate');
    await s.run(pair.mentor, '/mentor', 'stage nurture', pair.channelId);
    const mark = s.standIn.calls.length;
    const answer = await clickClose(pair, pair.mentor);
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    const after = await s.pairRow(pair.pairId);
    expect(after.stage).toBe('evaluate');
    expect(after.closed_at).toBeNull();
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(0);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(false);
  });

  it.each([
    { case: 'another pair’s id', value: 'other', error: en.errors.not_member },
    { case: 'letters', value: 'abc', error: en.errors.stale_action },
    { case: 'a negative number', value: '-1', error: en.errors.stale_action },
    { case: 'an id that does not exist', value: '999999', error: en.errors.stale_action },
    { case: 'a huge number', value: '99999999999999999999', error: en.errors.stale_action },
    { case: 'an empty value', value: '', error: en.errors.stale_action },
    { case: 'a decimal', value: '1.5', error: en.errors.stale_action },
  ])('refuses a forged value ($case), and no pair changes', async ({ value, error }) => {
    const [pair, victim] = await refusingPairs();
    const forged = value === 'other' ? String(victim.pairId) : value;
    const before = [await closingState(pair), await closingState(victim)];

    const answer = await clickClose(pair, pair.mentor, forged);

    expect(answer.text).toContain(error);
    expect([await closingState(pair), await closingState(victim)]).toEqual(before);
  });

  it('two members clicking at once close the pair once', async () => {
    const pair = await s.pairAt('evaluate');
    const postsBefore = s.posts(pair.channelId).length;
    const mark = s.standIn.calls.length;

    const answers = await Promise.all([clickClose(pair, pair.mentor), clickClose(pair, pair.mentee)]);

    const texts = answers.map((answer) => answer.text);
    expect(texts.filter((text) => text.includes(en.wrapUp.closed))).toHaveLength(1);
    expect(texts.filter((text) => text.includes(en.errors.pair_closed))).toHaveLength(1);
    expect((await changesOf(pair.pairId)).filter((change) => change.to_stage === 'closed')).toHaveLength(1);
    const summaries = s.posts(pair.channelId).slice(postsBefore).filter((post) => allText(post.blocks).includes(en.wrapUp.summaryTitle));
    expect(summaries).toHaveLength(1);
    expect(s.posts(pair.channelId).slice(postsBefore)).toHaveLength(1);
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(1);
    expect((await s.pairRow(pair.pairId)).stage).toBe('closed');
  });

  it('a click and /wrap-up confirm at once also close the pair once', async () => {
    const pair = await s.pairAt('evaluate');
    const mark = s.standIn.calls.length;
    await Promise.all([clickClose(pair, pair.mentee), s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId)]);
    expect((await changesOf(pair.pairId)).filter((change) => change.to_stage === 'closed')).toHaveLength(1);
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(1);
  });
});

/**
 * "Start the conversation" end to end: the real app over signed HTTP, real interaction payloads
 * (block_actions with buttons and checkboxes), the Slack stand-in, and the rows stored. The app's
 * clock is fixed; nothing sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { fill } from '../../src/content/index.js';
import { ICEBREAKER_COUNT } from '../../src/domain/engage/icebreakers.js';
import { ACTION_MORE_ICEBREAKERS, ACTION_SUGGEST_NURTURE } from '../../src/slack/ids.js';
import { createTestDatabase } from '../support/database.js';
import { allText, messageText, type OpenedPair, type Person, Scenario } from '../support/e2e.js';
import {
  checklistPosts,
  hasAction,
  icebreakerPosts,
  pressMore,
  questionsIn,
  shownTicks,
  suggestionPosts,
  tickAndWait,
  tickAtOnce,
  tickRefused,
} from '../support/engage.js';

const NOW = new Date('2026-03-02T10:00:00Z');
let now = NOW;
let s: Scenario;

beforeAll(async () => {
  s = await Scenario.start({ clock: () => now });
});

afterAll(async () => {
  await s?.stop();
});

async function ticks(pairId: number) {
  return s.db.selectFrom('checklist_ticks').selectAll().where('pair_id', '=', pairId).orderBy('list').orderBy('item_index').execute();
}

async function shownQuestions(pairId: number): Promise<number[]> {
  const rows = await s.db.selectFrom('icebreakers_shown').select('question_index').where('pair_id', '=', pairId).execute();
  return rows.map((row) => row.question_index).sort((a, b) => a - b);
}

const latestChecklists = (pair: OpenedPair) => checklistPosts(s, pair).at(-1)!;

describe('entering "start the conversation"', () => {
  it('posts the stage, three icebreakers with a button for more, and both checklists unticked', async () => {
    const pair = await s.pairAt('prepare');
    const before = s.posts(pair.channelId).length;
    await s.run(pair.mentee, '/mentor', 'stage next', pair.channelId);
    const posts = s.posts(pair.channelId).slice(before);
    expect(posts.map((post) => messageText(post)).join('\n')).toContain(en.engage.title);

    const [icebreakers] = icebreakerPosts(s, pair, en);
    const shown = questionsIn(icebreakers!, en.engage.icebreakers);
    expect(shown).toHaveLength(3);
    expect(await shownQuestions(pair.pairId)).toEqual([...shown].sort((a, b) => a - b));
    const rows = await s.db.selectFrom('icebreakers_shown').selectAll().where('pair_id', '=', pair.pairId).execute();
    for (const row of rows) expect(row.shown_at).toEqual(NOW);
    expect(hasAction(icebreakers!, ACTION_MORE_ICEBREAKERS)).toBe(true);

    const checklists = latestChecklists(pair);
    expect(shownTicks(checklists, 'agreement')).toEqual([]);
    expect(shownTicks(checklists, 'topics')).toEqual([]);
    const text = messageText(checklists);
    for (const item of [...en.engage.agreement, ...en.engage.topics]) expect(text).toContain(item);
    expect(text).toContain(fill(en.engageProgress.agreementProgress, { done: 0, total: 5 }));
    expect(text).toContain(fill(en.engageProgress.topicsProgress, { done: 0, total: 5 }));
    expect(await ticks(pair.pairId)).toEqual([]);
  });
});

describe('the working agreement and discussion topics', () => {
  let pair: OpenedPair;

  beforeAll(async () => {
    pair = await s.pairAt('engage');
  });

  it('a tick is stored with who and when, and the message is redrawn for both with its progress', async () => {
    const ts = latestChecklists(pair).ts;
    const mark = s.standIn.calls.length;
    await tickAndWait(s, pair.mentee, pair, { list: 'agreement', selected: [1] });

    expect(await ticks(pair.pairId)).toEqual([
      { pair_id: pair.pairId, list: 'agreement', item_index: 1, ticked: true, ticked_by: pair.mentee.id, ticked_at: NOW },
    ]);
    const [update] = s.callsSince(mark, 'chat.update');
    expect(update!.params).toMatchObject({ channel: pair.channelId, ts });
    const message = s.posts(pair.channelId).find((post) => post.ts === ts)!;
    expect(shownTicks(message, 'agreement')).toEqual([1]);
    expect(messageText(message)).toContain(fill(en.engageProgress.agreementProgress, { done: 1, total: 5 }));
    expect(messageText(message)).toContain(`<@${pair.mentee.id}>`);
    // Nothing is posted for a tick: the same message changes.
    expect(s.callsSince(mark, 'chat.postMessage')).toEqual([]);
  });

  it('the same click twice (a double click, or Slack sending it again) leaves one row', async () => {
    now = new Date(NOW.getTime() + 60_000);
    // Both payloads carry the message as it was before either click was stored.
    await tickAtOnce(s, pair, [
      [pair.mentor, { list: 'agreement', selected: [1, 3] }],
      [pair.mentor, { list: 'agreement', selected: [1, 3] }],
    ]);
    const rows = await ticks(pair.pairId);
    expect(rows.map((row) => [row.item_index, row.ticked])).toEqual([
      [1, true],
      [3, true],
    ]);
    await s.waitFor(() => shownTicks(latestChecklists(pair), 'agreement').join() === '1,3');
  });

  it('ticking an item that is already ticked keeps the first tick’s author and time', async () => {
    now = new Date(NOW.getTime() + 120_000);
    // The mentee's screen still shows item 3 unticked (as the message was before): the click says "now 1 and 3".
    const message = latestChecklists(pair);
    const stale = structuredClone(message.blocks) as Array<{ block_id?: string; elements?: Array<{ initial_options?: unknown[] }> }>;
    const agreement = stale.find((block) => block.block_id?.startsWith('checklist:agreement:'))!.elements![0]!;
    agreement.initial_options = agreement.initial_options!.slice(0, 1);
    Object.assign(message, { blocks: stale });
    await tickAndWait(s, pair.mentee, pair, { list: 'agreement', selected: [1, 3] });
    const item3 = (await ticks(pair.pairId)).filter((row) => row.item_index === 3 && row.list === 'agreement');
    expect(item3).toEqual([
      expect.objectContaining({ ticked: true, ticked_by: pair.mentor.id, ticked_at: new Date(NOW.getTime() + 60_000) }),
    ]);
  });

  it('unticking keeps one row per item, now unticked, by whoever unticked it', async () => {
    now = new Date(NOW.getTime() + 180_000);
    await tickAndWait(s, pair.mentor, pair, { list: 'agreement', selected: [3] });
    const rows = await ticks(pair.pairId);
    expect(rows).toEqual([
      expect.objectContaining({ item_index: 1, ticked: false, ticked_by: pair.mentor.id, ticked_at: now }),
      expect.objectContaining({ item_index: 3, ticked: true }),
    ]);
    expect(shownTicks(latestChecklists(pair), 'agreement')).toEqual([3]);
    expect(messageText(latestChecklists(pair))).toContain(fill(en.engageProgress.agreementProgress, { done: 1, total: 5 }));
  });

  it('two members clicking different items at once both count, one row each, and the message ends up showing both', async () => {
    const { ts } = latestChecklists(pair);
    // Each member's message still shows only item 3 ticked when they click.
    await tickAtOnce(s, pair, [
      [pair.mentor, { list: 'topics', selected: [0], ts }],
      [pair.mentee, { list: 'topics', selected: [4], ts }],
    ]);
    const topics = (await ticks(pair.pairId)).filter((row) => row.list === 'topics');
    expect(topics.map((row) => [row.item_index, row.ticked, row.ticked_by])).toEqual([
      [0, true, pair.mentor.id],
      [4, true, pair.mentee.id],
    ]);
    await s.waitFor(() => shownTicks(latestChecklists(pair), 'topics').join() === '0,4');
    expect(messageText(latestChecklists(pair))).toContain(fill(en.engageProgress.topicsProgress, { done: 2, total: 5 }));
  });

  it('two members ticking the same item at once leave one row, ticked', async () => {
    const { ts } = latestChecklists(pair);
    await tickAtOnce(s, pair, [
      [pair.mentor, { list: 'topics', selected: [0, 2, 4], ts }],
      [pair.mentee, { list: 'topics', selected: [0, 2, 4], ts }],
    ]);
    const item2 = (await ticks(pair.pairId)).filter((row) => row.list === 'topics' && row.item_index === 2);
    expect(item2).toEqual([expect.objectContaining({ ticked: true })]);
    await s.waitFor(() => shownTicks(latestChecklists(pair), 'topics').join() === '0,2,4');
  });

  it('a click on an old message updates the same stored state and redraws that message', async () => {
    const old = latestChecklists(pair);
    // Back to prepare and into engage again: a fresh pair of checklists, showing what is stored.
    await s.run(pair.mentor, '/mentor', 'stage prepare', pair.channelId);
    await s.run(pair.mentor, '/mentor', 'stage engage', pair.channelId);
    const fresh = latestChecklists(pair);
    expect(fresh.ts).not.toBe(old.ts);
    expect(shownTicks(fresh, 'agreement')).toEqual([3]);
    expect(shownTicks(fresh, 'topics')).toEqual([0, 2, 4]);

    // Ticked on the new message, so the old one is now out of date.
    await tickAndWait(s, pair.mentee, pair, { list: 'agreement', selected: [0, 3], ts: fresh.ts });
    expect(shownTicks(s.posts(pair.channelId).find((p) => p.ts === old.ts)!, 'agreement')).toEqual([3]);

    const mark = s.standIn.calls.length;
    await tickAndWait(s, pair.mentor, pair, { list: 'agreement', selected: [2, 3], ts: old.ts });
    const agreed = (await ticks(pair.pairId)).filter((row) => row.list === 'agreement' && row.ticked).map((row) => row.item_index);
    expect(agreed).toEqual([0, 2, 3]);
    expect(s.callsSince(mark, 'chat.update')[0]!.params).toMatchObject({ ts: old.ts });
    expect(shownTicks(s.posts(pair.channelId).find((p) => p.ts === old.ts)!, 'agreement')).toEqual([0, 2, 3]);
  });

  it('survives a restart: a new app on the same database shows and updates the stored ticks', async () => {
    const database = await createTestDatabase();
    try {
      const first = await Scenario.start({ database, clock: () => now });
      let opened: OpenedPair;
      try {
        opened = await first.pairAt('engage');
        await tickAndWait(first, opened.mentee, opened, { list: 'agreement', selected: [0, 1] });
      } finally {
        await first.stop();
      }
      const second = await Scenario.start({ database, clock: () => now, users: [opened.mentor, opened.mentee] });
      try {
        const members = [second.standIn.botUserId, opened.mentor.id, opened.mentee.id];
        second.standIn.addChannel({ id: opened.channelId, name: 'mentoring-after-restart', isPrivate: true, members });
        await second.run(opened.mentor, '/mentor', 'stage prepare', opened.channelId);
        await second.run(opened.mentor, '/mentor', 'stage engage', opened.channelId);
        const fresh = checklistPosts(second, opened).at(-1)!;
        expect(shownTicks(fresh, 'agreement')).toEqual([0, 1]);
        await tickAndWait(second, opened.mentor, opened, { list: 'agreement', selected: [0, 1, 4] });
        const rows = await second.db.selectFrom('checklist_ticks').selectAll().where('pair_id', '=', opened.pairId).execute();
        expect(rows.filter((row) => row.ticked).map((row) => row.item_index).sort()).toEqual([0, 1, 4]);
      } finally {
        await second.stop();
      }
    } finally {
      await database.destroy();
    }
  });
});

describe('who may tick, and forged clicks', () => {
  let pair: OpenedPair;
  let other: OpenedPair;

  beforeAll(async () => {
    pair = await s.pairAt('engage');
    other = await s.pairAt('engage');
  });

  async function expectNothingWritten(answer: { text: string; body: Record<string, unknown> }, error: string, mark: number) {
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(error);
    expect(await ticks(pair.pairId)).toEqual([]);
    expect(await ticks(other.pairId)).toEqual([]);
    expect(s.callsSince(mark, 'chat.update')).toEqual([]);
    expect(s.callsSince(mark, 'chat.postMessage')).toEqual([]);
  }

  interface Refusal {
    case: string;
    outsider?: boolean;
    /** PAIR and OTHER stand for this pair's and the other pair's ids. */
    blockId?: string;
    selected?: number[];
    fromOtherChannel?: boolean;
    error: string;
  }

  it.each<Refusal>([
    { case: 'someone outside the pair', outsider: true, error: en.errors.not_member },
    { case: 'an unknown list', blockId: 'checklist:secrets:PAIR', error: en.errors.stale_action },
    { case: 'a block that is not ours', blockId: 'agenda', error: en.errors.stale_action },
    { case: 'an item index out of range', selected: [0, 7], error: en.errors.stale_action },
    { case: "another pair's checklist, clicked from this channel", blockId: 'checklist:agreement:OTHER', error: en.errors.not_member },
    { case: "this pair's checklist, claimed from another channel", fromOtherChannel: true, error: en.errors.stale_action },
  ])('$case is refused privately and nothing is written', async (refusal) => {
    const person = refusal.outsider ? s.person('outsider') : pair.mentee;
    const forged = {
      list: 'agreement' as const,
      selected: refusal.selected ?? [0],
      ...(refusal.blockId === undefined
        ? {}
        : { blockId: refusal.blockId.replace('PAIR', String(pair.pairId)).replace('OTHER', String(other.pairId)) }),
      ...(refusal.fromOtherChannel ? { channelId: other.channelId } : {}),
    };
    const mark = s.standIn.calls.length;
    await expectNothingWritten(await tickRefused(s, person, pair, forged), refusal.error, mark);
  });

  it('a member of a closed pair is told it is closed', async () => {
    const closed = await s.pairAt('engage');
    await s.db.updateTable('pairs').set({ stage: 'closed' }).where('id', '=', closed.pairId).execute();
    const answer = await tickRefused(s, closed.mentor, closed, { list: 'agreement', selected: [0] });
    expect(answer.text).toContain(en.errors.pair_closed);
    expect(await ticks(closed.pairId)).toEqual([]);
  });
});

describe('icebreakers', () => {
  it('"three more" never repeats a question until all have been shown, then says so', async () => {
    const pair = await s.pairAt('engage');
    const seen = questionsIn(icebreakerPosts(s, pair, en)[0]!, en.engage.icebreakers);
    for (let press = 1; seen.length < ICEBREAKER_COUNT; press += 1) {
      const latest = icebreakerPosts(s, pair, en).at(-1)!;
      expect(hasAction(latest, ACTION_MORE_ICEBREAKERS)).toBe(true);
      const who = press % 2 === 0 ? pair.mentor : pair.mentee;
      expect((await pressMore(s, who, pair, latest)).status).toBe(200);
      const post = await s.waitFor(() => icebreakerPosts(s, pair, en)[press]);
      const questions = questionsIn(post, en.engage.icebreakers);
      expect(questions).toHaveLength(3);
      for (const index of questions) expect(seen).not.toContain(index);
      seen.push(...questions);
    }
    expect(await shownQuestions(pair.pairId)).toEqual([...seen].sort((a, b) => a - b));

    // The last post says it was the last, without a button; an old button now answers privately.
    const last = icebreakerPosts(s, pair, en).at(-1)!;
    expect(hasAction(last, ACTION_MORE_ICEBREAKERS)).toBe(false);
    expect(messageText(last)).toContain(en.engageProgress.lastIcebreakers);
    const posts = s.posts(pair.channelId).length;
    const responseUrl = s.standIn.newResponseUrl();
    await pressMore(s, pair.mentor, pair, icebreakerPosts(s, pair, en)[0]!, responseUrl);
    const answer = await s.answerTo(responseUrl);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.engageProgress.noMoreIcebreakers);
    expect(s.posts(pair.channelId)).toHaveLength(posts);
    expect(await s.count('icebreakers_shown', pair.pairId)).toBe(ICEBREAKER_COUNT);
  });

  it('two presses at once post six different questions', async () => {
    const pair = await s.pairAt('engage');
    const [first] = icebreakerPosts(s, pair, en);
    await Promise.all([pressMore(s, pair.mentor, pair, first!), pressMore(s, pair.mentee, pair, first!)]);
    const posts = await s.waitFor(() => icebreakerPosts(s, pair, en).length === 3 && icebreakerPosts(s, pair, en));
    const all = posts.flatMap((post) => questionsIn(post, en.engage.icebreakers));
    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
    expect(await s.count('icebreakers_shown', pair.pairId)).toBe(9);
  });

  it('only the pair may ask for more', async () => {
    const pair = await s.pairAt('engage');
    const responseUrl = s.standIn.newResponseUrl();
    const posts = s.posts(pair.channelId).length;
    await pressMore(s, s.person('outsider'), pair, icebreakerPosts(s, pair, en)[0]!, responseUrl);
    expect((await s.answerTo(responseUrl)).text).toContain(en.errors.not_member);
    expect(s.posts(pair.channelId)).toHaveLength(posts);
    expect(await s.count('icebreakers_shown', pair.pairId)).toBe(3);
  });
});

describe('the suggestion to move on to nurture', () => {
  const agreeOnEverything = (pair: OpenedPair, who: Person) =>
    tickAndWait(s, who, pair, { list: 'agreement', selected: [0, 1, 2, 3, 4] });

  it('comes once the agreement is complete and a meeting is logged, once only, and its button moves the pair', async () => {
    const pair = await s.pairAt('engage');
    await tickAndWait(s, pair.mentee, pair, { list: 'agreement', selected: [0, 1, 2, 3] });
    await s.run(pair.mentee, '/mentor-log', 'First meeting: we got to know each other.', pair.channelId);
    expect(suggestionPosts(s, pair)).toEqual([]);

    await tickAndWait(s, pair.mentor, pair, { list: 'agreement', selected: [0, 1, 2, 3, 4] });
    const [suggestion] = suggestionPosts(s, pair);
    expect(messageText(suggestion!)).toContain(fill(en.engageProgress.suggestNurture, { stage: en.stageNames.nurture }));
    expect(await s.count('pair_suggestions', pair.pairId)).toBe(1);

    // Unticking and ticking again, or another log, never suggests it twice.
    await tickAndWait(s, pair.mentor, pair, { list: 'agreement', selected: [0, 1, 2, 3] });
    await tickAndWait(s, pair.mentee, pair, { list: 'agreement', selected: [0, 1, 2, 3, 4] });
    await s.run(pair.mentor, '/mentor-log', 'Second meeting.', pair.channelId);
    expect(suggestionPosts(s, pair)).toHaveLength(1);

    const outsider = await s.click(s.person('outsider'), { channelId: pair.channelId, actionId: ACTION_SUGGEST_NURTURE, value: String(pair.pairId), messageTs: suggestion!.ts });
    expect(outsider.text).toContain(en.errors.not_member);
    expect((await s.pairRow(pair.pairId)).stage).toBe('engage');

    const moved = await s.click(pair.mentee, { channelId: pair.channelId, actionId: ACTION_SUGGEST_NURTURE, value: String(pair.pairId), messageTs: suggestion!.ts });
    expect(moved.text).toContain(fill(en.stage.done, { stage: en.stageNames.nurture }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('nurture');
    const last = await s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pair.pairId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ from_stage: 'engage', to_stage: 'nurture', changed_by: pair.mentee.id, changed_at: now });
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(en.nurture.title);

    const again = await s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_SUGGEST_NURTURE, value: String(pair.pairId), messageTs: suggestion!.ts });
    expect(again.text).toContain(fill(en.errors.already_in_stage, { stage: en.stageNames.nurture }));
    expect(await s.count('stage_changes', pair.pairId)).toBe(3);
  });

  it('comes after the log when the agreement was complete first', async () => {
    const pair = await s.pairAt('engage');
    await agreeOnEverything(pair, pair.mentor);
    expect(suggestionPosts(s, pair)).toEqual([]);
    await s.run(pair.mentee, '/mentor-log', 'We met and agreed how to work.', pair.channelId);
    expect(suggestionPosts(s, pair)).toHaveLength(1);
    await s.run(pair.mentee, '/mentor-log', 'Another meeting.', pair.channelId);
    expect(suggestionPosts(s, pair)).toHaveLength(1);
  });

  it('is not made outside "start the conversation"', async () => {
    const pair = await s.pairAt('engage');
    await agreeOnEverything(pair, pair.mentee);
    await s.run(pair.mentee, '/mentor', 'stage next', pair.channelId);
    await s.run(pair.mentee, '/mentor-log', 'A nurture meeting.', pair.channelId);
    expect(suggestionPosts(s, pair)).toEqual([]);
    expect(await s.count('pair_suggestions', pair.pairId)).toBe(0);
  });
});

describe('in French', () => {
  it('a French-speaking pair gets French icebreakers and checklists, and French refusals', async () => {
    const mentor = s.person('mentor', { locale: 'fr-FR', tz: 'Europe/Paris' });
    const mentee = s.person('mentee', { locale: 'fr-FR', tz: 'Europe/Paris' });
    const pair = await s.pairAt('engage', { mentor, mentee });

    const [icebreakers] = icebreakerPosts(s, pair, fr);
    expect(questionsIn(icebreakers!, fr.engage.icebreakers)).toHaveLength(3);
    expect(allText(icebreakers!.blocks)).toContain(fr.engageProgress.moreButton);

    await tickAndWait(s, mentee, pair, { list: 'topics', selected: [1] });
    const checklists = checklistPosts(s, pair).at(-1)!;
    const text = messageText(checklists);
    for (const item of [...fr.engage.agreement, ...fr.engage.topics]) expect(text).toContain(item);
    expect(text).toContain(fill(fr.engageProgress.topicsProgress, { done: 1, total: 5 }));
    expect(text).toContain(fill(fr.engageProgress.agreementProgress, { done: 0, total: 5 }));
    expect(text).not.toContain(en.engage.agreementTitle);

    const outsider = s.person('outsider', { locale: 'fr-FR' });
    const refused = await tickRefused(s, outsider, pair, { list: 'topics', selected: [1, 2] });
    expect(refused.text).toContain(fr.errors.not_member);
  });
});

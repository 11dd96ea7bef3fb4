import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { asPercent, attainmentAverage } from '../../src/domain/evaluate/reflection.js';
import {
  ACTION_LAST_MEETING_PICK,
  ACTION_REFLECTION_OPEN,
  ACTION_WRAP_UP_CONFIRM,
  LAST_MEETING_BLOCK_PREFIX,
  REFLECTION_BLOCKS,
} from '../../src/slack/ids.js';
import { allText, messageText, type OpenedPair, Scenario } from '../support/e2e.js';
import { writeGoal } from '../support/prepare.js';
import { closeByWrapUp, continueWith, decide, decisionPost, openReflection, reflect, reflectionValues, submitReflection } from '../support/wrap-up.js';
import { useScenario } from '../support/use-scenario.js';

const { s } = useScenario();

async function changesOf(pairId: number) {
  return s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

async function wrapUpsOf(pairId: number) {
  return s.db.selectFrom('wrap_ups').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

async function reflectionsOf(pairId: number) {
  return s.db.selectFrom('reflections').selectAll().where('pair_id', '=', pairId).execute();
}

/** The evaluate post of a pair: the last message carrying the wrap-up's controls. */
function evaluatePost(pair: OpenedPair) {
  const post = [...s.posts(pair.channelId)].reverse().find((message) => JSON.stringify(message.blocks).includes(ACTION_WRAP_UP_CONFIRM));
  if (!post) throw new Error('no evaluate post with the wrap-up controls');
  return post;
}

function clickConfirm(pair: OpenedPair, who: { id: string }, value = String(pair.pairId)) {
  return s.click(who, { channelId: pair.channelId, actionId: ACTION_WRAP_UP_CONFIRM, value, messageTs: evaluatePost(pair).ts });
}

function pickLastMeeting(pair: OpenedPair, who: { id: string }, day: string, blockId?: string) {
  const responseUrl = s.standIn.newResponseUrl();
  return s.harness.slack
    .blockAction({ userId: who.id, channelId: pair.channelId, actionId: ACTION_LAST_MEETING_PICK, messageTs: evaluatePost(pair).ts, selectedDate: day, blockId, responseUrl })
    .then(() => s.answerTo(responseUrl));
}

const inDays = (days: number) => DateTime.utc().plus({ days }).toISODate()!;

/** Everything that shows whether a pair moved on, to compare before and after a refused attempt. */
async function closingState(pair: OpenedPair) {
  const row = await s.pairRow(pair.pairId);
  return {
    stage: row.stage,
    closedAt: row.closed_at,
    outcome: row.outcome,
    changes: (await changesOf(pair.pairId)).length,
    wrapUps: await wrapUpsOf(pair.pairId),
    reflections: (await reflectionsOf(pair.pairId)).length,
    posts: s.posts(pair.channelId).length,
    archived: s.standIn.channels.get(pair.channelId)?.archived,
  };
}

/** A pair in evaluate with two reflections in, whose celebration summary is posted. */
async function pairWithSummary(): Promise<OpenedPair> {
  const pair = await s.pairAt('evaluate');
  await reflect(s, pair, pair.mentee);
  await reflect(s, pair, pair.mentor);
  await s.waitFor(() => s.posts(pair.channelId).some((m) => allText(m.blocks).includes(en.evaluateWrapUp.decision.title)));
  return pair;
}

describe('/wrap-up', () => {
  let refusing: OpenedPair | undefined;

  it('moves the pair to evaluate, posts the checklist with the controls, and asks for the last meeting’s date; again, it only reminds', async () => {
    const pair = await s.pairAt('nurture');
    const postsBefore = s.posts(pair.channelId).length;

    const answer = await s.run(pair.mentee, '/wrap-up', '', pair.channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    expect(answer.text).toContain(en.evaluateWrapUp.pickLastMeeting);
    // The date picker starts on the next planned meeting: without a log or agreement, two weeks after the opening.
    const picker = JSON.stringify(answer.body.blocks);
    expect(picker).toContain(`"action_id":"${ACTION_LAST_MEETING_PICK}"`);
    expect(picker).toContain(`"block_id":"${LAST_MEETING_BLOCK_PREFIX}${pair.pairId}"`);
    const opened = (await s.pairRow(pair.pairId)).created_at;
    expect(picker).toContain(`"initial_date":"${DateTime.fromJSDate(opened, { zone: 'utc' }).plus({ days: 14 }).toISODate()}"`);
    expect((await s.pairRow(pair.pairId)).stage).toBe('evaluate');
    expect((await changesOf(pair.pairId)).at(-1)).toMatchObject({ from_stage: 'nurture', to_stage: 'evaluate', changed_by: pair.mentee.id });
    expect(await wrapUpsOf(pair.pairId)).toHaveLength(1);
    const posts = s.posts(pair.channelId).slice(postsBefore);
    expect(posts).toHaveLength(1);
    const text = messageText(posts[0]!);
    expect(text).toContain(en.evaluate.title);
    for (const item of en.evaluate.checklist) expect(text).toContain(item);
    expect(JSON.stringify(posts[0]!.blocks)).toContain(`"action_id":"${ACTION_WRAP_UP_CONFIRM}"`);
    expect(JSON.stringify(posts[0]!.blocks)).toContain(`"action_id":"${ACTION_REFLECTION_OPEN}"`);
    expect(evaluatePost(pair).ts).toBe(posts[0]!.ts);

    const again = await s.run(pair.mentor, '/wrap-up', '', pair.channelId);
    expect(again.text).toContain(en.wrapUp.alreadyEvaluating);
    expect(s.posts(pair.channelId)).toHaveLength(postsBefore + 1);
    expect((await changesOf(pair.pairId)).filter((change) => change.to_stage === 'evaluate')).toHaveLength(1);
    expect(await wrapUpsOf(pair.pairId)).toHaveLength(1);
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

  it.each([
    { case: 'confirm from someone outside the pair', where: 'pair', who: 'outsider', text: 'confirm', error: en.errors.not_member },
    { case: 'reflect from someone outside the pair', where: 'pair', who: 'outsider', text: 'reflect', error: en.errors.not_member },
    { case: 'confirm outside any pair channel', where: 'general', who: 'mentee', text: 'confirm', error: en.errors.not_pair_channel },
    { case: 'foo', where: 'pair', who: 'mentee', text: 'foo', error: fill(en.errors.unknown_command, { word: 'foo' }) },
    { case: 'confirm now', where: 'pair', who: 'mentee', text: 'confirm now', error: fill(en.errors.unknown_command, { word: 'confirm now' }) },
  ] as const)('/wrap-up $case is refused and changes nothing', async ({ where, who, text, error }) => {
    // Refusals change nothing, so they can all try their luck on the same pair.
    refusing ??= await s.pairAt('evaluate');
    const pair = refusing;
    const actor = who === 'outsider' ? s.person('outsider') : pair[who];
    const before = await closingState(pair);
    const views = s.standIn.views.length;

    const answer = await s.run(actor, '/wrap-up', text, where === 'pair' ? pair.channelId : 'CGENERAL');

    expect(answer.text).toContain(error);
    expect(await closingState(pair)).toEqual(before);
    expect(s.standIn.views).toHaveLength(views);
  });
});

describe('the last meeting', () => {
  it('is stored as an instant on the mentee’s calendar, announced, reminded a week and a day before, and its agenda is the wrap-up', async () => {
    const mentee = s.person('mentee', { tz: 'Europe/Paris' });
    const pair = await s.pairAt('evaluate', { mentee });
    const day = inDays(20);

    const answer = await pickLastMeeting(pair, pair.mentor, day);

    // No agreement: 09:00 on the mentee's calendar.
    const at = DateTime.fromISO(`${day}T09:00`, { zone: 'Europe/Paris' }).toJSDate();
    expect(answer.text).toContain('Saved: your last meeting is on');
    const [wrapUp] = await wrapUpsOf(pair.pairId);
    expect(wrapUp).toMatchObject({ last_meeting_on: day, last_meeting_set_by: pair.mentor.id });
    expect(wrapUp!.last_meeting_at?.toISOString()).toBe(at.toISOString());
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(`<@${pair.mentor.id}> set the date of your last meeting`);
    const jobs = await s.db
      .selectFrom('jobs')
      .select(['kind', 'dedupe_key', 'run_at'])
      .where('pair_id', '=', pair.pairId)
      .where('state', '=', 'pending')
      .where('kind', 'in', ['last_meeting_week', 'last_meeting_day', 'agenda'])
      .orderBy('run_at')
      .execute();
    expect(jobs.map((job) => job.kind).sort()).toEqual(['agenda', 'last_meeting_day', 'last_meeting_week']);
    expect(jobs[0]!.kind).toBe('last_meeting_week');
    for (const job of jobs) expect(job.run_at.getTime()).toBeLessThan(at.getTime());
    expect(jobs[0]!.dedupe_key).toBe(`last_meeting_week:${pair.pairId}:${at.toISOString()}`);

    const agenda = await s.run(pair.mentee, '/mentor', 'agenda', pair.channelId);
    expect(agenda.text).toContain(en.evaluateWrapUp.agendaLastMeeting);
    for (const topic of ['reviewGoals', 'wrapExpectations', 'wrapHighlights', 'nextChapter', 'wrapThanks'] as const) {
      expect(agenda.text).toContain(en.agenda.topics[topic]);
    }

    // Sent at the week-before slot, the reminder names the meeting.
    const week = jobs[0]!.run_at;
    await s.harness.tick(week);
    const reminder = s.posts(pair.channelId).at(-1)!;
    expect(messageText(reminder)).toContain('Your last meeting is a week away');
    expect(JSON.stringify(reminder.blocks)).toContain(`<!date^${Math.floor(at.getTime() / 1000)}^`);
  });

  it.each([
    { case: 'a day in the past', day: () => inDays(-3), error: en.errors.date_in_past },
    { case: 'a day that cannot exist', day: () => '2031-02-30', error: en.errors.date_invalid },
    { case: 'not a day', day: () => 'soon', error: en.errors.date_invalid },
  ])('refuses $case and stores nothing', async ({ day, error }) => {
    const pair = await s.pairAt('evaluate');
    const before = await closingState(pair);
    const answer = await pickLastMeeting(pair, pair.mentee, day());
    expect(answer.text).toContain(error);
    expect(await closingState(pair)).toEqual(before);
  });

  it('refuses someone outside the pair, and a forged block naming another pair', async () => {
    const pair = await s.pairAt('evaluate');
    const victim = await s.pairAt('evaluate');
    const before = [await closingState(pair), await closingState(victim)];
    expect((await pickLastMeeting(pair, s.person('outsider'), inDays(10))).text).toContain(en.errors.not_member);
    const forged = await pickLastMeeting(pair, pair.mentor, inDays(10), `${LAST_MEETING_BLOCK_PREFIX}${victim.pairId}`);
    expect(forged.text).toContain(en.errors.not_member);
    expect((await pickLastMeeting(pair, pair.mentor, inDays(10), `${LAST_MEETING_BLOCK_PREFIX}abc`)).text).toContain(en.errors.stale_action);
    expect([await closingState(pair), await closingState(victim)]).toEqual(before);
  });
});

describe('the reflection form', () => {
  it('shows the goal and each step to rate, refuses bad answers beside their fields, and is editable until closed', async () => {
    const pair = await s.pairAt('nurture');
    await writeGoal(s, pair.mentee, pair, 'Land my first job working with Salesforce', ['Pick the role', 'Close the skill gaps', 'Rewrite the CV']);
    await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
    const view = await openReflection(s, pair.mentee, pair.channelId);
    const blockIds = (view.view.blocks as Array<{ block_id?: string }>).map((b) => b.block_id).filter(Boolean);
    expect(blockIds).toEqual(
      expect.arrayContaining([
        REFLECTION_BLOCKS.learned,
        REFLECTION_BLOCKS.goal,
        `${REFLECTION_BLOCKS.step}1`,
        `${REFLECTION_BLOCKS.step}3`,
        `${REFLECTION_BLOCKS.stepComment}2`,
        REFLECTION_BLOCKS.expectations,
        REFLECTION_BLOCKS.highlight,
        REFLECTION_BLOCKS.next,
        REFLECTION_BLOCKS.thanks,
      ]),
    );
    expect(allText(view.view.blocks)).toContain('Step 2: Close the skill gaps');

    const bad = await submitReflection(
      s,
      pair.mentee,
      view,
      reflectionValues({ learned: '  ', steps: { 2: 'mostly' }, highlight: 'x'.repeat(1001), next: null }, 3),
    );
    expect(bad.json).toEqual({
      response_action: 'errors',
      errors: {
        [REFLECTION_BLOCKS.learned]: en.evaluateWrapUp.fieldErrors.required,
        [`${REFLECTION_BLOCKS.step}2`]: en.evaluateWrapUp.fieldErrors.invalidChoice,
        [REFLECTION_BLOCKS.highlight]: fill(en.evaluateWrapUp.fieldErrors.tooLong, { max: 1000 }),
        [REFLECTION_BLOCKS.next]: en.evaluateWrapUp.fieldErrors.required,
      },
    });
    expect(await reflectionsOf(pair.pairId)).toHaveLength(0);

    await reflect(s, pair, pair.mentee, { steps: { 1: 'met', 2: 'partly', 3: 'not_yet' }, goal: 'partly', thanks: 'Thank you <!channel>!' });
    const [stored] = await reflectionsOf(pair.pairId);
    expect(stored).toMatchObject({ user_id: pair.mentee.id, goal_attainment: 'partly', expectations: 'met', next_step: 'stay_in_touch' });
    expect(stored!.steps.map((step) => [step.position, step.text, step.attainment])).toEqual([
      [1, 'Pick the role', 'met'],
      [2, 'Close the skill gaps', 'partly'],
      [3, 'Rewrite the CV', 'not_yet'],
    ]);
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(fill(en.evaluateWrapUp.reflectionShared, { user: `<@${pair.mentee.id}>` }));

    // Reopened, it is prefilled; an edit replaces it, with no second announcement.
    const again = await openReflection(s, pair.mentee, pair.channelId);
    expect(JSON.stringify(again.view.blocks)).toContain('"initial_value":"How to tell my story in one minute."');
    const posts = s.posts(pair.channelId).length;
    await reflect(s, pair, pair.mentee, { learned: 'Patience.' });
    expect(await reflectionsOf(pair.pairId)).toHaveLength(1);
    expect((await reflectionsOf(pair.pairId))[0]!.learned).toBe('Patience.');
    expect(s.posts(pair.channelId)).toHaveLength(posts);
  });

  it('a plan edited while the form was open is refused; an outsider’s forged submission stores nothing', async () => {
    const pair = await s.pairAt('nurture');
    await writeGoal(s, pair.mentee, pair, 'Move to architecture', ['Code more', 'Ask for a task']);
    await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
    const view = await openReflection(s, pair.mentor, pair.channelId);
    await writeGoal(s, pair.mentee, pair, 'Move to architecture, step by step', ['Code more', 'Ask for a coding task', 'Ask for a transfer']);
    const stale = await submitReflection(s, pair.mentor, view, reflectionValues({}, 2));
    expect(stale.json).toEqual({ response_action: 'errors', errors: { [REFLECTION_BLOCKS.learned]: en.evaluateWrapUp.fieldErrors.planChanged } });

    const outsider = s.person('outsider');
    const forged = await submitReflection(s, outsider, view, reflectionValues({}, 2));
    expect(forged.json).toEqual({ response_action: 'errors', errors: { [REFLECTION_BLOCKS.learned]: en.errors.not_member } });
    expect(await reflectionsOf(pair.pairId)).toHaveLength(0);
  });
});

describe('the guided close, from /wrap-up to the archive', () => {
  it('walks both reflections to a celebration summary whose numbers match what is stored, then closes and archives', async () => {
    const pair = await s.pairAt('nurture');
    await writeGoal(s, pair.mentee, pair, 'Land my first job working with Salesforce', ['Pick the role', 'List the skill gaps', 'Rewrite the CV']);
    await s.db.updateTable('goal_steps').set({ done_by: pair.mentee.id, done_at: new Date() }).where('pair_id', '=', pair.pairId).where('position', '<=', 2).execute();
    await s.run(pair.mentee, '/mentor-log', 'First.\nnext: one\nnext: two', pair.channelId);
    await s.run(pair.mentor, '/mentor-log', 'Second.\n- [ ] three', pair.channelId);
    await s.run(pair.mentee, '/mentor-log', 'Third, nothing new.', pair.channelId);
    await s.run(pair.mentee, '/mentor', 'done 1', pair.channelId);
    await s.run(pair.mentee, '/mentor', 'done 3', pair.channelId);
    await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
    await pickLastMeeting(pair, pair.mentee, inDays(10));

    await reflect(s, pair, pair.mentee, { goal: 'met', steps: { 1: 'met', 2: 'met', 3: 'partly' }, highlight: 'The mock interview <!here>', thanks: 'Thank you for every hour.' });
    expect(s.posts(pair.channelId).some((m) => allText(m.blocks).includes(en.wrapUp.summaryTitle))).toBe(false);
    const postsBefore = s.posts(pair.channelId).length;
    await reflect(s, pair, pair.mentor, { goal: 'partly', steps: { 1: 'met', 2: 'partly', 3: 'not_yet' }, highlight: 'Seeing the CV click.', next: 'close' });

    const summaryPost = s.posts(pair.channelId).slice(postsBefore).find((m) => allText(m.blocks).includes(en.wrapUp.summaryTitle))!;
    expect(summaryPost).toBeDefined();
    const row = await s.pairRow(pair.pairId);
    const [wrapUp] = await wrapUpsOf(pair.pairId);
    const days = Math.max(1, Math.round((wrapUp!.summary_at!.getTime() - row.created_at.getTime()) / 86_400_000));
    const logs = await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', pair.pairId).where('deleted_at', 'is', null).execute();
    const items = await s.db.selectFrom('action_items').select('status').where('pair_id', '=', pair.pairId).execute();
    const steps = await s.db.selectFrom('goal_steps').select('done_at').where('pair_id', '=', pair.pairId).execute();
    const reflections = await reflectionsOf(pair.pairId);
    const average = attainmentAverage(reflections.map((r) => ({ goal: r.goal_attainment, steps: r.steps.map((step) => step.attainment) })))!;
    const text = messageText(summaryPost);
    expect(text).toContain(
      fill(en.wrapUp.summaryBody, { days, meetings: logs.length, done: items.filter((i) => i.status === 'done').length, total: items.length }),
    );
    expect(text).toContain(fill(en.wrapUp.summaryBody, { days, meetings: 3, done: 2, total: 3 }));
    expect(text).toContain(fill(en.evaluateWrapUp.summary.steps, { done: steps.filter((st) => st.done_at !== null).length, total: steps.length }));
    // (1 + 1 + 1 + 0.5) + (0.5 + 1 + 0.5 + 0) over eight ratings.
    expect(average).toBeCloseTo(5.5 / 8);
    expect(text).toContain(fill(en.evaluateWrapUp.summary.attainment, { percent: asPercent(average) }));
    expect(text).toContain(fill(en.evaluateWrapUp.summary.wordsOf, { user: `<@${pair.mentee.id}>` }));
    expect(text).toContain('> Thank you for every hour.');
    expect(text).toContain('> Seeing the CV click.');
    // Their words never ping anyone.
    expect(text).not.toContain('<!here>');
    expect(text).toContain('The mock interview @\u2060here');
    expect(text).toContain(en.evaluateWrapUp.decision.title);

    const mark = s.standIn.calls.length;
    const answer = await decide(s, pair, pair.mentee, 'close');

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.evaluateWrapUp.closedReply);
    const closed = await s.pairRow(pair.pairId);
    expect(closed).toMatchObject({ stage: 'closed', outcome: 'closed', outcome_by: pair.mentee.id });
    expect(closed.closed_at).toBeInstanceOf(Date);
    expect(closed.outcome_at).toBeInstanceOf(Date);
    expect((await wrapUpsOf(pair.pairId))[0]).toMatchObject({ decision: 'closed', decided_by: pair.mentee.id });
    expect((await changesOf(pair.pairId)).at(-1)).toMatchObject({ from_stage: 'evaluate', to_stage: 'closed', changed_by: pair.mentee.id });
    // Every reminder of the pair, the last meeting's included, is cancelled.
    const pending = await s.db.selectFrom('jobs').select('kind').where('pair_id', '=', pair.pairId).where('state', '=', 'pending').execute();
    expect(pending).toEqual([]);
    // The summary's buttons give way to who decided what.
    expect(messageText(s.posts(pair.channelId).find((m) => m.ts === summaryPost.ts)!)).toContain(
      fill(en.evaluateWrapUp.decision.decidedBy, { user: `<@${pair.mentee.id}>`, outcome: en.evaluateWrapUp.outcomes.closed }),
    );
    const archives = s.callsSince(mark, 'conversations.archive');
    expect(archives).toHaveLength(1);
    expect(archives[0]?.params.channel).toBe(pair.channelId);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(true);
    // The closing line went out before the channel was archived.
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
      ['/wrap-up', 'reflect'],
    ] as const) {
      const later = await s.run(pair.mentee, command, text, pair.channelId);
      expect(later.text, `${command} ${text}`).toContain(en.errors.pair_closed);
    }
    const late = await decide(s, pair, pair.mentor, 'close', String(pair.pairId), summaryPost.ts);
    expect(late.text).toContain(en.errors.pair_closed);
    expect(await closingState(pair)).toEqual(before);
    expect(await s.count('meeting_logs', pair.pairId)).toBe(3);
    // Status still answers, so the pair can look back.
    const status = await s.run(pair.mentee, '/mentor', 'status', pair.channelId);
    expect(status.text).toContain(en.stageNames.closed);
    expect(status.text).toContain(`*${en.status.meetings}:* 3`);
  });

  it('the first /wrap-up confirm with a reflection missing reminds the other member; a later one posts the summary without it', async () => {
    const pair = await s.pairAt('evaluate');
    await reflect(s, pair, pair.mentor);
    const postsBefore = s.posts(pair.channelId).length;

    const first = await s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId);

    expect(first.text).toContain(fill(en.evaluateWrapUp.remindedReply, { other: `<@${pair.mentee.id}>` }));
    const reminder = s.posts(pair.channelId).slice(postsBefore);
    expect(reminder).toHaveLength(1);
    expect(messageText(reminder[0]!)).toContain(fill(en.evaluateWrapUp.reminderPosted, { user: `<@${pair.mentor.id}>`, other: `<@${pair.mentee.id}>` }));
    expect((await wrapUpsOf(pair.pairId))[0]).toMatchObject({ reminded_by: pair.mentor.id, summary_at: null });

    const second = await clickConfirm(pair, pair.mentor);
    expect(second.text).toContain(en.evaluateWrapUp.summaryPosted);
    const summary = messageText(s.posts(pair.channelId).at(-1)!);
    expect(summary).toContain(en.wrapUp.summaryTitle);
    expect(summary).toContain(fill(en.evaluateWrapUp.summary.noReflection, { user: `<@${pair.mentee.id}>` }));
    expect(summary).toContain(fill(en.evaluateWrapUp.summary.wordsOf, { user: `<@${pair.mentor.id}>` }));

    const third = await s.run(pair.mentee, '/wrap-up', 'confirm', pair.channelId);
    expect(third.text).toContain(en.evaluateWrapUp.summaryAlready);
    expect(s.posts(pair.channelId).filter((m) => allText(m.blocks).includes(en.wrapUp.summaryTitle))).toHaveLength(1);
  });

  it('a member who confirms without their own reflection goes ahead: only the other is ever reminded', async () => {
    const pair = await s.pairAt('evaluate');
    await reflect(s, pair, pair.mentee);
    const answer = await s.run(pair.mentor, '/wrap-up', 'confirm', pair.channelId);
    expect(answer.text).toContain(en.evaluateWrapUp.summaryPosted);
    expect(s.posts(pair.channelId).some((m) => messageText(m).includes(en.evaluateWrapUp.reminderPosted.slice(0, 20)))).toBe(false);
    expect((await wrapUpsOf(pair.pairId))[0]).toMatchObject({ reminded_at: null });
    expect(messageText(s.posts(pair.channelId).at(-1)!)).toContain(fill(en.evaluateWrapUp.summary.noReflection, { user: `<@${pair.mentor.id}>` }));
  });

  it('"Celebrate and decide" pressed after the pair stepped back to nurture restarts the wrap-up and never closes', async () => {
    const pair = await s.pairAt('evaluate');
    await s.run(pair.mentor, '/mentor', 'stage nurture', pair.channelId);
    const mark = s.standIn.calls.length;
    const answer = await clickConfirm(pair, pair.mentor);
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.evaluate }));
    const after = await s.pairRow(pair.pairId);
    expect(after.stage).toBe('evaluate');
    expect(after.closed_at).toBeNull();
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(0);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(false);
    // Still one wrap-up under way.
    expect(await wrapUpsOf(pair.pairId)).toHaveLength(1);
  });

  it('"Celebrate and decide" refuses someone outside the pair and forged values, and nothing changes', async () => {
    const pair = await s.pairAt('evaluate');
    const victim = await s.pairAt('evaluate');
    const before = [await closingState(pair), await closingState(victim)];
    expect((await clickConfirm(pair, s.person('outsider'))).text).toContain(en.errors.not_member);
    expect((await clickConfirm(pair, pair.mentor, String(victim.pairId))).text).toContain(en.errors.not_member);
    for (const value of ['abc', '-1', '999999', '', '1.5']) expect((await clickConfirm(pair, pair.mentor, value)).text).toContain(en.errors.stale_action);
    expect([await closingState(pair), await closingState(victim)]).toEqual(before);
  });

  it('the decision waits for the summary', async () => {
    const pair = await s.pairAt('evaluate');
    const before = await closingState(pair);
    const answer = await decide(s, pair, pair.mentor, 'close', String(pair.pairId), evaluatePost(pair).ts);
    expect(answer.text).toContain(en.errors.wrap_up_not_ready);
    expect(await closingState(pair)).toEqual(before);
  });

  it('"stay in touch" closes the pair with that outcome', async () => {
    const pair = await pairWithSummary();
    const answer = await decide(s, pair, pair.mentor, 'stay_in_touch');
    expect(answer.text).toContain(en.evaluateWrapUp.closedReply);
    expect(await s.pairRow(pair.pairId)).toMatchObject({ stage: 'closed', outcome: 'stay_in_touch', outcome_by: pair.mentor.id });
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(true);
  });

  it('the same two people can be paired again once their relationship is closed', async () => {
    const pair = await s.pairAt('evaluate');
    await closeByWrapUp(s, pair);
    const again = await s.openPair({ mentor: pair.mentor, mentee: pair.mentee });
    expect(again.pairId).not.toBe(pair.pairId);
    expect(again.channelId).not.toBe(pair.channelId);
  });
});

describe('"continue"', () => {
  it('starts a new cycle back in nurture with the end chosen, puts the agreement up for review, and never archives', async () => {
    const pair = await pairWithSummary();
    // An agreement whose end the new cycle moves.
    await s.db
      .insertInto('agreements')
      .values({
        pair_id: pair.pairId,
        priorities: 'CV',
        focus_areas: 'Skills',
        success_measures: 'An offer',
        frequency: 'biweekly',
        meeting_minutes: 60,
        starts_on: inDays(-60),
        ends_on: inDays(1),
        preferred_day: null,
        preferred_time: null,
        agreed_at: new Date(),
        updated_by: pair.mentee.id,
        updated_at: new Date(),
      })
      .execute();
    const mark = s.standIn.calls.length;
    const summaryTs = decisionPost(s, pair).ts;

    const { view, reply } = await continueWith(s, pair, pair.mentee);

    // The form proposes three months from today.
    const initial = (view.view.blocks as Array<{ element?: { initial_date?: string } }>)[0]?.element?.initial_date;
    expect(initial).toBe(DateTime.utc().plus({ months: 3 }).toISODate());
    expect(reply.status).toBe(200);
    await s.until(async () => (await s.pairRow(pair.pairId)).stage === 'nurture');
    expect(await s.pairRow(pair.pairId)).toMatchObject({ stage: 'nurture', outcome: 'continued', outcome_by: pair.mentee.id, closed_at: null });
    expect((await wrapUpsOf(pair.pairId))[0]).toMatchObject({ decision: 'continued', next_end_on: initial });
    const agreement = await s.db.selectFrom('agreements').select('ends_on').where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
    expect(agreement.ends_on).toBe(initial);
    await s.waitFor(() => s.posts(pair.channelId).some((m) => messageText(m).includes(en.evaluateWrapUp.reviewAgreementButton)));
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(0);
    expect(s.standIn.channels.get(pair.channelId)?.archived).toBe(false);
    // The end reminders follow the new end.
    const endReminders = () =>
      s.db.selectFrom('jobs').select('dedupe_key').where('pair_id', '=', pair.pairId).where('kind', '=', 'end_reminder').where('state', '=', 'pending').execute();
    await s.until(async () => (await endReminders()).length > 0);
    expect((await endReminders()).map((job) => job.dedupe_key)).toEqual([`end_reminder:${pair.pairId}:${initial}`]);

    // A second decision on the same summary is refused; a later /wrap-up starts a fresh wrap-up.
    const late = await decide(s, pair, pair.mentor, 'close', undefined, summaryTs);
    expect(late.text).toContain(en.errors.not_wrapping_up);
    await s.run(pair.mentor, '/wrap-up', '', pair.channelId);
    const wrapUps = await wrapUpsOf(pair.pairId);
    expect(wrapUps).toHaveLength(2);
    expect(wrapUps[1]).toMatchObject({ decision: null, summary_at: null });
  });

  it('refuses an end that is not ahead, beside its field, and nothing changes', async () => {
    const pair = await pairWithSummary();
    const before = await closingState(pair);
    const { reply } = await continueWith(s, pair, pair.mentor, inDays(-1));
    expect(reply.json).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(reply.json)).toContain(en.evaluateWrapUp.continueModal.endInPast);
    expect(await closingState(pair)).toEqual(before);
  });
});

describe('the decision buttons', () => {
  let refusing: Promise<[OpenedPair, OpenedPair]> | undefined;
  const refusingPairs = () => (refusing ??= Promise.all([pairWithSummary(), pairWithSummary()]));

  it('refuse someone outside the pair before anything is read, and nothing changes', async () => {
    const [pair] = await refusingPairs();
    const before = await closingState(pair);
    const views = s.standIn.views.length;
    for (const decision of ['close', 'stay_in_touch', 'continue'] as const) {
      const answer = await decide(s, pair, s.person('outsider'), decision);
      expect(answer.text, decision).toContain(en.errors.not_member);
    }
    expect(s.standIn.views).toHaveLength(views);
    expect(await closingState(pair)).toEqual(before);
  });

  it.each([
    { case: 'another pair’s id', value: 'other', error: en.errors.not_member },
    { case: 'letters', value: 'abc', error: en.errors.stale_action },
    { case: 'a negative number', value: '-1', error: en.errors.stale_action },
    { case: 'an id that does not exist', value: '999999', error: en.errors.stale_action },
    { case: 'a huge number', value: '99999999999999999999', error: en.errors.stale_action },
    { case: 'an empty value', value: '', error: en.errors.stale_action },
    { case: 'a decimal', value: '1.5', error: en.errors.stale_action },
  ])('refuse a forged value ($case), and no pair changes', async ({ value, error }) => {
    const [pair, victim] = await refusingPairs();
    const forged = value === 'other' ? String(victim.pairId) : value;
    const before = [await closingState(pair), await closingState(victim)];

    const answer = await decide(s, pair, pair.mentor, 'close', forged);

    expect(answer.text).toContain(error);
    expect([await closingState(pair), await closingState(victim)]).toEqual(before);
  });

  it('two members clicking close at once close the pair once', async () => {
    const pair = await pairWithSummary();
    const postsBefore = s.posts(pair.channelId).length;
    const mark = s.standIn.calls.length;
    const ts = decisionPost(s, pair).ts;

    const answers = await Promise.all([decide(s, pair, pair.mentor, 'close', undefined, ts), decide(s, pair, pair.mentee, 'stay_in_touch', undefined, ts)]);

    const texts = answers.map((answer) => answer.text);
    expect(texts.filter((text) => text.includes(en.evaluateWrapUp.closedReply))).toHaveLength(1);
    expect(texts.filter((text) => text.includes(en.errors.pair_closed) || text.includes(en.errors.already_decided))).toHaveLength(1);
    expect((await changesOf(pair.pairId)).filter((change) => change.to_stage === 'closed')).toHaveLength(1);
    expect((await wrapUpsOf(pair.pairId)).filter((w) => w.decision !== null)).toHaveLength(1);
    expect(s.posts(pair.channelId).slice(postsBefore)).toHaveLength(1);
    expect(s.callsSince(mark, 'conversations.archive')).toHaveLength(1);
    expect((await s.pairRow(pair.pairId)).stage).toBe('closed');
  });

  it('two last reflections at once post one summary', async () => {
    const pair = await s.pairAt('evaluate');
    await Promise.all([reflect(s, pair, pair.mentor), reflect(s, pair, pair.mentee)]);
    await s.until(async () => (await wrapUpsOf(pair.pairId))[0]?.summary_ts !== null);
    expect(s.posts(pair.channelId).filter((m) => allText(m.blocks).includes(en.wrapUp.summaryTitle))).toHaveLength(1);
  });
});

describe('with KEEP_CHANNELS_OPEN=true', () => {
  it('closing leaves the channel open', async () => {
    const kept = await Scenario.start({ keepChannelsOpen: true });
    try {
      const pair = await kept.pairAt('evaluate');
      const mark = kept.standIn.calls.length;
      const answer = await closeByWrapUp(kept, pair);
      expect(answer.text).toContain(en.evaluateWrapUp.closedKeptOpenReply);
      expect(await kept.pairRow(pair.pairId)).toMatchObject({ stage: 'closed', outcome: 'closed' });
      expect(kept.callsSince(mark, 'conversations.archive')).toHaveLength(0);
      expect(kept.standIn.channels.get(pair.channelId)?.archived).toBe(false);
    } finally {
      await kept.stop();
    }
  });
});

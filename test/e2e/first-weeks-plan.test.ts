/**
 * Issue 16, points 6 and 7, end to end: a goal with a finish line (criterion, target date, step
 * owners and due dates with their reminders), nurture activities added to the plan, and no drifting
 * (the agreement proposed by the second meeting, "evaluate is coming" at the horizon), then erase
 * taking the calendar file and the new rows with the pair. Fixed clock: Mon 3 Mar 2031 11:00 Paris.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { SEALED_TABLES } from '../../src/storage/sealing/sealed-columns.js';
import { ACTION_ADD_TO_PLAN, ACTION_CALENDAR_FILE, ACTION_ERASE_CONFIRM, GOAL_BLOCKS } from '../../src/slack/ids.js';
import { messageText, type OpenedPair, Scenario } from '../support/e2e.js';
import { goalPost, goalRow, goalValues, openByCommand, stepRows, submitGoal, writeGoal } from '../support/prepare.js';
import { closeByWrapUp } from '../support/wrap-up.js';

const NOW = new Date('2031-03-03T10:00:00Z');
let s: Scenario;

beforeAll(async () => {
  s = await Scenario.start({ clock: () => NOW, defaultHorizonMonths: 4 });
});

afterAll(async () => {
  await s?.stop();
});

const paris = (role: string) => s.person(role, { tz: 'Europe/Paris' });
const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const withFinishLine = (values: ReturnType<typeof goalValues>, extra: Record<string, unknown>) =>
  ({ ...values, ...extra }) as ReturnType<typeof goalValues>;
const jobsOf = (pairId: number, kind: string) =>
  s.db.selectFrom('jobs').select(['dedupe_key', 'run_at', 'state']).where('pair_id', '=', pairId).where('kind', '=', kind).orderBy('run_at').execute();

describe('a goal with a finish line', () => {
  let pair: OpenedPair;
  beforeAll(async () => {
    pair = await s.openPair({ mentor: paris('mentor'), mentee: paris('mentee') });
  });

  it('the form asks how we will know it is reached and for a target date; a past date is shown beside its field', async () => {
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'goal');
    expect(JSON.stringify(view.view.blocks)).toContain(GOAL_BLOCKS.successCriterion);
    const reply = await submitGoal(
      s,
      pair.mentee,
      view,
      withFinishLine(goalValues('Land a data analyst role', 'Pick the role\nList skill gaps'), {
        [GOAL_BLOCKS.targetOn]: { value: { type: 'datepicker', selected_date: '2031-03-02' } },
      }),
    );
    expect(reply.json).toEqual({ response_action: 'errors', errors: { [GOAL_BLOCKS.targetOn]: en.firstWeeks.targetInPast } });
    expect(await goalRow(s, pair.pairId)).toBeUndefined();
  });

  it('stores the criterion, the target, each step’s owner and due date, shows them, and plans the steps’ reminders', async () => {
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'goal');
    const reply = await submitGoal(
      s,
      pair.mentee,
      view,
      withFinishLine(goalValues('Land a data analyst role', 'mentee: list skill gaps by 2031-03-10\nboth: mock interview by friday\nApply to five roles'), {
        [GOAL_BLOCKS.successCriterion]: text('An offer signed for a data role'),
        [GOAL_BLOCKS.targetOn]: { value: { type: 'datepicker', selected_date: '2031-09-30' } },
      }),
    );
    expect(reply.json).toBeUndefined();
    await s.until(async () => (await goalRow(s, pair.pairId))?.message_ts ?? undefined);
    await s.waitFor(() => goalPost(s, pair));
    expect(await goalRow(s, pair.pairId)).toMatchObject({ success_criterion: 'An offer signed for a data role', target_on: '2031-09-30' });
    expect((await stepRows(s, pair.pairId)).map((step) => [step.text, step.owner, step.due_on])).toEqual([
      ['list skill gaps', 'mentee', '2031-03-10'],
      ['mock interview', 'both', '2031-03-07'],
      ['Apply to five roles', null, null],
    ]);
    const post = messageText(goalPost(s, pair)!);
    expect(post).toContain('An offer signed for a data role');
    expect(post).toContain(`(${en.firstWeeks.stepOwners.mentee}`);
    // Planned once the post is up (the reminders follow the goal's save).
    await s.until(async () => (await jobsOf(pair.pairId, 'step_due')).length === 2);
    // Due Mon 10 Mar: reminded Fri 7 Mar 09:00 Paris (08:00Z), overdue Tue 11 Mar 09:00 (08:00Z).
    expect(await jobsOf(pair.pairId, 'step_due')).toEqual([
      { dedupe_key: `step_due:${pair.pairId}:2:2031-03-07`, run_at: new Date('2031-03-06T08:00:00Z'), state: 'pending' },
      { dedupe_key: `step_due:${pair.pairId}:1:2031-03-10`, run_at: new Date('2031-03-07T08:00:00Z'), state: 'pending' },
    ]);
    expect((await jobsOf(pair.pairId, 'step_overdue')).map((job) => job.dedupe_key)).toContain(`step_overdue:${pair.pairId}:1:2031-03-10`);
  });

  it('editing keeps owners and dates in the form; the criterion and step texts are sealed columns', async () => {
    const view = await openByCommand(s, pair.mentor, pair.channelId, 'goal');
    const blocks = JSON.stringify(view.view.blocks);
    expect(blocks).toContain('mentee: list skill gaps by 2031-03-10');
    expect(blocks).toContain('"initial_date":"2031-09-30"');
    expect(SEALED_TABLES.goal_plans.text).toContain('success_criterion');
    expect(SEALED_TABLES.goal_steps.text).toContain('text');
  });
});

describe('nurture activities can be added to the plan', () => {
  it('"Add to our plan" appends the activity as a step, once; without a goal it says to write one', async () => {
    const bare = await s.pairAt('nurture');
    const post = s.posts(bare.channelId).find((message) => JSON.stringify(message.blocks).includes(ACTION_ADD_TO_PLAN))!;
    expect(messageText(post)).toContain(en.firstWeeks.addToPlanButton);
    const click = (pair: OpenedPair, index: number) =>
      s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_ADD_TO_PLAN, value: `${pair.pairId}:${index}`, messageTs: post.ts });
    expect((await click(bare, 3)).text).toBe(en.firstWeeks.noGoalYet);

    await writeGoal(s, bare.mentee, bare, 'A goal', ['one', 'two']);
    const added = await click(bare, 3);
    expect(added.text).toContain('as step 3');
    expect((await stepRows(s, bare.pairId)).map((step) => step.text)).toEqual(['one', 'two', en.nurture.activities[3]]);
    await s.waitFor(() => messageText(goalPost(s, bare)!).includes(en.nurture.activities[3]!));
    expect((await click(bare, 3)).text).toBe(en.firstWeeks.alreadyInPlan);
    expect(await stepRows(s, bare.pairId)).toHaveLength(3);

    const outsider = s.person('outsider');
    const refused = await s.click(outsider, { channelId: bare.channelId, actionId: ACTION_ADD_TO_PLAN, value: `${bare.pairId}:0`, messageTs: post.ts });
    expect(refused.text).toBe(en.errors.not_member);
    expect(await stepRows(s, bare.pairId)).toHaveLength(3);
  });
});

describe('no drifting', () => {
  it('without an agreement, the second logged meeting plans the proposal; without an end date, the horizon (4 months here)', async () => {
    const pair = await s.pairAt('nurture', { mentor: paris('mentor'), mentee: paris('mentee') });
    // Opened Mon 3 Mar 2031 11:00 Paris; + 4 months = Thu 3 Jul 09:00 CEST = 07:00Z.
    expect(await jobsOf(pair.pairId, 'evaluate_horizon')).toEqual([
      { dedupe_key: `evaluate_horizon:${pair.pairId}:2031-03-03T10:00:00.000Z:4`, run_at: new Date('2031-07-03T07:00:00Z'), state: 'pending' },
    ]);
    await s.run(pair.mentee, '/mentor-log', 'First meeting.', pair.channelId);
    expect(await jobsOf(pair.pairId, 'agreement_proposal')).toEqual([]);
    await s.run(pair.mentee, '/mentor-log', 'Second meeting.', pair.channelId);
    expect(await jobsOf(pair.pairId, 'agreement_proposal')).toEqual([
      { dedupe_key: `agreement_proposal:${pair.pairId}`, run_at: NOW, state: 'pending' },
    ]);
  });
});

describe('erase takes the first weeks with the pair', () => {
  it('the calendar file is deleted from Slack, and the set meeting and calendar event rows go', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor', 'meet 2031-03-07 14:00', pair.channelId);
    await s.click(pair.mentee, { channelId: pair.channelId, actionId: ACTION_CALENDAR_FILE, value: String(pair.pairId), messageTs: '' });
    const [file] = await s.db.selectFrom('uploaded_files').select('file_id').where('pair_id', '=', pair.pairId).execute();
    expect(file).toBeDefined();
    await closeByWrapUp(s, pair);
    await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM');
    await s.click(s.admin, { channelId: 'CADMINDM', actionId: ACTION_ERASE_CONFIRM, value: String(pair.pairId), messageTs: '1.1' });
    expect(s.callsSince(0, 'files.delete').some((call) => call.params.file === file?.file_id)).toBe(true);
    expect(await s.count('set_meetings', pair.pairId)).toBe(0);
    expect(await s.count('calendar_events', pair.pairId)).toBe(0);
  });
});

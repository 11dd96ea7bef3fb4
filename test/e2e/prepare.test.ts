/**
 * "Prepare" end to end: the goal and plan, the self-inventories, the checklist's progress and the
 * suggestion to meet, driven by real command, view_submission and block_actions payloads over signed
 * HTTP; checked on the Slack stand-in's calls and on the rows stored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { fill } from '../../src/content/index.js';
import { ACTION_ENGAGE_START, ACTION_STEP_DONE, ACTION_STEP_UNDO, GOAL_BLOCKS, INVENTORY_BLOCKS, VIEW_GOAL_PLAN, VIEW_INVENTORY } from '../../src/slack/ids.js';
import { allText, messageText, type OpenedPair } from '../support/e2e.js';
import {
  clickStep,
  goalPost,
  goalRow,
  goalValues,
  inventoryRow,
  inventoryValues,
  openByButton,
  openByCommand,
  preparePost,
  prepSnapshot,
  stepButtons,
  stepRows,
  submitGoal,
  submitInventory,
  suggestionPosts,
  writeGoal,
  writeInventory,
} from '../support/prepare.js';
import { useScenario } from '../support/use-scenario.js';

const NOW = new Date('2031-03-03T10:00:00Z');

const { s } = useScenario({ start: NOW });

const ADESH = ['Work out which role suits me', 'List the skills it needs', 'Close the gaps', 'Rewrite my CV', 'Plan the job search'];
const progress = (c: typeof en, done: number) => fill(c.prepareChecklist.progress, { done, total: 4 });
const prepareText = (pair: OpenedPair) => messageText(preparePost(s, pair));
const jobState = async (pairId: number, kind: string) =>
  (await s.db.selectFrom('jobs').select('state').where('pair_id', '=', pairId).where('kind', '=', kind).executeTakeFirst())?.state;

describe('the goal and plan', () => {
  let pair: OpenedPair;
  beforeAll(async () => {
    pair = await s.openPair();
  });

  it('the prepare post starts at 0/4 with the two buttons, and a week’s "preparation stalled" reminder is planned', async () => {
    expect(prepareText(pair)).toContain(progress(en, 0));
    expect(prepareText(pair)).toContain(en.prepareChecklist.goalButton);
    const stored = await s.db.selectFrom('prep_states').selectAll().where('pair_id', '=', pair.pairId).executeTakeFirst();
    expect(stored?.prepare_ts).toBe(preparePost(s, pair).ts);
    expect(await jobState(pair.pairId, 'prepare_stalled')).toBe('pending');
  });

  it('/mentor goal opens the form with the command’s trigger_id, the worked examples as hints, nothing prefilled', async () => {
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'goal');
    expect(view.method).toBe('views.open');
    expect(s.standIn.callsTo('views.open').at(-1)?.params.trigger_id).toBe(view.triggerId);
    expect(view.view.callback_id).toBe(VIEW_GOAL_PLAN);
    expect(JSON.parse(String(view.view.private_metadata))).toEqual({ channelId: pair.channelId });
    const text = allText(view.view.blocks);
    for (const example of en.prepare.examples) expect(text).toContain(example.goal);
    expect(text).toContain(en.prepare.examples[1]!.plan[0]);
    expect(JSON.stringify(view.view.blocks)).not.toContain('initial_value');
  });

  it.each([
    { case: 'an empty goal', goal: '', plan: 'a\nb', errors: { [GOAL_BLOCKS.goal]: en.goalPlan.fieldErrors.goalRequired } },
    { case: 'a blank goal', goal: '  \n ', plan: 'a\nb', errors: { [GOAL_BLOCKS.goal]: en.goalPlan.fieldErrors.goalRequired } },
    { case: 'a goal over 300 characters', goal: 'g'.repeat(301), plan: 'a\nb', errors: { [GOAL_BLOCKS.goal]: fill(en.goalPlan.fieldErrors.goalTooLong, { max: 300 }) } },
    { case: 'a single step', goal: 'g', plan: 'only one', errors: { [GOAL_BLOCKS.plan]: fill(en.goalPlan.fieldErrors.tooFewSteps, { min: 2 }) } },
    { case: 'nine steps', goal: 'g', plan: 'a\nb\nc\nd\ne\nf\ng\nh\ni', errors: { [GOAL_BLOCKS.plan]: fill(en.goalPlan.fieldErrors.tooManySteps, { max: 8 }) } },
    {
      case: 'a step over 200 characters',
      goal: 'g',
      plan: `a\n${'s'.repeat(201)}`,
      errors: { [GOAL_BLOCKS.plan]: fill(en.goalPlan.fieldErrors.stepTooLong, { number: 2, max: 200 }) },
    },
    {
      case: 'both fields at once',
      goal: null,
      plan: null,
      errors: { [GOAL_BLOCKS.goal]: en.goalPlan.fieldErrors.goalRequired, [GOAL_BLOCKS.plan]: fill(en.goalPlan.fieldErrors.tooFewSteps, { min: 2 }) },
    },
  ])('$case comes back as field errors and nothing is stored', async ({ goal, plan, errors }) => {
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'goal');
    const before = await prepSnapshot(s, pair);
    const reply = await submitGoal(s, pair.mentee, view, goalValues(goal, plan));
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ response_action: 'errors', errors });
    expect(await prepSnapshot(s, pair)).toEqual(before);
  });

  it('a valid goal and plan is stored in order, posted with a button per step, and the prepare post shows 2/4', async () => {
    const mark = s.standIn.calls.length;
    await writeGoal(s, pair.mentee, pair, 'Land my first job working with Salesforce', ['- Work out which role suits me', ...ADESH.slice(1)]);
    expect(await goalRow(s, pair.pairId)).toMatchObject({ created_by: pair.mentee.id, updated_by: pair.mentee.id, updated_at: NOW });
    const steps = await stepRows(s, pair.pairId);
    expect(steps.map((step) => [step.position, step.text, step.done_at])).toEqual(ADESH.map((text, i) => [i + 1, text, null]));
    const post = goalPost(s, pair)!;
    expect((await goalRow(s, pair.pairId))?.message_ts).toBe(post.ts);
    expect(messageText(post)).toContain('Land my first job working with Salesforce');
    expect(stepButtons(post)).toEqual(steps.map((step) => [step.id, ACTION_STEP_DONE]));
    const prepareTs = preparePost(s, pair).ts;
    await s.waitFor(() => s.callsSince(mark, 'chat.update').some((call) => call.params.ts === prepareTs));
    expect(prepareText(pair)).toContain(progress(en, 2));
    expect(prepareText(pair)).toContain(en.goalPlan.editButton);
  });

  it('the "preparation stalled" reminder is cancelled once the goal and plan are in', async () => {
    await s.until(async () => (await jobState(pair.pairId, 'prepare_stalled')) === 'cancelled');
  });

  it('a step ticked twice stays done once, with the first tick’s who and when; undo reopens it', async () => {
    const [first] = await stepRows(s, pair.pairId);
    await clickStep(s, pair.mentee, pair, first!.id);
    await s.until(async () => (await stepRows(s, pair.pairId))[0]?.done_by === pair.mentee.id);
    await s.waitFor(() => stepButtons(goalPost(s, pair)!)[0]?.[1] === ACTION_STEP_UNDO);
    const mark = s.standIn.calls.length;
    await clickStep(s, pair.mentor, pair, first!.id);
    // The second click is answered by redrawing the post from what is stored.
    await s.waitFor(() => s.callsSince(mark, 'chat.update').some((call) => call.params.ts === goalPost(s, pair)!.ts));
    const again = (await stepRows(s, pair.pairId))[0]!;
    expect([again.done_by, again.done_at]).toEqual([pair.mentee.id, NOW]);
    expect(messageText(goalPost(s, pair)!)).toContain(fill(en.goalPlan.stepsDone, { done: 1, total: 5 }));

    await clickStep(s, pair.mentor, pair, first!.id, ACTION_STEP_UNDO);
    await s.until(async () => (await stepRows(s, pair.pairId))[0]?.done_at === null);
    await s.waitFor(() => stepButtons(goalPost(s, pair)!)[0]?.[1] === ACTION_STEP_DONE);
  });

  it('both members ticking the same step at once leave one consistent state', async () => {
    const step = (await stepRows(s, pair.pairId))[1]!;
    await Promise.all([clickStep(s, pair.mentee, pair, step.id), clickStep(s, pair.mentor, pair, step.id)]);
    const done = await s.until(async () => (await stepRows(s, pair.pairId))[1]?.done_by ?? undefined);
    expect([pair.mentee.id, pair.mentor.id]).toContain(done);
    await s.waitFor(() => stepButtons(goalPost(s, pair)!)[1]?.[1] === ACTION_STEP_UNDO && messageText(goalPost(s, pair)!).includes(`<@${done}>`));
    expect((await stepRows(s, pair.pairId)).filter((row) => row.done_at !== null)).toHaveLength(1);
  });

  it('the mentor edits through the prepare post’s button: prefilled, the same post updated, unchanged steps keep their ticks', async () => {
    const view = await openByButton(s, pair.mentor, pair, 'goal');
    const blocks = JSON.stringify(view.view.blocks);
    expect(blocks).toContain('"initial_value":"Land my first job working with Salesforce"');
    expect(blocks).toContain(JSON.stringify(ADESH.join('\n')).slice(1, -1));
    const postsBefore = s.posts(pair.channelId).length;
    const goalTs = goalPost(s, pair)!.ts;
    const edited = [ADESH[1]!, 'Take the admin certification', ADESH[3]!];
    expect((await submitGoal(s, pair.mentor, view, goalValues('Land a Salesforce admin job', edited.join('\n')))).json).toBeUndefined();
    await s.until(async () => (await goalRow(s, pair.pairId))?.goal === 'Land a Salesforce admin job');
    const steps = await stepRows(s, pair.pairId);
    expect(steps.map((step) => [step.text, step.done_by])).toEqual([[ADESH[1], expect.any(String)], [edited[1], null], [ADESH[3], null]]);
    expect(await goalRow(s, pair.pairId)).toMatchObject({ created_by: pair.mentee.id, updated_by: pair.mentor.id, message_ts: goalTs });
    await s.waitFor(() => messageText(goalPost(s, pair)!).includes('Land a Salesforce admin job'));
    expect(s.posts(pair.channelId)).toHaveLength(postsBefore);
    expect(stepButtons(goalPost(s, pair)!).map(([id]) => id)).toEqual(steps.map((step) => step.id));
  });

  it('a button of a step that an edit removed is out of date, and changes nothing', async () => {
    const before = await prepSnapshot(s, pair);
    const answerUrl = s.standIn.newResponseUrl();
    await clickStep(s, pair.mentee, pair, 999_999, ACTION_STEP_DONE, answerUrl);
    expect((await s.answerTo(answerUrl)).text).toContain(en.errors.stale_action);
    expect(await prepSnapshot(s, pair)).toEqual(before);
  });

  it('when someone deleted the goal post, the next click posts it again and that post is the one kept', async () => {
    const old = goalPost(s, pair)!;
    const deleted = await fetch(`${s.standIn.apiUrl}chat.delete`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.standIn.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: pair.channelId, ts: old.ts }),
    });
    expect(((await deleted.json()) as { ok: boolean }).ok).toBe(true);
    const [first] = await stepRows(s, pair.pairId);
    await clickStep(s, pair.mentor, pair, first!.id, ACTION_STEP_UNDO);
    const reposted = await s.waitFor(() => goalPost(s, pair));
    expect(reposted.ts).not.toBe(old.ts);
    await s.until(async () => (await goalRow(s, pair.pairId))?.message_ts === reposted.ts);
    expect(stepButtons(reposted)[0]).toEqual([first!.id, ACTION_STEP_DONE]);
  });

  it('/mentor status shows the checklist’s progress', async () => {
    const answer = await s.run(pair.mentor, '/mentor', 'status', pair.channelId);
    expect(answer.text).toContain(`*${en.prepareChecklist.statusLabel}:* ${progress(en, 2)}`);
  });
});

describe('self-inventories, the complete checklist and the one suggestion', () => {
  let pair: OpenedPair;
  beforeAll(async () => {
    pair = await s.openPair();
    await writeGoal(s, pair.mentee, pair, 'Move from administrator to technical architect', ['Sharpen my coding', 'Ask for a coding task']);
  });

  it('a missing required answer or an over-long one comes back beside its field, and nothing is stored', async () => {
    const view = await openByCommand(s, pair.mentor, pair.channelId, 'inventory');
    expect(view.view.callback_id).toBe(VIEW_INVENTORY);
    const before = await prepSnapshot(s, pair);
    const reply = await submitInventory(s, pair.mentor, view, inventoryValues({ strengths: '  ', developmentAreas: 'x', expectations: 'y', rapport: 'r'.repeat(1001) }));
    expect(reply.json).toEqual({
      response_action: 'errors',
      errors: {
        [INVENTORY_BLOCKS.strengths]: en.selfInventory.fieldErrors.required,
        [INVENTORY_BLOCKS.rapport]: fill(en.selfInventory.fieldErrors.tooLong, { max: 1000 }),
      },
    });
    expect(await prepSnapshot(s, pair)).toEqual(before);
  });

  it('the mentor’s inventory is stored, summarised in the channel, and the prepare post shows 3/4', async () => {
    await writeInventory(s, pair.mentor, pair, { strengths: 'Patience <!channel>', developmentAreas: 'Delegating', expectations: 'A curious mentee', rapport: 'Coffee first' });
    expect(await inventoryRow(s, pair.pairId, pair.mentor.id)).toMatchObject({ strengths: 'Patience <!channel>', short_term_goals: null, rapport: 'Coffee first' });
    const summary = s.posts(pair.channelId).find((post) => post.text === fill(en.selfInventory.shared, { user: `<@${pair.mentor.id}>` }))!;
    expect(messageText(summary)).toContain(`*${en.selfInventory.fields.rapport}:* Coffee first`);
    expect(JSON.stringify(summary.blocks)).not.toContain('<!channel>');
    await s.waitFor(() => prepareText(pair).includes(progress(en, 3)));
    expect(suggestionPosts(s, pair)).toHaveLength(0);
  });

  it('the mentee’s inventory, from the prepare post’s button, completes the checklist: 4/4 and the suggestion, once', async () => {
    const view = await openByButton(s, pair.mentee, pair, 'inventory');
    expect(JSON.stringify(view.view.blocks)).not.toContain('initial_value');
    expect((await submitInventory(s, pair.mentee, view, inventoryValues({ strengths: 'Curious', developmentAreas: 'Design', expectations: 'Candour' }))).json).toBeUndefined();
    await s.waitFor(() => suggestionPosts(s, pair).length === 1);
    expect(prepareText(pair)).toContain(progress(en, 4));
    expect(suggestionPosts(s, pair)[0]!.text).toBe(fill(en.prepareChecklist.suggestion, { mentor: `<@${pair.mentor.id}>`, mentee: `<@${pair.mentee.id}>` }));
    expect(await s.db.selectFrom('pair_suggestions').select('kind').where('pair_id', '=', pair.pairId).execute()).toEqual([{ kind: 'engage' }]);
  });

  it('editing an inventory is prefilled, updates the same summary, and never suggests twice', async () => {
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'inventory');
    expect(JSON.stringify(view.view.blocks)).toContain('"initial_value":"Curious"');
    const row = await inventoryRow(s, pair.pairId, pair.mentee.id);
    const postsBefore = s.posts(pair.channelId).length;
    await submitInventory(s, pair.mentee, view, inventoryValues({ strengths: 'Curious and stubborn', developmentAreas: 'Design', expectations: 'Candour' }));
    await s.until(async () => (await inventoryRow(s, pair.pairId, pair.mentee.id))?.strengths === 'Curious and stubborn');
    const summary = await s.waitFor(() => s.posts(pair.channelId).find((post) => post.ts === row!.message_ts && post.text.includes(fill(en.selfInventory.updated, { user: `<@${pair.mentee.id}>` }))));
    expect(messageText(summary)).toContain('Curious and stubborn');
    await writeGoal(s, pair.mentor, pair, 'Become a technical architect', ['Sharpen my coding', 'Ask for a coding task', 'Join the architects']);
    expect(s.posts(pair.channelId)).toHaveLength(postsBefore);
    expect(suggestionPosts(s, pair)).toHaveLength(1);
  });

  it('the suggestion’s button moves the pair to "start the conversation"; pressed again, it is out of date', async () => {
    const [suggestion] = suggestionPosts(s, pair);
    const click = { channelId: pair.channelId, actionId: ACTION_ENGAGE_START, value: String(pair.pairId), messageTs: suggestion!.ts };
    expect((await s.click(pair.mentee, click)).text).toContain(fill(en.stage.done, { stage: en.stageNames.engage }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('engage');
    const changes = await s.count('stage_changes', pair.pairId);
    expect((await s.click(pair.mentor, click)).text).toContain(en.errors.stale_action);
    expect(await s.count('stage_changes', pair.pairId)).toBe(changes);
  });
});

describe('only the pair’s two members', () => {
  let pair: OpenedPair;
  beforeAll(async () => {
    pair = await s.openPair();
    await writeGoal(s, pair.mentee, pair, 'A goal', ['one', 'two']);
  });

  it('an outsider cannot open the forms, tick a step, or save through a form’s metadata', async () => {
    const outsider = s.person('outsider');
    const before = await prepSnapshot(s, pair);
    const viewsBefore = s.standIn.views.length;
    expect((await s.run(outsider, '/mentor', 'goal', pair.channelId)).text).toContain(en.errors.not_member);
    expect((await s.run(s.admin, '/mentor', 'inventory', pair.channelId)).text).toContain(en.errors.not_member);
    const [step] = await stepRows(s, pair.pairId);
    const answerUrl = s.standIn.newResponseUrl();
    await clickStep(s, outsider, pair, step!.id, ACTION_STEP_DONE, answerUrl);
    expect((await s.answerTo(answerUrl)).text).toContain(en.errors.not_member);
    expect(s.standIn.views.length).toBe(viewsBefore);

    const view = await openByCommand(s, pair.mentor, pair.channelId, 'goal');
    const metadata = JSON.stringify({ channelId: pair.channelId });
    const mark = s.standIn.calls.length;
    // Refused in the form itself: an ephemeral post in a channel they are not in would never reach them.
    expect((await submitGoal(s, outsider, view, goalValues('hijacked', 'a\nb'), metadata)).json).toEqual({
      response_action: 'errors',
      errors: { [GOAL_BLOCKS.goal]: en.errors.not_member },
    });
    expect((await submitInventory(s, outsider, view, inventoryValues({ strengths: 'a', developmentAreas: 'b', expectations: 'c' }), metadata)).json).toEqual({
      response_action: 'errors',
      errors: { [INVENTORY_BLOCKS.strengths]: en.errors.not_member },
    });
    expect(s.callsSince(mark, 'chat.postEphemeral')).toEqual([]);
    expect(await prepSnapshot(s, pair)).toEqual(before);
  });
});

describe('a French-speaking pair', () => {
  it('sees the checklist, the form, its errors and the goal post in French', async () => {
    const pair = await s.openPair({ mentor: s.person('mentor', { locale: 'fr-FR' }), mentee: s.person('mentee', { locale: 'fr-FR' }) });
    expect(prepareText(pair)).toContain(progress(fr, 0));
    const view = await openByCommand(s, pair.mentee, pair.channelId, 'goal');
    expect((view.view.title as { text: string }).text).toBe(fr.goalPlan.modal.title);
    expect(allText(view.view.blocks)).toContain(fr.prepare.examples[0]!.goal);
    expect((await submitGoal(s, pair.mentee, view, goalValues('', 'a'))).json).toEqual({
      response_action: 'errors',
      errors: { [GOAL_BLOCKS.goal]: fr.goalPlan.fieldErrors.goalRequired, [GOAL_BLOCKS.plan]: fill(fr.goalPlan.fieldErrors.tooFewSteps, { min: 2 }) },
    });
    await writeGoal(s, pair.mentee, pair, 'Décrocher mon premier poste', ['Choisir le rôle', 'Combler les lacunes']);
    expect(messageText(goalPost(s, pair)!)).toContain(fr.goalPlan.doneButton);
    await s.waitFor(() => prepareText(pair).includes(progress(fr, 2)));
  });
});

describe('a pair that comes back to prepare', () => {
  it('gets a new prepare post showing what it had already done, and that post is the one redrawn', async () => {
    const pair = await s.openPair();
    await writeGoal(s, pair.mentee, pair, 'A goal', ['one', 'two']);
    await s.run(pair.mentee, '/mentor', 'stage engage', pair.channelId);
    const firstTs = preparePost(s, pair).ts;
    await s.run(pair.mentor, '/mentor', 'stage prepare', pair.channelId);
    const latest = await s.waitFor(() => preparePost(s, pair).ts !== firstTs && preparePost(s, pair));
    await s.waitFor(() => messageText(preparePost(s, pair)).includes(progress(en, 2)));
    const stored = await s.db.selectFrom('prep_states').select('prepare_ts').where('pair_id', '=', pair.pairId).executeTakeFirst();
    expect(stored?.prepare_ts).toBe(latest.ts);
  });
});

import { describe, expect, it } from 'vitest';
import { type Catalog, catalogs, fill } from '../../src/content/index.js';
import { MAX_GOAL_LENGTH, MAX_STEP_LENGTH, MAX_STEPS } from '../../src/domain/prepare/goal-plan.js';
import { INVENTORY_FIELDS, type InventoryAnswers, MAX_INVENTORY_ANSWER } from '../../src/domain/prepare/inventory.js';
import { LOCALES, type Locale } from '../../src/domain/locale.js';
import { NO_PREPARE_FACTS, prepareProgress } from '../../src/domain/prepare/prep-checklist.js';
import type { GoalPlanView } from '../../src/services/prepare/prepare-posts.js';
import type { PairMessage, PairRef } from '../../src/services/slack-port.js';
import type { KnownBlock, SlackMessage } from '../../src/slack/kit/blocks.js';
import { renderPairMessage } from '../../src/slack/pairs/pair-messages.js';
import { oneLine, SUMMARY_ANSWER_LENGTH } from '../../src/slack/prepare/prepare-messages.js';
import { blockKitProblems, LIMITS, textsOf } from './blockkit.js';

const pairOf = (locale: Locale): PairRef => ({ id: 7, channelId: 'C0PAIR', mentorId: 'U0MENTOR', menteeId: 'U0MENTEE', locale });
const at = new Date('2031-01-10T10:00:00Z');
const HOSTILE = '<!channel> hi <!here|here> @everyone <!subteam^S1|@devs> <https://evil.example|click> <@U0EVE|eve> &';

const PLAN: GoalPlanView = {
  goal: 'Land my first job working with Salesforce',
  updatedBy: 'U0MENTEE',
  updatedAt: at,
  steps: [
    { id: 31, position: 1, text: 'Pick the role', doneBy: 'U0MENTOR', doneAt: at },
    { id: 32, position: 2, text: 'List the skill gaps', doneBy: null, doneAt: null },
  ],
};
const HUGE_PLAN: GoalPlanView = {
  ...PLAN,
  goal: '<&>'.repeat(MAX_GOAL_LENGTH / 3),
  steps: Array.from({ length: MAX_STEPS }, (_, i) => ({ id: 100 + i, position: i + 1, text: '<@U1>&'.repeat(MAX_STEP_LENGTH / 6), doneBy: 'U0MENTEE', doneAt: at })),
};
const ANSWERS = Object.fromEntries(INVENTORY_FIELDS.map((field) => [field, `${field} answer`])) as InventoryAnswers;
const HUGE_ANSWERS = Object.fromEntries(INVENTORY_FIELDS.map((field) => [field, '<&>'.repeat(MAX_INVENTORY_ANSWER / 3)])) as InventoryAnswers;

const CASES: Array<[string, PairMessage]> = [
  ['prepare post, nothing ready', { kind: 'prepare', progress: prepareProgress(NO_PREPARE_FACTS) }],
  ['prepare post, all ready', { kind: 'prepare', progress: prepareProgress({ hasGoal: true, steps: 3, mentorInventory: true, menteeInventory: true }) }],
  ['goal and plan', { kind: 'goalPlan', plan: PLAN }],
  ['goal and plan at the size limits', { kind: 'goalPlan', plan: HUGE_PLAN }],
  ['inventory, first time', { kind: 'inventory', inventory: { userId: 'U0MENTOR', answers: ANSWERS, firstTime: true } }],
  ['inventory at the size limits', { kind: 'inventory', inventory: { userId: 'U0MENTOR', answers: HUGE_ANSWERS, firstTime: false } }],
  ['suggestion to start the conversation', { kind: 'suggestEngage' }],
];

const render = (locale: Locale, message: PairMessage) => renderPairMessage(catalogs[locale], pairOf(locale), message);
const allText = (message: SlackMessage) => textsOf(message).join('\n');
type Button = { type: 'button'; text: { text: string }; action_id: string; value: string };

/** Every button, in action rows and as section accessories. */
function buttons(message: SlackMessage): Button[] {
  return message.blocks.flatMap((block: KnownBlock) => {
    if (block.type === 'actions') return block.elements.filter((e) => e.type === 'button') as unknown as Button[];
    if (block.type === 'section' && block.accessory?.type === 'button') return [block.accessory as unknown as Button];
    return [];
  });
}

describe('preparation posts are valid-looking Block Kit', () => {
  it.each(LOCALES.flatMap((locale) => CASES.map(([label, message]) => [locale, label, message] as const)))('%s: %s', (locale, _label, message) => {
    const rendered = render(locale, message);
    expect(blockKitProblems(rendered)).toEqual([]);
    for (const button of buttons(rendered)) {
      expect([...button.text.text].length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(button.value).toMatch(/^\d+$/);
    }
    const blockIds = rendered.blocks.map((block) => block.block_id).filter((id) => id !== undefined);
    expect(new Set(blockIds).size).toBe(blockIds.length);
  });
});

describe.each(LOCALES)('preparation posts in %s', (locale) => {
  const c: Catalog = catalogs[locale];

  it('the prepare post shows the progress and the two forms’ buttons', () => {
    const message = render(locale, { kind: 'prepare', progress: prepareProgress({ ...NO_PREPARE_FACTS, hasGoal: true, steps: 2 }) });
    const text = allText(message);
    expect(text).toContain(c.prepare.title);
    expect(text).toContain(fill(c.prepareChecklist.progress, { done: 2, total: 4 }));
    for (const item of Object.values(c.prepareChecklist.items)) expect(text).toContain(item);
    expect(buttons(message).map((b) => [b.action_id, b.value, b.text.text])).toEqual([
      ['prep_goal_open', '7', c.goalPlan.editButton],
      ['prep_inventory_open', '7', c.prepareChecklist.inventoryButton],
    ]);
  });

  it('the first prepare post (a stage post) starts at 0/4 with the same buttons', () => {
    const message = render(locale, { kind: 'stage', stage: 'prepare', changedBy: null, from: null });
    expect(allText(message)).toContain(fill(c.prepareChecklist.progress, { done: 0, total: 4 }));
    expect(buttons(message).map((b) => [b.action_id, b.text.text])).toEqual([
      ['prep_goal_open', c.prepareChecklist.goalButton],
      ['prep_inventory_open', c.prepareChecklist.inventoryButton],
    ]);
  });

  it('the goal post: the goal, each step with a button that says which way it goes, and the edit button', () => {
    const message = render(locale, { kind: 'goalPlan', plan: PLAN });
    const text = allText(message);
    expect(text).toContain(PLAN.goal);
    expect(text).toContain(fill(c.goalPlan.stepsDone, { done: 1, total: 2 }));
    expect(text).toContain(fill(c.goalPlan.doneBy, { user: '<@U0MENTOR>' }));
    expect(buttons(message).map((b) => [b.action_id, b.value, b.text.text])).toEqual([
      ['goal_step_undo', '31', c.goalPlan.undoButton],
      ['goal_step_done', '32', c.goalPlan.doneButton],
      ['prep_goal_open', '7', c.goalPlan.editButton],
    ]);
  });

  it('the inventory summary names the member and each answered field', () => {
    const answers = { ...ANSWERS, rapport: null };
    const first = render(locale, { kind: 'inventory', inventory: { userId: 'U0MENTEE', answers, firstTime: true } });
    expect(first.text).toBe(fill(c.selfInventory.shared, { user: '<@U0MENTEE>' }));
    const text = allText(first);
    for (const field of INVENTORY_FIELDS.filter((f) => f !== 'rapport')) expect(text).toContain(c.selfInventory.fields[field]);
    expect(text).not.toContain(c.selfInventory.fields.rapport);
    const edited = render(locale, { kind: 'inventory', inventory: { userId: 'U0MENTEE', answers, firstTime: false } });
    expect(edited.text).toBe(fill(c.selfInventory.updated, { user: '<@U0MENTEE>' }));
  });

  it('the suggestion names both members and carries the stage button', () => {
    const message = render(locale, { kind: 'suggestEngage' });
    expect(message.text).toBe(fill(c.prepareChecklist.suggestion, { mentor: '<@U0MENTOR>', mentee: '<@U0MENTEE>' }));
    expect(buttons(message).map((b) => [b.action_id, b.value, b.text.text])).toEqual([['prep_start_conversation', '7', c.prepareChecklist.suggestionButton]]);
  });

  it('people’s text never pings a crowd', () => {
    const plan = { ...PLAN, goal: HOSTILE, steps: [{ ...PLAN.steps[0]!, text: HOSTILE }] };
    const hostile: InventoryAnswers = { ...ANSWERS, strengths: HOSTILE };
    for (const message of [
      render(locale, { kind: 'goalPlan', plan }),
      render(locale, { kind: 'inventory', inventory: { userId: 'U0MENTOR', answers: hostile, firstTime: true } }),
    ]) {
      const payload = JSON.stringify(message);
      for (const token of ['<!channel>', '<!here', '<!everyone>', '<!subteam', '<https://']) expect(payload).not.toContain(token);
      expect(`${message.text}\n${allText(message)}`).not.toMatch(/(^|[^\u2060])@(channel|here|everyone)\b/i);
    }
  });
});

describe('oneLine', () => {
  it.each([
    ['short', 'short'],
    ['two\nlines', 'two / lines'],
    ['  spaced   out  ', 'spaced out'],
    ['x'.repeat(SUMMARY_ANSWER_LENGTH), 'x'.repeat(SUMMARY_ANSWER_LENGTH)],
    ['x'.repeat(SUMMARY_ANSWER_LENGTH + 1), `${'x'.repeat(SUMMARY_ANSWER_LENGTH - 1)}…`],
    ['😀'.repeat(SUMMARY_ANSWER_LENGTH + 5), `${'😀'.repeat(SUMMARY_ANSWER_LENGTH - 1)}…`],
  ])('%j', (input, expected) => {
    expect(oneLine(input, SUMMARY_ANSWER_LENGTH)).toBe(expected);
  });
});

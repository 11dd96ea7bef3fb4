import { describe, expect, it } from 'vitest';
import {
  carryTicks,
  type GoalPlanInput,
  type GoalPlanResult,
  MAX_GOAL_LENGTH,
  MAX_STEP_LENGTH,
  planSteps,
  planText,
  validateGoalPlan,
} from '../../src/domain/prepare/goal-plan.js';

const steps = (n: number) => Array.from({ length: n }, (_, i) => `step ${i + 1}`);
const ok = (goal: string, list: string[]): GoalPlanResult => ({ ok: true, draft: { goal, steps: list } });

describe('validateGoalPlan', () => {
  it.each<[string, GoalPlanInput, GoalPlanResult]>([
    ['two steps', { goal: 'Land my first job', plan: 'Pick the role\nList the skill gaps' }, ok('Land my first job', ['Pick the role', 'List the skill gaps'])],
    ['eight steps', { goal: 'g', plan: steps(8).join('\n') }, ok('g', steps(8))],
    ['blank lines and spaces are ignored', { goal: '  g  ', plan: '\n  a  \n\n\r\n b\n  \n' }, ok('g', ['a', 'b'])],
    ['Windows line ends', { goal: 'g', plan: 'a\r\nb\r\nc' }, ok('g', ['a', 'b', 'c'])],
    ['a goal typed over several lines becomes one line', { goal: 'Move from\nadmin   to architect', plan: 'a\nb' }, ok('Move from admin to architect', ['a', 'b'])],
    ['list markers are removed', { goal: 'g', plan: '- a\n* b\n• c\n1. d\n2) e\n- [ ] f\n[x] g' }, ok('g', ['a', 'b', 'c', 'd', 'e', 'f', 'g'])],
    ['numbers that are part of the step stay', { goal: 'g', plan: '3 companies to research\n2026 job search plan' }, ok('g', ['3 companies to research', '2026 job search plan'])],
    ['a goal at the limit', { goal: 'é'.repeat(MAX_GOAL_LENGTH), plan: 'a\nb' }, ok('é'.repeat(MAX_GOAL_LENGTH), ['a', 'b'])],
    ['a step at the limit, counted in characters', { goal: 'g', plan: `${'😀'.repeat(MAX_STEP_LENGTH)}\nb` }, ok('g', ['😀'.repeat(MAX_STEP_LENGTH), 'b'])],
    ['an empty goal', { goal: '', plan: 'a\nb' }, { ok: false, errors: { goal: 'goalRequired' } }],
    ['a missing goal', { goal: null, plan: 'a\nb' }, { ok: false, errors: { goal: 'goalRequired' } }],
    ['a blank goal', { goal: ' \n\t ', plan: 'a\nb' }, { ok: false, errors: { goal: 'goalRequired' } }],
    ['a goal over the limit', { goal: 'x'.repeat(MAX_GOAL_LENGTH + 1), plan: 'a\nb' }, { ok: false, errors: { goal: 'goalTooLong' } }],
    ['no plan', { goal: 'g', plan: undefined }, { ok: false, errors: { plan: 'tooFewSteps' } }],
    ['one step', { goal: 'g', plan: 'only one' }, { ok: false, errors: { plan: 'tooFewSteps' } }],
    ['two lines, one of them only a marker', { goal: 'g', plan: 'a\n- ' }, { ok: false, errors: { plan: 'tooFewSteps' } }],
    ['nine steps', { goal: 'g', plan: steps(9).join('\n') }, { ok: false, errors: { plan: 'tooManySteps' } }],
    [
      'the third step over the limit',
      { goal: 'g', plan: `a\nb\n${'x'.repeat(MAX_STEP_LENGTH + 1)}` },
      { ok: false, errors: { plan: 'stepTooLong' }, longStep: 3 },
    ],
    ['both fields wrong at once', { goal: '', plan: 'a' }, { ok: false, errors: { goal: 'goalRequired', plan: 'tooFewSteps' } }],
  ])('%s', (_name, input, expected) => {
    expect(validateGoalPlan(input)).toEqual(expected);
  });
});

describe('planSteps and planText', () => {
  it('round-trip: a stored plan prefills the form and reads back the same', () => {
    const stored = ['Pick the role', 'List the gaps', 'Rewrite the CV'];
    expect(planSteps(planText(stored))).toEqual(stored);
  });
});

describe('carryTicks', () => {
  const at = new Date('2031-01-10T10:00:00Z');
  const tick = (text: string, done: boolean) => ({ text, doneBy: done ? 'U1' : null, doneAt: done ? at : null });

  it.each<[string, ReturnType<typeof tick>[], string[], boolean[]]>([
    ['unchanged steps keep their ticks', [tick('a', true), tick('b', false)], ['a', 'b'], [true, false]],
    ['a moved step keeps its tick', [tick('a', true), tick('b', false)], ['b', 'a'], [false, true]],
    ['case and spacing do not matter', [tick('Rewrite  the CV', true)], ['rewrite the cv', 'x'], [true, false]],
    ['a reworded step starts open', [tick('a', true)], ['a, better', 'b'], [false, false]],
    ['a tick is used once only', [tick('a', true)], ['a', 'a'], [true, false]],
    ['an open step gives nothing', [tick('a', false)], ['a', 'b'], [false, false]],
    ['no previous plan', [], ['a', 'b'], [false, false]],
  ])('%s', (_name, previous, next, done) => {
    const carried = carryTicks(previous, next);
    expect(carried.map((step) => step.text)).toEqual(next);
    expect(carried.map((step) => step.doneAt !== null)).toEqual(done);
    for (const step of carried) expect(step.doneBy === null).toBe(step.doneAt === null);
  });
});

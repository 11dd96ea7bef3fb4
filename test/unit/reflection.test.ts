import { describe, expect, it } from 'vitest';
import {
  asPercent,
  attainmentAverage,
  MAX_HIGHLIGHT,
  MAX_LEARNED,
  MAX_REFLECTION_COMMENT,
  MAX_THANKS,
  type Ratings,
  type ReflectionInput,
  type ReflectionPlan,
  validateReflection,
} from '../../src/domain/evaluate/reflection.js';
import { checkCycleEnd, defaultCycleEnd } from '../../src/domain/evaluate/new-cycle.js';

const PLAN: ReflectionPlan = {
  hasGoal: true,
  steps: [
    { position: 1, text: 'Pick the role' },
    { position: 2, text: 'Rewrite the CV' },
  ],
};

function input(overrides: Partial<ReflectionInput> = {}): ReflectionInput {
  return {
    learned: 'How to tell my story.',
    goal: 'met',
    goalComment: null,
    steps: { 1: { attainment: 'met', comment: null }, 2: { attainment: 'partly', comment: 'Almost there.' } },
    expectations: 'partly',
    expectationsComment: '',
    highlight: 'The mock interview.',
    next: 'continue',
    thanks: null,
    ...overrides,
  };
}

describe('validateReflection', () => {
  it('accepts a complete reflection, trimmed, empty optionals as null, steps with their text', () => {
    const result = validateReflection(input({ learned: '  Patience.  ', thanks: '   ' }), PLAN);
    expect(result).toEqual({
      ok: true,
      reflection: {
        learned: 'Patience.',
        goal: 'met',
        goalComment: null,
        steps: [
          { position: 1, text: 'Pick the role', attainment: 'met', comment: null },
          { position: 2, text: 'Rewrite the CV', attainment: 'partly', comment: 'Almost there.' },
        ],
        expectations: 'partly',
        expectationsComment: null,
        highlight: 'The mock interview.',
        next: 'continue',
        thanks: null,
      },
    });
  });

  it('without a goal, nothing about it is asked or kept', () => {
    const result = validateReflection(input({ goal: 'nonsense', goalComment: 'ignored' }), { hasGoal: false, steps: [] });
    expect(result).toMatchObject({ ok: true, reflection: { goal: null, goalComment: null, steps: [] } });
  });

  it.each<[string, Partial<ReflectionInput>, Record<string, string>]>([
    ['nothing learned', { learned: '' }, { learned: 'required' }],
    ['only spaces learned', { learned: ' \n ' }, { learned: 'required' }],
    ['learned too long', { learned: 'a'.repeat(MAX_LEARNED + 1) }, { learned: 'tooLong' }],
    ['learned at the limit, in emoji (counted as characters)', { learned: '🙂'.repeat(MAX_LEARNED) }, {}],
    ['no goal rating', { goal: null }, { goal: 'required' }],
    ['a goal rating that is no option', { goal: 'mostly' }, { goal: 'invalidChoice' }],
    ['a step not rated', { steps: { 1: { attainment: 'met', comment: null } } }, { 'step:2': 'required' }],
    ['a step rated oddly', { steps: { 1: { attainment: 'MET', comment: null }, 2: { attainment: 'met', comment: null } } }, { 'step:1': 'invalidChoice' }],
    ['a step comment too long', { steps: { 1: { attainment: 'met', comment: 'c'.repeat(MAX_REFLECTION_COMMENT + 1) }, 2: { attainment: 'met', comment: null } } }, { 'stepComment:1': 'tooLong' }],
    ['a goal comment too long', { goalComment: 'c'.repeat(MAX_REFLECTION_COMMENT + 1) }, { goalComment: 'tooLong' }],
    ['no expectations rating', { expectations: undefined }, { expectations: 'required' }],
    ['no highlight', { highlight: '' }, { highlight: 'required' }],
    ['highlight too long', { highlight: 'h'.repeat(MAX_HIGHLIGHT + 1) }, { highlight: 'tooLong' }],
    ['no choice of what next', { next: '' }, { next: 'required' }],
    ['a choice of what next that is no option', { next: 'continued' }, { next: 'invalidChoice' }],
    ['thanks too long', { thanks: 't'.repeat(MAX_THANKS + 1) }, { thanks: 'tooLong' }],
    ['several mistakes at once', { learned: '', next: 'x', goal: null }, { learned: 'required', next: 'invalidChoice', goal: 'required' }],
  ])('%s', (_label, overrides, errors) => {
    const result = validateReflection(input(overrides), PLAN);
    if (Object.keys(errors).length === 0) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, errors });
  });
});

describe('attainmentAverage: met = 1, partly = 0.5, not yet = 0, over goal and steps, both members', () => {
  it.each<[string, Ratings[], number | null]>([
    ['nothing rated', [], null],
    ['a reflection with no goal and no steps', [{ goal: null, steps: [] }], null],
    ['one goal met', [{ goal: 'met', steps: [] }], 1],
    ['one goal not yet', [{ goal: 'not_yet', steps: [] }], 0],
    ['goal met, steps partly and not yet', [{ goal: 'met', steps: ['partly', 'not_yet'] }], 0.5],
    [
      'both members, eight ratings',
      [
        { goal: 'met', steps: ['met', 'met', 'partly'] },
        { goal: 'partly', steps: ['met', 'partly', 'not_yet'] },
      ],
      5.5 / 8,
    ],
    ['one member without a goal, the other with one', [{ goal: null, steps: ['partly'] }, { goal: 'met', steps: [] }], 0.75],
  ])('%s', (_label, reflections, expected) => {
    const average = attainmentAverage(reflections);
    if (expected === null) expect(average).toBeNull();
    else expect(average).toBeCloseTo(expected, 10);
  });

  it.each([
    [0, 0],
    [0.6875, 69],
    [0.5, 50],
    [1, 100],
  ])('%s is shown as %s%%', (average, percent) => {
    expect(asPercent(average)).toBe(percent);
  });
});

describe('a new cycle’s end', () => {
  it.each([
    ['2026-11-26', '2027-02-26'],
    ['2026-11-30', '2027-02-28'],
    ['2027-12-31', '2028-03-31'],
  ])('from %s defaults to %s (three calendar months)', (today, end) => {
    expect(defaultCycleEnd(today)).toBe(end);
  });

  it.each<[string | null, string | undefined]>([
    ['2026-11-27', undefined],
    ['2026-11-26', 'endInPast'],
    ['2026-01-01', 'endInPast'],
    ['2026-02-30', 'endInvalid'],
    ['27/11/2026', 'endInvalid'],
    [null, 'endInvalid'],
  ])('%s → %s', (day, problem) => {
    expect(checkCycleEnd(day, '2026-11-26')).toBe(problem);
  });
});

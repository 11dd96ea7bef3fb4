import { describe, expect, it } from 'vitest';
import {
  canClose,
  isOpenStage,
  isStage,
  OPEN_STAGES,
  resolveStageChange,
  type OpenStage,
  type Stage,
  type StageTarget,
  stageNumber,
  STAGES,
} from '../../src/domain/stages.js';
import { failsWith, type Outcome, outcome } from './outcome.js';

const to = (stage: OpenStage): Outcome<OpenStage> => ({ value: stage });
const already = (stage: OpenStage) => failsWith('already_in_stage', { stage });

// Every (current, target) pair, written out by hand rather than derived from the rule under test.
const TABLE: Array<[Stage, StageTarget, Outcome<OpenStage>]> = [
  ['prepare', 'next', to('engage')],
  ['prepare', 'prepare', already('prepare')],
  ['prepare', 'engage', to('engage')],
  ['prepare', 'nurture', to('nurture')],
  ['prepare', 'evaluate', to('evaluate')],

  ['engage', 'next', to('nurture')],
  ['engage', 'prepare', to('prepare')],
  ['engage', 'engage', already('engage')],
  ['engage', 'nurture', to('nurture')],
  ['engage', 'evaluate', to('evaluate')],

  ['nurture', 'next', to('evaluate')],
  ['nurture', 'prepare', to('prepare')],
  ['nurture', 'engage', to('engage')],
  ['nurture', 'nurture', already('nurture')],
  ['nurture', 'evaluate', to('evaluate')],

  ['evaluate', 'next', failsWith('use_wrap_up')],
  ['evaluate', 'prepare', to('prepare')],
  ['evaluate', 'engage', to('engage')],
  ['evaluate', 'nurture', to('nurture')],
  ['evaluate', 'evaluate', already('evaluate')],

  ['closed', 'next', failsWith('pair_closed')],
  ['closed', 'prepare', failsWith('pair_closed')],
  ['closed', 'engage', failsWith('pair_closed')],
  ['closed', 'nurture', failsWith('pair_closed')],
  ['closed', 'evaluate', failsWith('pair_closed')],
];

describe('resolveStageChange', () => {
  it('has a row for every (current, target) combination', () => {
    const targets: StageTarget[] = ['next', ...OPEN_STAGES];
    const expected = STAGES.flatMap((current) => targets.map((target) => `${current}->${target}`)).sort();
    expect(TABLE.map(([current, target]) => `${current}->${target}`).sort()).toEqual(expected);
  });

  it.each(TABLE)('%s + %s', (current, target, expected) => {
    expect(outcome(() => resolveStageChange(current, target))).toEqual(expected);
  });
});

describe('isOpenStage / isStage', () => {
  it.each([
    ['prepare', true, true],
    ['engage', true, true],
    ['nurture', true, true],
    ['evaluate', true, true],
    ['closed', false, true],
    ['next', false, false],
    ['Prepare', false, false],
    [' prepare', false, false],
    ['', false, false],
    ['open', false, false],
  ])('%j: open %s, stage %s', (value, open, stage) => {
    expect(isOpenStage(value)).toBe(open);
    expect(isStage(value)).toBe(stage);
  });
});

describe('stageNumber', () => {
  it.each([
    ['prepare', 1],
    ['engage', 2],
    ['nurture', 3],
    ['evaluate', 4],
  ] as const)('%s is stage %i of 4', (stage, number) => {
    expect(stageNumber(stage)).toBe(number);
  });
});

describe('canClose', () => {
  it.each([
    ['prepare', true],
    ['engage', true],
    ['nurture', true],
    ['evaluate', true],
    ['closed', false],
  ] as const)('%s: %s', (stage, expected) => {
    expect(canClose(stage)).toBe(expected);
  });
});

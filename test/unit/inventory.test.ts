import { describe, expect, it } from 'vitest';
import {
  INVENTORY_FIELDS,
  type InventoryAnswers,
  type InventoryInput,
  type InventoryResult,
  MAX_INVENTORY_ANSWER,
  validateInventory,
} from '../../src/domain/prepare/inventory.js';

const minimal: InventoryInput = { strengths: 'Listening', developmentAreas: 'Public speaking', expectations: 'Honest feedback' };
const answers = (over: Partial<InventoryAnswers> = {}): InventoryAnswers => ({
  strengths: 'Listening',
  developmentAreas: 'Public speaking',
  shortTermGoals: null,
  longTermGoals: null,
  expectations: 'Honest feedback',
  contribution: null,
  rapport: null,
  ...over,
});

describe('validateInventory', () => {
  it.each<[string, InventoryInput, InventoryResult]>([
    ['the three required answers are enough', minimal, { ok: true, answers: answers() }],
    [
      'every answer, trimmed',
      Object.fromEntries(INVENTORY_FIELDS.map((field) => [field, `  ${field}\n`])),
      { ok: true, answers: Object.fromEntries(INVENTORY_FIELDS.map((field) => [field, field])) as InventoryAnswers },
    ],
    ['blank optional answers are stored as nothing', { ...minimal, rapport: '   ', contribution: '' }, { ok: true, answers: answers() }],
    ['an answer at the limit', { ...minimal, rapport: 'é'.repeat(MAX_INVENTORY_ANSWER) }, { ok: true, answers: answers({ rapport: 'é'.repeat(MAX_INVENTORY_ANSWER) }) }],
    ['nothing at all', {}, { ok: false, errors: { strengths: 'required', developmentAreas: 'required', expectations: 'required' } }],
    ['a blank strengths answer', { ...minimal, strengths: ' \n ' }, { ok: false, errors: { strengths: 'required' } }],
    ['a missing expectations answer', { ...minimal, expectations: null }, { ok: false, errors: { expectations: 'required' } }],
    ['an optional answer over the limit', { ...minimal, longTermGoals: 'x'.repeat(MAX_INVENTORY_ANSWER + 1) }, { ok: false, errors: { longTermGoals: 'tooLong' } }],
    [
      'several mistakes, each beside its field',
      { developmentAreas: 'x'.repeat(MAX_INVENTORY_ANSWER + 1), expectations: 'fine', rapport: 'y'.repeat(MAX_INVENTORY_ANSWER + 1) },
      { ok: false, errors: { strengths: 'required', developmentAreas: 'tooLong', rapport: 'tooLong' } },
    ],
  ])('%s', (_name, input, expected) => {
    expect(validateInventory(input)).toEqual(expected);
  });
});

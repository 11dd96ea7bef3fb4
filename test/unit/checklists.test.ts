import { describe, expect, it } from 'vitest';
import {
  agreementComplete,
  type ChecklistClick,
  checklistChanges,
  checklistsState,
  parseChecklistClick,
} from '../../src/domain/engage/checklists.js';
import { CoachError } from '../../src/domain/errors.js';

const click = (selected: number[], shown?: number[]): ChecklistClick => ({ list: 'agreement', selected, shown });

describe('checklistChanges', () => {
  it.each([
    { case: 'tick one on an up-to-date message', shown: [], selected: [2], stored: [], changes: [{ index: 2, ticked: true }] },
    { case: 'untick one', shown: [1, 2], selected: [1], stored: [1, 2], changes: [{ index: 2, ticked: false }] },
    { case: 'the same click again changes nothing', shown: [], selected: [2], stored: [2], changes: [] },
    { case: 'the same untick again changes nothing', shown: [1, 2], selected: [1], stored: [1], changes: [] },
    {
      case: 'an old message never undoes ticks it did not show',
      shown: [],
      selected: [4],
      stored: [0, 1, 2],
      changes: [{ index: 4, ticked: true }],
    },
    {
      case: 'another member ticked meanwhile: both ticks stay',
      shown: [0],
      selected: [0, 3],
      stored: [0, 1],
      changes: [{ index: 3, ticked: true }],
    },
    {
      case: 'an old message unticks what it showed ticked',
      shown: [0, 1],
      selected: [0],
      stored: [0, 1, 2, 3],
      changes: [{ index: 1, ticked: false }],
    },
    {
      case: 'message state unknown: the selection replaces the stored state',
      shown: undefined,
      selected: [0, 4],
      stored: [0, 1],
      changes: [
        { index: 1, ticked: false },
        { index: 4, ticked: true },
      ],
    },
  ])('$case', ({ shown, selected, stored, changes }) => {
    expect(checklistChanges(click(selected, shown), new Set(stored))).toEqual(changes);
  });
});

describe('parseChecklistClick', () => {
  it('reads the list, and the option values as sorted, distinct item indexes', () => {
    expect(parseChecklistClick('topics', ['4', '0', '4'], ['1'])).toEqual({ list: 'topics', selected: [0, 4], shown: [1] });
    expect(parseChecklistClick('agreement', [], undefined)).toEqual({ list: 'agreement', selected: [], shown: undefined });
  });

  it.each([
    { case: 'an unknown list', list: 'secrets', selected: ['0'], shown: [] },
    { case: 'an index past the end', list: 'agreement', selected: ['5'], shown: [] },
    { case: 'a negative index', list: 'agreement', selected: ['-1'], shown: [] },
    { case: 'a value that is not an index', list: 'topics', selected: ['all'], shown: [] },
    { case: 'an empty value', list: 'topics', selected: [''], shown: [] },
    { case: 'a shown value out of range', list: 'topics', selected: [], shown: ['12'] },
  ])('refuses $case as a stale action', ({ list, selected, shown }) => {
    expect(() => parseChecklistClick(list, selected, shown)).toThrow(CoachError);
    try {
      parseChecklistClick(list, selected, shown);
    } catch (error) {
      expect((error as CoachError).code).toBe('stale_action');
    }
  });
});

describe('checklistsState', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute));

  it('lists the ticked items of each list and the latest change', () => {
    const state = checklistsState([
      { list: 'agreement', index: 3, ticked: true, by: 'UA', at: at(1) },
      { list: 'agreement', index: 0, ticked: true, by: 'UB', at: at(5) },
      { list: 'agreement', index: 1, ticked: false, by: 'UA', at: at(9) },
      { list: 'topics', index: 2, ticked: true, by: 'UB', at: at(3) },
    ]);
    expect(state).toEqual({ ticked: { agreement: [0, 3], topics: [2] }, last: { by: 'UA', at: at(9) } });
  });

  it('is empty with no rows', () => {
    expect(checklistsState([])).toEqual({ ticked: { agreement: [], topics: [] }, last: null });
  });

  it.each([
    { agreement: [0, 1, 2, 3, 4], complete: true },
    { agreement: [0, 1, 2, 3], complete: false },
    { agreement: [], complete: false },
  ])('agreement $agreement complete: $complete', ({ agreement, complete }) => {
    expect(agreementComplete({ ticked: { agreement, topics: [] }, last: null })).toBe(complete);
  });
});

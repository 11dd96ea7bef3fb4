import { describe, expect, it } from 'vitest';
import { needsAttention, quietness, wholeDaysSince } from '../../src/domain/admin/attention.js';

const at = (iso: string) => new Date(iso);
const NOW = '2026-03-02T10:00:00.000Z';

describe('wholeDaysSince', () => {
  it.each<[string, string, number]>([
    ['the same instant', NOW, 0],
    ['23 hours 59 minutes before', '2026-03-01T10:01:00.000Z', 0],
    ['exactly one day before', '2026-03-01T10:00:00.000Z', 1],
    ['a day and 23 hours before', '2026-02-28T11:00:00.000Z', 1],
    ['28 days before, across the end of February', '2026-02-02T10:00:00.000Z', 28],
    ['28 days and one second before', '2026-02-02T09:59:59.000Z', 28],
    ['across the spring clock change in Paris (whole 24-hour days)', '2026-03-29T00:00:00.000Z', 0],
    ['in the future (clock skew)', '2026-03-03T10:00:00.000Z', 0],
  ])('%s', (_name, since, expected) => {
    expect(wholeDaysSince(at(since), at(NOW))).toBe(expected);
  });
});

describe('needsAttention: no log for more than twice the rhythm', () => {
  it.each<[number, number, boolean]>([
    [0, 14, false],
    [21, 14, false],
    [28, 14, false],
    [29, 14, true],
    [14, 7, false],
    [15, 7, true],
    [60, 30, false],
    [61, 30, true],
    [3, 1, true],
  ])('%i days quiet with a %i-day rhythm: %s', (days, cadence, expected) => {
    expect(needsAttention(days, cadence)).toBe(expected);
  });
});

describe('quietness: counted from the last log, or from the opening before any log', () => {
  it.each<[string, { openedAt: string; lastLogAt: string | null; cadenceDays: number }, { days: number; needsAttention: boolean }]>([
    ['a log 29 days ago, two-week rhythm', { openedAt: '2026-01-01T09:00:00.000Z', lastLogAt: '2026-02-01T10:00:00.000Z', cadenceDays: 14 }, { days: 29, needsAttention: true }],
    ['a log exactly 28 days ago, two-week rhythm', { openedAt: '2026-01-01T09:00:00.000Z', lastLogAt: '2026-02-02T10:00:00.000Z', cadenceDays: 14 }, { days: 28, needsAttention: false }],
    ['a recent log in an old pair', { openedAt: '2025-06-01T09:00:00.000Z', lastLogAt: '2026-02-27T10:00:00.000Z', cadenceDays: 14 }, { days: 3, needsAttention: false }],
    ['no log, opened 30 days ago, weekly', { openedAt: '2026-01-31T10:00:00.000Z', lastLogAt: null, cadenceDays: 7 }, { days: 30, needsAttention: true }],
    ['no log, opened 10 days ago, weekly', { openedAt: '2026-02-20T10:00:00.000Z', lastLogAt: null, cadenceDays: 7 }, { days: 10, needsAttention: false }],
    ['no log, opened today', { openedAt: '2026-03-02T08:00:00.000Z', lastLogAt: null, cadenceDays: 14 }, { days: 0, needsAttention: false }],
  ])('%s', (_name, pair, expected) => {
    const facts = { openedAt: at(pair.openedAt), lastLogAt: pair.lastLogAt === null ? null : at(pair.lastLogAt), cadenceDays: pair.cadenceDays };
    expect(quietness(facts, at(NOW))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { erasureDueAt, retentionCutoff } from '../../src/domain/admin/retention.js';

describe('retention dates: whole days of 24 hours, in UTC', () => {
  it.each([
    ['2031-01-10T08:30:00Z', 1, '2031-01-11T08:30:00.000Z'],
    ['2031-01-31T23:59:00Z', 30, '2031-03-02T23:59:00.000Z'],
    // Across Europe's and America's DST changes the instant moves by exactly days × 24 h.
    ['2031-03-29T12:00:00Z', 2, '2031-03-31T12:00:00.000Z'],
    ['2031-11-01T05:00:00Z', 7, '2031-11-08T05:00:00.000Z'],
    ['2032-02-28T00:00:00Z', 1, '2032-02-29T00:00:00.000Z'],
    ['2031-05-20T09:00:00Z', 36_500, '2131-04-26T09:00:00.000Z'],
  ])('closed %s, kept %i days: erased %s', (closed, days, due) => {
    expect(erasureDueAt(new Date(closed), days).toISOString()).toBe(due);
    // The cutoff is the same rule read backwards: a pair closed exactly at it is due now.
    expect(retentionCutoff(new Date(due), days).toISOString()).toBe(new Date(closed).toISOString());
  });
});

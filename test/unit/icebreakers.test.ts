import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/content/index.js';
import { ICEBREAKER_COUNT, ICEBREAKERS_PER_POST, icebreakerOrder, nextIcebreakers } from '../../src/domain/engage/icebreakers.js';
import { LOCALES } from '../../src/domain/locale.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('icebreakerOrder', () => {
  it.each([1, 2, 7, 42, 1_000, 999_999_999])('pair %i walks every question exactly once', (pairId) => {
    const order = icebreakerOrder(pairId, ICEBREAKER_COUNT);
    expect([...order].sort((a, b) => a - b)).toEqual(range(ICEBREAKER_COUNT));
  });

  it('is the same every time for the same pair', () => {
    expect(icebreakerOrder(5, 24)).toEqual(icebreakerOrder(5, 24));
  });

  it('differs from pair to pair', () => {
    const orders = new Set(range(50).map((i) => icebreakerOrder(i + 1, 24).join()));
    expect(orders.size).toBe(50);
  });

  it('pairs opened one after the other never start with the same question', () => {
    for (let pairId = 1; pairId < 500; pairId += 1) {
      expect(icebreakerOrder(pairId, 24)[0]).not.toBe(icebreakerOrder(pairId + 1, 24)[0]);
    }
  });

  it.each([0, 1, 2])('copes with a catalog of %i', (total) => {
    expect([...icebreakerOrder(3, total)].sort()).toEqual(range(total));
  });
});

describe('nextIcebreakers', () => {
  const order = icebreakerOrder(9, 24);

  it.each([
    { case: 'nothing shown yet', shown: [] as number[], picked: order.slice(0, 3), remaining: 21 },
    { case: 'the first three shown', shown: order.slice(0, 3), picked: order.slice(3, 6), remaining: 18 },
    { case: 'shown out of order', shown: [order[1]!, order[4]!], picked: [order[0]!, order[2]!, order[3]!], remaining: 19 },
    { case: 'two left', shown: order.slice(0, 22), picked: order.slice(22), remaining: 0 },
    { case: 'exactly three left', shown: order.slice(0, 21), picked: order.slice(21), remaining: 0 },
    { case: 'all shown', shown: order, picked: [], remaining: 0 },
    { case: 'indexes unknown to the catalog are ignored', shown: [99, -1], picked: order.slice(0, 3), remaining: 21 },
  ])('$case', ({ shown, picked, remaining }) => {
    expect(nextIcebreakers(9, 24, new Set(shown))).toEqual({ picked, remaining });
  });

  it.each([
    { count: 1, picked: 1 },
    { count: 3, picked: 3 },
    { count: 0, picked: 0 },
    { count: -2, picked: 0 },
  ])('picks $picked when asked for $count', ({ count, picked }) => {
    expect(nextIcebreakers(9, 24, new Set(), count).picked).toHaveLength(picked);
  });

  it('never repeats a question until every one has been shown, then stops', () => {
    const shown = new Set<number>();
    const posts: number[][] = [];
    for (;;) {
      const pick = nextIcebreakers(31, ICEBREAKER_COUNT, shown);
      if (pick.picked.length === 0) break;
      expect(pick.picked.length).toBeLessThanOrEqual(ICEBREAKERS_PER_POST);
      for (const index of pick.picked) {
        expect(shown.has(index)).toBe(false);
        shown.add(index);
      }
      expect(pick.remaining).toBe(ICEBREAKER_COUNT - shown.size);
      posts.push(pick.picked);
    }
    expect(shown.size).toBe(ICEBREAKER_COUNT);
    expect(posts).toHaveLength(Math.ceil(ICEBREAKER_COUNT / ICEBREAKERS_PER_POST));
  });
});

describe.each(LOCALES)('the %s catalog', (locale) => {
  it('holds ICEBREAKER_COUNT distinct questions, at least 20', () => {
    const questions = catalogs[locale].engage.icebreakers;
    expect(questions).toHaveLength(ICEBREAKER_COUNT);
    expect(ICEBREAKER_COUNT).toBeGreaterThanOrEqual(20);
    expect(new Set(questions).size).toBe(questions.length);
  });
});

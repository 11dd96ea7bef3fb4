import { describe, expect, it } from 'vitest';
import { duplicates, median, medianSummary, percentile, ratePerSecond, summarize } from '../../src/bench/stats.js';

const ONE_TO_HUNDRED = Array.from({ length: 100 }, (_, i) => i + 1);
const ONE_TO_TWO_HUNDRED = Array.from({ length: 200 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  // [samples, p, expected]
  const TABLE: Array<[string, number[], number, number]> = [
    ['single sample, any p', [7], 99, 7],
    ['p50 of 1..100 is the 50th', ONE_TO_HUNDRED, 50, 50],
    ['p99 of 1..100 is the 99th', ONE_TO_HUNDRED, 99, 99],
    ['p100 is the max', ONE_TO_HUNDRED, 100, 100],
    ['p99 of 1..200 is the 198th', ONE_TO_TWO_HUNDRED, 99, 198],
    ['p50 of four is the second', [4, 1, 3, 2], 50, 2],
    ['p99 of four is the largest', [4, 1, 3, 2], 99, 4],
    ['unsorted input is sorted numerically, not as text', [10, 9, 100, 1], 50, 9],
    ['a tiny p is the smallest sample', [5, 3, 8], 0.1, 3],
  ];
  for (const [name, samples, p, expected] of TABLE) {
    it(name, () => expect(percentile(samples, p)).toBe(expected));
  }

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and a p outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median', () => {
  const TABLE: Array<[number[], number]> = [
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 2, 30, 4, 1000], 10],
    [[1.5, 1.5], 1.5],
  ];
  for (const [samples, expected] of TABLE) {
    it(`of ${samples.join(', ')} is ${expected}`, () => expect(median(samples)).toBe(expected));
  }
  it('refuses no samples', () => expect(() => median([])).toThrow(RangeError));
});

describe('summarize and medianSummary', () => {
  it('summarizes one run', () => {
    expect(summarize(ONE_TO_HUNDRED)).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
  });

  it('takes each figure’s median over the runs, not a percentile of all samples', () => {
    const runs = [
      { count: 10, p50: 1, p99: 9, max: 50 },
      { count: 10, p50: 3, p99: 7, max: 10 },
      { count: 10, p50: 2, p99: 100, max: 120 },
    ];
    expect(medianSummary(runs)).toEqual({ count: 30, p50: 2, p99: 9, max: 50 });
  });

  it('refuses no runs', () => expect(() => medianSummary([])).toThrow(RangeError));
});

describe('ratePerSecond', () => {
  it('turns a count and milliseconds into a rate', () => {
    expect(ratePerSecond(10_000, 5_000)).toBe(2_000);
    expect(ratePerSecond(3, 1_500)).toBe(2);
  });
  it('refuses a zero duration', () => expect(() => ratePerSecond(1, 0)).toThrow(RangeError));
});

describe('duplicates', () => {
  it('is empty when every key is seen once', () => {
    expect(duplicates(['a', 'b', 'c']).size).toBe(0);
  });
  it('names each key seen more than once, with its count', () => {
    expect([...duplicates(['a', 'b', 'a', 'c', 'a', 'b'])]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});

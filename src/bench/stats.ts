/** The arithmetic of `npm run bench`: percentiles of one run, medians across runs. Pure. */

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.
 * Always one of the samples, never an interpolation, so a p99 of 200 samples is the 198th.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

/** The middle sample, or the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarize(samples: readonly number[]): LatencySummary {
  return { count: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples) };
}

/** Each figure is the median of that figure over the runs (so p99 is the median run's p99, not a p99 of all). */
export function medianSummary(runs: readonly LatencySummary[]): LatencySummary {
  if (runs.length === 0) throw new RangeError('median of no runs');
  return {
    count: runs.reduce((sum, run) => sum + run.count, 0),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    max: median(runs.map((run) => run.max)),
  };
}

/** Jobs per second, from a count and a duration in milliseconds. */
export function ratePerSecond(count: number, elapsedMs: number): number {
  if (elapsedMs <= 0) throw new RangeError('a rate needs a positive duration');
  return (count * 1000) / elapsedMs;
}

/** Keys seen more than once, with how often: an empty map means no duplicates. */
export function duplicates(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) if (count < 2) counts.delete(key);
  return counts;
}

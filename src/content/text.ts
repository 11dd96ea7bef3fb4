import { z } from 'zod';

/** The one validator of a text: non-empty, no leading or trailing whitespace, optionally capped (Slack limits). */
export function text(max?: number) {
  const base = z.string().min(1, 'must not be empty');
  const capped = max === undefined ? base : base.max(max, `must be at most ${max} characters`);
  return capped.refine((value) => value === value.trim(), 'must not start or end with whitespace');
}

/** A list of at least `min` texts. */
export function list(min: number) {
  return z.array(text()).min(min, `must hold at least ${min} items`);
}

/** A list of exactly `count` texts, each optionally capped. */
export function exactly(count: number, max?: number) {
  return z.array(text(max)).length(count, `must hold exactly ${count} items`);
}

/** A strict object with one text per key (for keys listed by the domain: outcomes, channel problems…). */
export function texts<K extends string>(keys: readonly K[], max?: number) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, text(max)])) as Record<K, ReturnType<typeof text>>);
}

/**
 * The placeholders callers pass, by key path (e.g. `log.byline`). A text may only use the placeholders
 * listed for its path (none when absent); outside `errors` it must use all of them.
 */
export type Placeholders = Readonly<Record<string, readonly string[]>>;

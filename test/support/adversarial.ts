/**
 * Strings built to make a parser backtrack: a near match (`done: 1 1 1 … x`, `next meeting: ` then
 * junk, `by ` then junk, unclosed `<@U…` mentions) made of long runs of separators, digits and
 * unicode spaces, ending on the character that makes the match fail. Seeded (see fuzz.ts).
 */
import type { Rng } from './fuzz.js';

/** Unicode spaces JavaScript's `\s` matches, and look-alikes it does not (U+200B, U+2060). */
export const UNICODE_SPACES = ['\u00a0', '\u2009', '\u3000', '\u2028', '\u2029', '\ufeff', '\u1680', '\u200b', '\u2060', '\u202f'] as const;

/** Pieces that are repeated to fill a string: separators, digits, spaces, fragments of our syntax. */
export const RUN_PIECES: readonly string[] = [
  ' ', '  ', '\t', '\r', '\n', '\r\n', ',', ';', ', ', ' ,', ':', ' :', '#', '-', '*', '•', '[', ']', '[ ]', '|', '<', '>', '@',
  '/', '.', ')', '1', '12', ' 1', '  1', '#1', ' #1,', '1;', '0', '9', 'h', 'am', 'pm', '14:30', '9h', '2pm', '2026-01-01',
  '2026-13-45', 'a', 'x', 'é', 'by', 'by ', ' by ', 'done', 'done:', 'next', 'next:', 'meeting', 'le ', 'à ', 'on ', 'at ',
  '- [ ] ', 'mentee', 'mentee:', 'les ', 'deux', 'tous ', '<@', '<@U', '<@U1', '<@UAAA|', '<@UAAA|x', '<@W12|x>', '<#C1|',
  '<!channel>', '&lt;', '{', '}', '\\', '"', "'", ...UNICODE_SPACES,
];

/** How a string may end: nothing, or the character that turns a near match into a miss. */
export const ENDINGS: readonly string[] = ['', ' x', 'x', '!', '\r', '\u2028', ' by', ':', '#', '|', '<', ' 1x', '\u00a0x', '-'];

/**
 * A length up to `max`: often exactly `max` (the worst case for a super-linear parser), else any
 * length, else a short one.
 */
export function adversarialLength(rng: Rng, max: number): number {
  const roll = rng.next();
  if (roll < 0.5) return max;
  if (roll < 0.8) return rng.int(max + 1);
  return rng.int(Math.min(max, 100) + 1);
}

/** Cuts to `length` UTF-16 units (every piece is in the basic plane: units are characters). */
function cut(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, length);
}

/**
 * One adversarial string of at most `max` characters: one of `prefixes` (the near match a parser
 * looks for), then a run of one to three pieces repeated, then an ending; or a soup of random pieces.
 */
export function adversarialString(rng: Rng, max: number, prefixes: readonly string[]): string {
  const length = adversarialLength(rng, max);
  const prefix = rng.chance(0.85) ? rng.pick(prefixes) : '';
  const ending = rng.pick(ENDINGS);
  if (rng.chance(0.8)) {
    const unit = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(RUN_PIECES)).join('');
    const room = Math.max(0, length - prefix.length - ending.length);
    return cut(prefix + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + ending, length);
  }
  const parts: string[] = [prefix];
  let size = prefix.length;
  while (size < length) {
    const piece = rng.chance(0.3) ? rng.pick(prefixes) : rng.pick(RUN_PIECES);
    parts.push(piece);
    size += piece.length;
  }
  return cut(parts.join(''), length);
}

/** Several adversarial lines joined as one multi-line text of at most `max` characters. */
export function adversarialLines(rng: Rng, max: number, prefixes: readonly string[]): string {
  const length = adversarialLength(rng, max);
  const lines: string[] = [];
  let size = 0;
  while (size < length) {
    const line = adversarialString(rng, Math.max(1, Math.min(length - size, rng.chance(0.5) ? 40 : 400)), prefixes);
    lines.push(line);
    size += line.length + 1;
  }
  return cut(lines.join(rng.pick(['\n', '\r\n', '\n\n'])), length);
}

/** Timings of many calls: the slowest and the 99th percentile, in milliseconds. */
export function summarise(timings: readonly number[]): { max: number; p99: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  return { max: sorted.at(-1) ?? 0, p99: sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0 };
}

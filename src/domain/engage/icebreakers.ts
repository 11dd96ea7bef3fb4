/**
 * Which icebreakers a pair sees next. Every pair walks the whole catalog in an order of its own
 * (a shuffle seeded by the pair id), so neighbouring pairs do not all start with the same question,
 * and a question a pair has been shown is never offered to it again.
 */
export const ICEBREAKERS_PER_POST = 3;
/** Questions in the catalog, the same ones in the same order in every language (checked at boot). */
export const ICEBREAKER_COUNT = 24;

export interface IcebreakerPick {
  /** Catalog indexes, in the order they are shown. */
  picked: number[];
  /** Unseen questions left after this pick. */
  remaining: number;
}

/**
 * The pair's own order of the catalog's indexes 0..total-1, the same every time for the same pair:
 * a shuffle seeded by the pair id, turned to start at question (3 × pair id) mod total, so that
 * pairs opened one after the other never open with the same question.
 */
export function icebreakerOrder(pairId: number, total: number): number[] {
  const order = Array.from({ length: total }, (_, i) => i);
  const random = mulberry32(pairId);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const first = order.indexOf(total === 0 ? 0 : (((pairId * ICEBREAKERS_PER_POST) % total) + total) % total);
  return first <= 0 ? order : [...order.slice(first), ...order.slice(0, first)];
}

/** The next `count` questions of the pair's order that it has not been shown yet. */
export function nextIcebreakers(
  pairId: number,
  total: number,
  shown: ReadonlySet<number>,
  count = ICEBREAKERS_PER_POST,
): IcebreakerPick {
  const unseen = icebreakerOrder(pairId, total).filter((index) => !shown.has(index));
  const picked = unseen.slice(0, Math.max(0, count));
  return { picked, remaining: unseen.length - picked.length };
}

/** A small, well-known 32-bit seeded generator: deterministic across runs and platforms. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

import { LOOKUP_BUDGETS } from '../../domain/programme/lookup-budgets.js';
import { retryAfterOf } from './slack-call.js';

// The budgets (domain/programme/lookup-budgets.ts) are per process: replicas checking lists at the
// same minute meet 429s, which are waited out.
export { LOOKUP_BUDGETS };

/** 429s answered to one call before we give up on it (each waited out first, as Retry-After says). */
export const MAX_RATE_LIMITED_RETRIES = 4;
/** A Retry-After longer than this is not waited out: the list fails and the admin may send it again later. */
export const MAX_RETRY_AFTER_SECONDS = 120;

const MINUTE_MS = 60_000;

/** When the pacer reads the time and how it waits: real time by default; a test's clock, moved instead of slept on. */
export interface PaceClock {
  now: () => number;
  sleepUntil: (at: number) => Promise<void>;
}

export const REAL_TIME: PaceClock = {
  now: Date.now,
  sleepUntil: (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now()))),
};

/**
 * Paces the people lookups of bulk work (a "pair many" list) within each method's minute and waits
 * out Slack's 429s instead of failing the whole list: every call takes a slot in a sliding minute
 * (slots are reserved before waiting, so side-by-side callers queue up instead of all going at
 * once), and a 429 holds back every call of that method for Retry-After, then the call is tried
 * again, at most MAX_RATE_LIMITED_RETRIES times. The 429 is read with slack-call's retryAfterOf, as
 * the scheduler's jobs read it to postpone themselves.
 */
export class LookupPacer {
  private readonly slots = new Map<string, number[]>();
  private readonly heldUntil = new Map<string, number>();
  /** Calls given a slot and not yet answered, per method, in the order their slots were given. */
  private readonly open = new Map<string, Set<Attempt>>();

  constructor(private readonly clock: PaceClock = REAL_TIME) {}

  async call<T>(method: string, work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      const mine = await this.turn(method);
      try {
        return await work();
      } catch (error) {
        const wait = retryAfterOf(error);
        if (wait === undefined || attempt >= MAX_RATE_LIMITED_RETRIES || wait > MAX_RETRY_AFTER_SECONDS) throw error;
        const until = this.clock.now() + Math.max(1, wait) * 1000;
        this.heldUntil.set(method, Math.max(this.heldUntil.get(method) ?? 0, until));
      } finally {
        this.open.get(method)?.delete(mine);
        mine.settle();
      }
    }
  }

  /** Waits for this call's slot: within the method's budget for any minute, and not before a 429's Retry-After. */
  private async turn(method: string): Promise<Attempt> {
    const budget = LOOKUP_BUDGETS[method];
    const now = this.clock.now();
    const taken = (this.slots.get(method) ?? []).filter((at) => at > now - MINUTE_MS);
    // The budget-th slot back frees a place one minute after it was used.
    const freed = budget !== undefined && taken.length >= budget ? (taken[taken.length - budget] ?? now) + MINUTE_MS : now;
    const slot = Math.max(now, this.heldUntil.get(method) ?? 0, freed);
    taken.push(slot);
    this.slots.set(method, taken);
    const open = this.open.get(method) ?? new Set<Attempt>();
    this.open.set(method, open);
    const earlier = [...open];
    let settle: () => void = () => undefined;
    const mine: Attempt = { slot, settled: new Promise<void>((resolve) => (settle = resolve)), settle: () => settle() };
    open.add(mine);
    await this.waitFor(earlier, slot);
    // A 429 answered to another call while this one waited holds this one back too.
    for (let held = this.heldUntil.get(method) ?? 0; held > this.clock.now(); held = this.heldUntil.get(method) ?? 0) await this.waitFor(earlier, held);
    return mine;
  }

  /**
   * Sleeps until `at`, once the calls given an earlier slot have been answered: they go first, and
   * on a test's clock (moved on by sleeping) time must not pass them by while they are under way.
   */
  private async waitFor(earlier: readonly Attempt[], at: number): Promise<void> {
    if (at <= this.clock.now()) return;
    await Promise.all(earlier.filter((attempt) => attempt.slot < at).map((attempt) => attempt.settled));
    await this.clock.sleepUntil(at);
  }
}

interface Attempt {
  slot: number;
  settled: Promise<void>;
  settle: () => void;
}

/**
 * Slack's per-method rate limits, for the methods whose limit our features plan around. Slack counts
 * calls per method per workspace per minute and answers the call over the limit with HTTP 429 and a
 * Retry-After header (seconds). Tiers: https://docs.slack.dev/apis/web-api/rate-limits
 * ("Tier 2: 20+ per minute", "Tier 3: 50+ per minute"); each method's page names its tier.
 */
export const RATE_LIMITS: Readonly<Record<string, { perMinute: number; source: string }>> = {
  'conversations.create': { perMinute: 20, source: 'https://docs.slack.dev/reference/methods/conversations.create (Tier 2)' },
  'users.lookupByEmail': { perMinute: 50, source: 'https://docs.slack.dev/reference/methods/users.lookupByEmail (Tier 3)' },
  'users.info': { perMinute: 100, source: 'https://docs.slack.dev/reference/methods/users.info (Tier 4)' },
  'users.list': { perMinute: 20, source: 'https://docs.slack.dev/reference/methods/users.list (Tier 2)' },
  'usergroups.list': { perMinute: 20, source: 'https://docs.slack.dev/reference/methods/usergroups.list (Tier 2)' },
  'usergroups.users.list': { perMinute: 20, source: 'https://docs.slack.dev/reference/methods/usergroups.users.list (Tier 2)' },
};

const WINDOW_MS = 60_000;

/** A sliding minute per method; `clock` may be a test's fake clock, so paced work is checked without waiting. */
export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(public clock: () => number = Date.now) {}

  /** Counts a call; the seconds to wait when it is over the method's limit (the call is then refused). */
  take(method: string): number | undefined {
    const limit = RATE_LIMITS[method];
    if (limit === undefined) return undefined;
    const now = this.clock();
    const recent = (this.calls.get(method) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= limit.perMinute) {
      this.calls.set(method, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    this.calls.set(method, recent);
    return undefined;
  }

  reset(): void {
    this.calls.clear();
  }
}

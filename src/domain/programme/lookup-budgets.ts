/**
 * How fast we let ourselves look people up in Slack for a "pair many" list, and so how long a list's
 * check may take. The Slack adapter paces its calls with these budgets; the check's watch is planned
 * from them, so a long list is never declared dead while it is still being checked.
 */

/**
 * Calls per minute we allow ourselves, a little under each method's tier so that a few other calls
 * (an admin's /mentor pair, a Home) still fit: users.lookupByEmail is Tier 3 (50+), users.info Tier 4
 * (100+), users.list Tier 2 (20+). https://docs.slack.dev/apis/web-api/rate-limits.
 */
export const LOOKUP_BUDGETS: Readonly<Record<string, number>> = {
  'users.lookupByEmail': 45,
  'users.info': 90,
  'users.list': 18,
};

/** users.list pages read at most when looking handles up (200 people a page: 20,000 people). */
export const USERS_LIST_MAX_PAGES = 100;

const MINUTE_MS = 60_000;

/**
 * The time the pacer takes to send these calls (per method) when nothing else competes: each
 * method's budget goes out at once, the next one a minute later. Methods are summed (an upper
 * bound: a list's lookups of different kinds partly overlap).
 */
export function pacedLookupMs(calls: Readonly<Record<string, number>>): number {
  return Object.entries(calls).reduce((total, [method, count]) => {
    const budget = LOOKUP_BUDGETS[method];
    if (budget === undefined || count <= 0) return total;
    return total + Math.floor((count - 1) / budget) * MINUTE_MS;
  }, 0);
}

/** The shortest wait before a "checking…" message still unchanged is declared dead (a short list takes seconds). */
export const MIN_CHECK_WATCH_MS = 15 * MINUTE_MS;

/**
 * How long after a check starts its watch may declare it dead: the paced time of its lookups, half
 * again for Slack's answers and Retry-After waits (up to two minutes each), plus five minutes; at
 * least MIN_CHECK_WATCH_MS. The longest list we accept (1,000 emails, 22 paced minutes) gets 38.
 */
export function checkWatchMs(calls: Readonly<Record<string, number>>): number {
  return Math.max(MIN_CHECK_WATCH_MS, Math.ceil(pacedLookupMs(calls) * 1.5) + 5 * MINUTE_MS);
}

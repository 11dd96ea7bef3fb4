/**
 * Who an @handle in a "pair many" list names. Slack's usernames (`name`) are unique but display
 * names are not: two people may both show as "Alex". A list must never open a private channel with
 * whichever Alex Slack happens to list first, so a handle more than one person answers to is refused.
 */

/** Someone Slack lists whose username or display name is the handle (lower case). */
export interface HandleCandidate {
  id: string;
  /** 'name': the handle is their username; 'display': only their display name. */
  by: 'name' | 'display';
  isBot: boolean;
  deleted: boolean;
}

/** The one person a handle names, 'ambiguous' when several answer to it, undefined when nobody does. */
export type HandleVerdict = { id: string } | 'ambiguous' | undefined;

/**
 * Slack shows and completes mentions by display name (the username is hidden from people), so a
 * username names its owner only when no other active person who is not a bot shows under that
 * display name; else ambiguous. The username's owner counts even as a bot or deactivated (the
 * preview then says why that line cannot open). Without a username, the display name of an active
 * person who is not a bot; two or more answering: ambiguous.
 */
export function handleVerdict(candidates: readonly HandleCandidate[]): HandleVerdict {
  const byName = uniqueIds(candidates.filter((candidate) => candidate.by === 'name'));
  const byDisplay = uniqueIds(candidates.filter((candidate) => candidate.by === 'display' && !candidate.isBot && !candidate.deleted));
  const pool = [...new Set([...byName, ...byDisplay])];
  if (pool.length > 1) return 'ambiguous';
  const [only] = pool;
  return only === undefined ? undefined : { id: only };
}

function uniqueIds(candidates: readonly HandleCandidate[]): string[] {
  return [...new Set(candidates.map((candidate) => candidate.id))];
}

import type { webApi } from '@slack/bolt';
import { SlackCallError } from '../../services/slack-port.js';
import type { LookupPacer } from './lookup-pacer.js';
import { slackCall } from './slack-call.js';

/** users.list pages read at most when looking handles up (200 people a page: 20,000 people). */
const MAX_PAGES = 100;

/**
 * users.lookupByEmail, paced: the person with that address as Slack describes them (users.info's
 * object, without the locale), undefined when Slack knows nobody by it.
 */
export async function userByEmail(client: webApi.WebClient, pacer: LookupPacer, email: string): Promise<Record<string, unknown> | undefined> {
  try {
    const answer = await pacer.call('users.lookupByEmail', () => slackCall('users.lookupByEmail', () => client.users.lookupByEmail({ email })));
    return answer.user as Record<string, unknown> | undefined;
  } catch (error) {
    if (error instanceof SlackCallError && (error.slackError === 'users_not_found' || error.slackError === 'user_not_found')) return undefined;
    throw error;
  }
}

/** Ids of the people whose handle (or display name) is one of `handles` (lower case), reading users.list page by page. */
export async function userIdsByHandle(client: webApi.WebClient, pacer: LookupPacer, handles: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(handles.map((handle) => handle.toLowerCase()));
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const after = cursor;
    const answer = await pacer.call('users.list', () =>
      slackCall('users.list', () => client.users.list({ limit: 200, ...(after === undefined ? {} : { cursor: after }) })),
    );
    for (const member of answer.members ?? []) {
      if (member.id === undefined) continue;
      for (const name of [member.name, member.profile?.display_name]) {
        const key = name?.toLowerCase();
        if (key !== undefined && wanted.has(key) && !found.has(key)) found.set(key, member.id);
      }
    }
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (cursor === undefined || found.size === wanted.size) break;
  }
  return found;
}

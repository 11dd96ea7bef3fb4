import type { webApi } from '@slack/bolt';
import { SlackCallError } from '../../services/slack-port.js';
import { slackCall } from './slack-call.js';

/** users.list pages read at most when looking handles up (200 people a page: 20,000 people). */
const MAX_PAGES = 100;

/** users.lookupByEmail: the id of the person with that address, undefined when Slack knows nobody by it. */
export async function userIdByEmail(client: webApi.WebClient, email: string): Promise<string | undefined> {
  try {
    const answer = await slackCall('users.lookupByEmail', () => client.users.lookupByEmail({ email }));
    return answer.user?.id;
  } catch (error) {
    if (error instanceof SlackCallError && (error.slackError === 'users_not_found' || error.slackError === 'user_not_found')) return undefined;
    throw error;
  }
}

/** Ids of the people whose handle (or display name) is one of `handles` (lower case), reading users.list page by page. */
export async function userIdsByHandle(client: webApi.WebClient, handles: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(handles.map((handle) => handle.toLowerCase()));
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await slackCall('users.list', () => client.users.list({ limit: 200, ...(cursor === undefined ? {} : { cursor }) }));
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

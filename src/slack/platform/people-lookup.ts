import type { webApi } from '@slack/bolt';
import { SlackCallError } from '../../services/slack-port.js';
import type { HandleCandidate } from '../../domain/programme/handle-match.js';
import { USERS_LIST_MAX_PAGES } from '../../domain/programme/lookup-budgets.js';
import type { LookupPacer } from './lookup-pacer.js';
import { slackCall } from './slack-call.js';

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

/**
 * Everyone whose username (`name`) or display name is one of `handles` (lower case), reading
 * users.list page by page. Every page is read: display names are not unique, and even a username
 * match is ambiguous when another person shows under that display name (handle-match.ts).
 */
export async function usersByHandle(client: webApi.WebClient, pacer: LookupPacer, handles: readonly string[]): Promise<Map<string, HandleCandidate[]>> {
  const wanted = new Set(handles.map((handle) => handle.toLowerCase()));
  const found = new Map<string, HandleCandidate[]>();
  if (wanted.size === 0) return found;
  let cursor: string | undefined;
  for (let page = 0; page < USERS_LIST_MAX_PAGES; page += 1) {
    const after = cursor;
    const answer = await pacer.call('users.list', () =>
      slackCall('users.list', () => client.users.list({ limit: 200, ...(after === undefined ? {} : { cursor: after }) })),
    );
    for (const member of answer.members ?? []) {
      if (member.id === undefined) continue;
      const name = member.name?.toLowerCase();
      const display = member.profile?.display_name?.toLowerCase();
      const answers = [
        { key: name, by: 'name' as const },
        // A display name equal to the username adds nothing: the username match already counts.
        { key: display === name ? undefined : display, by: 'display' as const },
      ];
      for (const { key, by } of answers) {
        if (key === undefined || !wanted.has(key)) continue;
        const candidate: HandleCandidate = { id: member.id, by, isBot: member.is_bot === true, deleted: member.deleted === true };
        found.set(key, [...(found.get(key) ?? []), candidate]);
      }
    }
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (cursor === undefined) break;
  }
  return found;
}

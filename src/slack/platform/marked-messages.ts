import type { webApi } from '@slack/bolt';
import type { DirectPost, PairMark } from '../../services/slack-port.js';
import { slackCall } from './slack-call.js';

/**
 * A direct message about a pair carries its pair (and member) as Slack message metadata, so that it
 * can be found in the conversation when its ts never reached us: a post whose answer was lost, or a
 * process stopped before it kept the ts. Reading it back needs the `im:history` scope.
 * https://docs.slack.dev/messaging/message-metadata/
 */
export const PAIR_MARK_EVENT = 'mentor_coach_pair_alert';

export function pairMetadata(mark: PairMark): { event_type: string; event_payload: Record<string, string | number> } {
  return { event_type: PAIR_MARK_EVENT, event_payload: { pair_id: mark.pairId, ...(mark.memberId === undefined ? {} : { member_id: mark.memberId }) } };
}

const PAGE = 200;

/** The bot's messages in one conversation whose metadata names the pair (and the member, when the mark has one); every page read. */
export async function findMarkedMessages(client: webApi.WebClient, channelId: string, mark: PairMark): Promise<DirectPost[]> {
  const found: DirectPost[] = [];
  let cursor: string | undefined;
  do {
    const page = await slackCall('conversations.history', () =>
      client.conversations.history({ channel: channelId, limit: PAGE, include_all_metadata: true, ...(cursor === undefined ? {} : { cursor }) }),
    );
    for (const message of page.messages ?? []) {
      const metadata = message.metadata;
      const payload = metadata?.event_payload as Record<string, unknown> | undefined;
      if (metadata?.event_type !== PAIR_MARK_EVENT || payload?.pair_id !== mark.pairId || message.ts === undefined) continue;
      if (mark.memberId !== undefined && payload.member_id !== mark.memberId) continue;
      // Only an app sets metadata; a person's message is never ours to delete.
      if (message.bot_id === undefined) continue;
      found.push({ channelId, ts: message.ts });
    }
    cursor = page.has_more === true ? page.response_metadata?.next_cursor : undefined;
  } while (cursor !== undefined && cursor !== '');
  return found;
}

/**
 * Message metadata and conversations.history in the Slack stand-in.
 * https://docs.slack.dev/messaging/message-metadata/ (chat.postMessage `metadata`: an object with a
 *   string `event_type` and an object `event_payload`; invalid_metadata_format otherwise)
 * https://docs.slack.dev/reference/methods/conversations.history (scope by conversation type:
 *   channels:history, groups:history, im:history; newest first; `limit` up to 999, default 100; cursor
 *   paging with has_more; a message's metadata only with `include_all_metadata`)
 */
import type { Handler } from './conversations.js';
import { bool, objectOf, str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError, type Params, type StandInMessage } from './types.js';
import { requireScope } from './user-files.js';
import { messageJson } from './chat.js';

export type MessageMetadata = { event_type: string; event_payload: Record<string, unknown> };

const metadataByMessage = new WeakMap<StandInMessage, MessageMetadata>();

/** The `metadata` argument of a post, checked as Slack does; undefined when none was sent. */
export function metadataOf(params: Params): MessageMetadata | undefined {
  if (params.metadata === undefined || params.metadata === '') return undefined;
  const metadata = objectOf(params, 'metadata');
  const eventType = metadata?.event_type;
  const payload = metadata?.event_payload;
  if (typeof eventType !== 'string' || eventType === '' || typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ApiError('invalid_metadata_format');
  }
  return { event_type: eventType, event_payload: payload as Record<string, unknown> };
}

export function keepMetadata(message: StandInMessage, metadata: MessageMetadata | undefined): void {
  if (metadata !== undefined) metadataByMessage.set(message, metadata);
}

const HISTORY_LIMIT = 999;

const history: Handler = (state: StandInState, params: Params) => {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  requireScope(state, state.isIm(channel.id) ? 'im:history' : channel.isPrivate ? 'groups:history' : 'channels:history');
  if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  const limit = Math.min(Number(str(params, 'limit') ?? 100) || 100, HISTORY_LIMIT);
  const start = Number(str(params, 'cursor')?.replace(/^next:/u, '') ?? 0);
  if (!Number.isInteger(start) || start < 0) throw new ApiError('invalid_cursor');
  const withMetadata = bool(params, 'include_all_metadata');
  const newestFirst = [...state.messageList(channel.id)].reverse();
  const page = newestFirst.slice(start, start + limit);
  const more = start + limit < newestFirst.length;
  return {
    ok: true,
    messages: page.map((message) => {
      const metadata = metadataByMessage.get(message);
      return { ...messageJson(state, message), ...(withMetadata && metadata !== undefined ? { metadata } : {}) };
    }),
    has_more: more,
    response_metadata: { next_cursor: more ? `next:${start + limit}` : '' },
  };
};

export const historyMethods: Record<string, Handler> = { 'conversations.history': history };

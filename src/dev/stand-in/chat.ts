/** chat.* and pins.* methods of the Slack stand-in, with Slack's error codes. */
import type { Handler } from './conversations.js';
import { enforceMessage, requireArgument } from './enforce.js';
import { blocksOf, str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError, type Params, type StandInChannel, type StandInMessage } from './types.js';
import { keptText } from './validate.js';
import { keepMetadata, metadataOf } from './history.js';

/** A channel the bot may post in. */
function postableChannel(state: StandInState, params: Params): StandInChannel {
  const channel = state.channelFor(str(params, 'channel'));
  if (channel.archived) throw new ApiError('is_archived');
  if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  return channel;
}

function content(state: StandInState, params: Params): { text: string; blocks: unknown[] | undefined } {
  const text = typeof params.text === 'string' ? params.text : '';
  const blocks = blocksOf(params);
  const hasAttachments = Array.isArray(params.attachments) && params.attachments.length > 0;
  if (text === '' && (blocks === undefined || blocks.length === 0) && !hasAttachments) throw new ApiError('no_text');
  enforceMessage(state, params);
  return { text: keptText(text), blocks };
}

function findMessage(state: StandInState, params: Params, tsKey: string): { channel: StandInChannel; message: StandInMessage } {
  const channel = state.channelFor(str(params, 'channel'));
  const ts = str(params, tsKey);
  const message = state.messageList(channel.id).find((m) => m.ts === ts);
  if (message === undefined) throw new ApiError('message_not_found');
  return { channel, message };
}

export function messageJson(state: StandInState, message: StandInMessage): Record<string, unknown> {
  return {
    type: 'message',
    user: message.user,
    ...(message.user === state.ids.botUserId ? { bot_id: state.ids.botId, app_id: 'A0001' } : {}),
    text: message.text,
    blocks: message.blocks,
    ts: message.ts,
    ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
    ...(message.edited === true ? { edited: { user: message.user, ts: message.ts } } : {}),
    team: state.ids.teamId,
  };
}

const postMessage: Handler = (state, params) => {
  const channel = postableChannel(state, params);
  const { text, blocks } = content(state, params);
  const metadata = metadataOf(params);
  const threadTs = str(params, 'thread_ts');
  const message: StandInMessage = {
    ts: state.nextTs(),
    channel: channel.id,
    user: state.ids.botUserId,
    text,
    blocks: blocks ?? [],
    ...(threadTs === undefined ? {} : { threadTs }),
  };
  state.messageList(channel.id).push(message);
  keepMetadata(message, metadata);
  return { ok: true, channel: channel.id, ts: message.ts, message: messageJson(state, message) };
};

const update: Handler = (state, params) => {
  const { channel, message } = findMessage(state, params, 'ts');
  if (message.user !== state.ids.botUserId) throw new ApiError('cant_update_message');
  if (channel.archived) throw new ApiError('is_archived');
  enforceMessage(state, params);
  // Slack keeps whatever the call leaves out: blocks stay unless `blocks` is sent ([] removes them).
  if (typeof params.text === 'string') message.text = keptText(params.text);
  const blocks = blocksOf(params);
  if (blocks !== undefined) message.blocks = blocks;
  message.edited = true;
  return { ok: true, channel: channel.id, ts: message.ts, text: message.text, message: messageJson(state, message) };
};

const remove: Handler = (state, params) => {
  const { channel, message } = findMessage(state, params, 'ts');
  if (message.user !== state.ids.botUserId) throw new ApiError('cant_delete_message');
  const list = state.messageList(channel.id);
  list.splice(list.indexOf(message), 1);
  return { ok: true, channel: channel.id, ts: message.ts };
};

const postEphemeral: Handler = (state, params) => {
  const channel = postableChannel(state, params);
  const user = requireArgument(str(params, 'user'), 'invalid_arguments', 'arg.user', 'user');
  if (!state.users.has(user)) throw new ApiError('user_not_found');
  if (!channel.members.has(user)) throw new ApiError('user_not_in_channel');
  const { text, blocks } = content(state, params);
  state.ephemerals.push({ channel: channel.id, user, text, blocks: blocks ?? [] });
  return { ok: true, message_ts: state.nextTs() };
};

const getPermalink: Handler = (state, params) => {
  const { channel, message } = findMessage(state, params, 'message_ts');
  return { ok: true, channel: channel.id, permalink: `https://stand-in.slack.com/archives/${channel.id}/p${message.ts.replace('.', '')}` };
};

const pinsAdd: Handler = (state, params) => {
  requireArgument(str(params, 'timestamp') ?? str(params, 'file'), 'no_item_specified', 'arg.timestamp', 'timestamp');
  const { channel, message } = findMessage(state, params, 'timestamp');
  if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  const key = `${channel.id}/${message.ts}`;
  if (state.pins.has(key)) throw new ApiError('already_pinned');
  state.pins.add(key);
  return { ok: true };
};

export const chatMethods: Record<string, Handler> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.delete': remove,
  'chat.postEphemeral': postEphemeral,
  'chat.getPermalink': getPermalink,
  'pins.add': pinsAdd,
};

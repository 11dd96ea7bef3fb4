/** conversations.* methods of the Slack stand-in, with Slack's error codes. */
import { bool, list, str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError, type ApiResult, type Params, type StandInChannel } from './types.js';

export type Handler = (state: StandInState, params: Params) => ApiResult;

/** Slack's rules for channel names, in the order it checks them. */
export function channelNameError(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return 'invalid_name_required';
  if (name.length > 80) return 'invalid_name_maxlength';
  if (!/^[a-z0-9_-]+$/.test(name)) return 'invalid_name_specials';
  if (/^[-_]+$/.test(name)) return 'invalid_name_punctuation';
  return undefined;
}

/** A channel the bot is in and may change (not a DM, not archived). */
function memberChannel(state: StandInState, params: Params): StandInChannel {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  if (state.isIm(channel.id)) throw new ApiError('method_not_supported_for_channel_type');
  if (channel.archived) throw new ApiError('is_archived');
  if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  return channel;
}

const create: Handler = (state, params) => {
  const name = str(params, 'name');
  const nameError = channelNameError(name);
  if (nameError !== undefined || name === undefined) throw new ApiError(nameError ?? 'invalid_name_required');
  for (const channel of state.channels.values()) {
    if (channel.name === name && !state.isIm(channel.id)) throw new ApiError('name_taken');
  }
  const channel = state.addChannel(
    {
      id: state.nextChannelId('C'),
      name,
      isPrivate: bool(params, 'is_private'),
      topic: '',
      members: new Set([state.ids.botUserId]),
      archived: false,
      createdBy: state.ids.botUserId,
    },
    { created: state.now() },
  );
  return { ok: true, channel: state.channelJson(channel) };
};

const invite: Handler = (state, params) => {
  const channel = memberChannel(state, params);
  const users = list(params, 'users');
  if (users.length === 0) throw new ApiError('no_user');
  for (const user of users) {
    if (user === state.ids.botUserId) throw new ApiError('cant_invite_self');
    if (!state.users.has(user)) throw new ApiError('user_not_found');
  }
  const newcomers = users.filter((user) => !channel.members.has(user));
  if (newcomers.length === 0) throw new ApiError('already_in_channel');
  for (const user of newcomers) channel.members.add(user);
  return { ok: true, channel: state.channelJson(channel) };
};

const kick: Handler = (state, params) => {
  const channel = memberChannel(state, params);
  const user = str(params, 'user');
  if (user === undefined) throw new ApiError('user_not_found');
  if (user === state.ids.botUserId) throw new ApiError('cant_kick_self');
  if (!channel.members.has(user)) throw new ApiError('not_in_channel');
  channel.members.delete(user);
  return { ok: true };
};

const setTopic: Handler = (state, params) => {
  const channel = memberChannel(state, params);
  const topic = typeof params.topic === 'string' ? params.topic : '';
  if ([...topic].length > 250) throw new ApiError('too_long');
  channel.topic = topic;
  const meta = state.meta(channel.id);
  meta.topicCreator = state.ids.botUserId;
  meta.topicLastSet = state.now();
  return { ok: true, channel: state.channelJson(channel) };
};

const archive: Handler = (state, params) => {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  if (state.isIm(channel.id)) throw new ApiError('method_not_supported_for_channel_type');
  if (channel.archived) throw new ApiError('already_archived');
  if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  channel.archived = true;
  return { ok: true };
};

const unarchive: Handler = (state, params) => {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  if (!channel.archived) throw new ApiError('not_archived');
  channel.archived = false;
  return { ok: true };
};

const info: Handler = (state, params) => {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  const json = state.channelJson(channel);
  if (bool(params, 'include_num_members') && !state.isIm(channel.id)) json.num_members = channel.members.size;
  return { ok: true, channel: json };
};

const members: Handler = (state, params) => {
  const channel = state.channelFor(str(params, 'channel'), { allowUserId: false });
  return { ok: true, members: [...channel.members], response_metadata: { next_cursor: '' } };
};

const listChannels: Handler = (state, params) => {
  const types = new Set(list(params, 'types'));
  if (types.size === 0) types.add('public_channel');
  const excludeArchived = bool(params, 'exclude_archived');
  const channels = [...state.channels.values()].filter((channel) => {
    if (excludeArchived && channel.archived) return false;
    if (state.isIm(channel.id)) return types.has('im');
    if (channel.isPrivate) return types.has('private_channel') && channel.members.has(state.ids.botUserId);
    return types.has('public_channel');
  });
  return { ok: true, channels: channels.map((c) => state.channelJson(c)), response_metadata: { next_cursor: '' } };
};

/** Opens (or finds) the bot's DM with one user. Group DMs are not modelled. */
const open: Handler = (state, params) => {
  const channelId = str(params, 'channel');
  if (channelId !== undefined) return { ok: true, channel: { id: state.channelFor(channelId).id } };
  const users = list(params, 'users');
  if (users.length === 0) throw new ApiError('users_list_not_supplied');
  if (users.length > 1) throw new ApiError('not_supported_by_stand_in');
  const user = users[0] ?? '';
  if (!state.users.has(user)) throw new ApiError('user_not_found');
  const existed = [...state.channelMeta.values()].some((meta) => meta.imUser === user);
  const channel = state.imWith(user);
  const json = bool(params, 'return_im') ? state.channelJson(channel) : { id: channel.id };
  return { ok: true, no_op: existed, already_open: existed, channel: json };
};

export const conversationMethods: Record<string, Handler> = {
  'conversations.create': create,
  'conversations.invite': invite,
  'conversations.kick': kick,
  'conversations.setTopic': setTopic,
  'conversations.archive': archive,
  'conversations.unarchive': unarchive,
  'conversations.info': info,
  'conversations.members': members,
  'conversations.list': listChannels,
  'conversations.open': open,
};

/**
 * files.* of the Slack stand-in: Slack's external upload flow. `files.getUploadURLExternal` hands out
 * an upload URL on the stand-in, the bytes are POSTed there, and `files.completeUploadExternal`
 * shares the file in a channel (a message holding the initial comment stands for the share).
 * `files.delete` deletes it, and with it the message that shared it.
 */
import type { Handler } from './conversations.js';
import { str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError, type Params } from './types.js';

export interface StandInFile {
  id: string;
  filename: string;
  /** The length announced by files.getUploadURLExternal. */
  length: number;
  title: string | undefined;
  /** The bytes uploaded, as UTF-8 text; undefined until the upload URL has been called. */
  content: string | undefined;
  /** The same bytes as sent (a PNG is not text). */
  bytes?: Buffer;
  /** Channels the file was shared in. */
  channels: string[];
  initialComment: string | undefined;
  /** The message that shares the file (ts), once completed. */
  ts: string | undefined;
  /** Set by files.delete; the record stays so that tests can still read what was sent. */
  deleted?: boolean;
}

const stores = new WeakMap<StandInState, Map<string, StandInFile>>();
const counters = new WeakMap<StandInState, number>();

export function fileStore(state: StandInState): Map<string, StandInFile> {
  let store = stores.get(state);
  if (store === undefined) {
    store = new Map();
    stores.set(state, store);
  }
  return store;
}

/** Relative path of a file's upload URL on the stand-in. */
export function uploadPath(fileId: string): string {
  return `/upload/${fileId}`;
}

/** Stores the bytes POSTed to an upload URL; false when no such upload was handed out. */
export function receiveUpload(state: StandInState, fileId: string, bytes: Buffer): boolean {
  const file = fileStore(state).get(fileId);
  if (file === undefined) return false;
  file.content = bytes.toString('utf8');
  file.bytes = bytes;
  return true;
}

/** The stand-in's base URL, set by the server so that handlers can answer absolute upload URLs. */
const baseUrls = new WeakMap<StandInState, string>();
export function setBaseUrl(state: StandInState, baseUrl: string): void {
  baseUrls.set(state, baseUrl);
}

const getUploadURLExternal: Handler = (state, params) => {
  const filename = str(params, 'filename');
  if (filename === undefined) throw new ApiError('invalid_arguments');
  const length = Number(str(params, 'length'));
  if (!Number.isInteger(length) || length < 1) throw new ApiError('invalid_arguments');
  const n = (counters.get(state) ?? 0) + 1;
  counters.set(state, n);
  const id = `F${String(n).padStart(8, '0')}`;
  fileStore(state).set(id, { id, filename, length, title: undefined, content: undefined, channels: [], initialComment: undefined, ts: undefined });
  return { ok: true, upload_url: `${baseUrls.get(state) ?? ''}${uploadPath(id)}`, file_id: id };
};

function filesOf(params: Params): Array<{ id: string; title?: string }> {
  const value = params.files;
  if (!Array.isArray(value) || value.length === 0) throw new ApiError('invalid_arguments');
  return value.map((entry: unknown) => {
    const object = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const id = str(object, 'id');
    if (id === undefined) throw new ApiError('invalid_arguments');
    const title = str(object, 'title');
    return title === undefined ? { id } : { id, title };
  });
}

const completeUploadExternal: Handler = (state, params) => {
  const entries = filesOf(params);
  const store = fileStore(state);
  const files = entries.map((entry) => {
    const file = store.get(entry.id);
    // Slack refuses to complete an upload whose bytes never arrived or whose size differs.
    if (file === undefined || file.content === undefined) throw new ApiError('file_not_found');
    if ((file.bytes?.byteLength ?? Buffer.byteLength(file.content, 'utf8')) !== file.length) throw new ApiError('file_upload_size_mismatch');
    return { file, title: entry.title };
  });
  const channelId = str(params, 'channel_id');
  const channel = channelId === undefined ? undefined : state.channelFor(channelId);
  if (channel !== undefined) {
    if (channel.archived) throw new ApiError('is_archived');
    if (!channel.members.has(state.ids.botUserId)) throw new ApiError('not_in_channel');
  }
  const comment = str(params, 'initial_comment');
  const ts = channel === undefined ? undefined : state.nextTs();
  for (const { file, title } of files) {
    file.title = title ?? file.filename;
    file.initialComment = comment;
    if (channel !== undefined) {
      file.channels.push(channel.id);
      file.ts = ts;
    }
  }
  if (channel !== undefined && ts !== undefined) {
    state.messageList(channel.id).push({
      ts,
      channel: channel.id,
      user: state.ids.botUserId,
      text: comment ?? '',
      blocks: [],
    });
  }
  return {
    ok: true,
    files: files.map(({ file }) => ({ id: file.id, name: file.filename, title: file.title, size: file.length })),
  };
};

/**
 * Slack answers `{ ok: true }`; `file_not_found` for an id it does not know (or an upload never
 * completed), `file_deleted` for a file already deleted. Deleting a file takes its share away.
 */
const deleteFile: Handler = (state, params) => {
  const id = str(params, 'file');
  if (id === undefined) throw new ApiError('invalid_arguments');
  const file = fileStore(state).get(id);
  if (file === undefined || file.content === undefined) throw new ApiError('file_not_found');
  if (file.deleted === true) throw new ApiError('file_deleted');
  file.deleted = true;
  for (const channelId of file.channels) {
    const list = state.messageList(channelId);
    const at = list.findIndex((message) => message.ts === file.ts);
    if (at >= 0) list.splice(at, 1);
  }
  return { ok: true };
};

export const fileMethods: Record<string, Handler> = {
  'files.getUploadURLExternal': getUploadURLExternal,
  'files.completeUploadExternal': completeUploadExternal,
  'files.delete': deleteFile,
};

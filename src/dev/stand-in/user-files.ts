/**
 * Files people upload (a CSV through a form's file_input), as the Slack stand-in keeps them:
 * `files.info` with Slack's shape and errors, and the file's `url_private_download`, which, like
 * Slack's, serves the bytes only to a request bearing the bot token and otherwise redirects to the
 * sign-in page (200, HTML): a client that follows redirects blindly reads a web page, not the file.
 * https://docs.slack.dev/reference/methods/files.info (file_not_found, file_deleted; scope files:read)
 * https://docs.slack.dev/reference/objects/file-object (url_private_download "requires an authorization header")
 * https://docs.slack.dev/reference/block-kit/block-elements/file-input-element ("must have the files:read scope")
 */
import type { Handler } from './conversations.js';
import { str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError } from './types.js';

export interface UserFileInput {
  /** The uploader. */
  user: string;
  name: string;
  /** Slack's file type (`csv`, `text`, `xlsx`…); default from the name's extension. */
  filetype?: string;
  mimetype?: string;
  content: string | Uint8Array;
  /** How the download address answers a well-authorised request: the bytes (default), this HTTP status, or never ('hang'). */
  downloadStatus?: number | 'hang';
  /** The size files.info states, when it should differ from the bytes (a file replaced under its id). */
  statedSize?: number;
}

interface UserFile extends Required<Omit<UserFileInput, 'content' | 'downloadStatus' | 'statedSize'>> {
  id: string;
  bytes: Buffer;
  created: number;
  downloadStatus: number | 'hang' | undefined;
  statedSize: number | undefined;
  deleted: boolean;
}

/** The bot scopes of our manifests; a test takes one away to see what Slack answers without it. */
const MANIFEST_SCOPES = ['chat:write', 'commands', 'files:read', 'files:write', 'groups:write', 'im:history', 'im:write', 'pins:write', 'users:read', 'users:read.email'];

const stores = new WeakMap<StandInState, { files: Map<string, UserFile>; scopes: Set<string>; counter: number }>();

function storeOf(state: StandInState) {
  let store = stores.get(state);
  if (store === undefined) {
    store = { files: new Map(), scopes: new Set(MANIFEST_SCOPES), counter: 0 };
    stores.set(state, store);
  }
  return store;
}

/** The scopes the bot token holds in the stand-in. */
export function grantedScopes(state: StandInState): Set<string> {
  return storeOf(state).scopes;
}

/** Slack's refusal of a call whose token lacks a scope; the answer names it (`needed`) beside those held (`provided`). */
export class MissingScopeError extends ApiError {
  constructor(readonly needed: string) {
    super('missing_scope');
  }
}

export function requireScope(state: StandInState, scope: string): void {
  if (!grantedScopes(state).has(scope)) throw new MissingScopeError(scope);
}

/** The base URL, for absolute download addresses; set by the server. */
const baseUrls = new WeakMap<StandInState, string>();
export function setUserFilesBaseUrl(state: StandInState, baseUrl: string): void {
  baseUrls.set(state, baseUrl);
}

const EXTENSION_TYPES: Record<string, { filetype: string; mimetype: string }> = {
  csv: { filetype: 'csv', mimetype: 'text/csv' },
  txt: { filetype: 'text', mimetype: 'text/plain' },
  xlsx: { filetype: 'xlsx', mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  png: { filetype: 'png', mimetype: 'image/png' },
};

/** Puts a file in the workspace as if someone had just uploaded it in a form; its JSON as Slack sends it in `view.state.values`. */
export function addUserFile(state: StandInState, input: UserFileInput): Record<string, unknown> {
  const store = storeOf(state);
  store.counter += 1;
  const id = `FU${String(store.counter).padStart(7, '0')}`;
  const known = EXTENSION_TYPES[input.name.split('.').pop()?.toLowerCase() ?? ''] ?? { filetype: 'binary', mimetype: 'application/octet-stream' };
  const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content);
  const file: UserFile = {
    id,
    user: input.user,
    name: input.name,
    filetype: input.filetype ?? known.filetype,
    mimetype: input.mimetype ?? known.mimetype,
    bytes,
    created: state.now(),
    downloadStatus: input.downloadStatus,
    statedSize: input.statedSize,
    deleted: false,
  };
  store.files.set(id, file);
  return fileJson(state, file);
}

/** Slack's file object (the fields a client reads; Slack sends many more). */
function fileJson(state: StandInState, file: UserFile): Record<string, unknown> {
  const base = baseUrls.get(state) ?? '';
  const path = `/files-pri/${state.ids.teamId}-${file.id}`;
  return {
    id: file.id,
    created: file.created,
    timestamp: file.created,
    name: file.name,
    title: file.name,
    mimetype: file.mimetype,
    filetype: file.filetype,
    pretty_type: file.filetype.toUpperCase(),
    user: file.user,
    user_team: state.ids.teamId,
    editable: false,
    size: file.statedSize ?? file.bytes.byteLength,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: false,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: `${base}${path}/${encodeURIComponent(file.name)}`,
    url_private_download: `${base}${path}/download/${encodeURIComponent(file.name)}`,
    permalink: `${base}/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`,
    channels: [],
    groups: [],
    ims: [],
    comments_count: 0,
  };
}

const filesInfo: Handler = (state, params) => {
  requireScope(state, 'files:read');
  const id = str(params, 'file');
  if (id === undefined) throw new ApiError('invalid_arguments');
  const file = storeOf(state).files.get(id);
  if (file === undefined) throw new ApiError('file_not_found');
  if (file.deleted) throw new ApiError('file_deleted');
  return { ok: true, file: fileJson(state, file), comments: [], response_metadata: { next_cursor: '' } };
};

export const userFileMethods: Record<string, Handler> = { 'files.info': filesInfo };

/** What the download address answers ('hang': nothing, until the stand-in stops). */
export type DownloadAnswer = { status: number; headers: Record<string, string>; body: Buffer } | 'hang';

const SIGN_IN_PAGE = '<!DOCTYPE html><html><head><title>Sign in | Slack</title></head><body>Sign in to your workspace.</body></html>';

/**
 * A GET of `/files-pri/<team>-<file>/download/<name>` (or without `/download`): the bytes for the bot
 * token holding files:read, a redirect to the sign-in page otherwise (as Slack answers a browser with
 * no session), 404 for a file it does not have. Undefined: not a download address.
 */
export function answerDownload(state: StandInState, pathname: string, authorization: string | undefined): DownloadAnswer | undefined {
  if (pathname === '/signin') return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: Buffer.from(SIGN_IN_PAGE) };
  const match = /^\/files-pri\/([A-Z0-9]+)-(F[A-Z0-9]+)(?:\/download)?\/[^/]+$/.exec(pathname);
  if (match === null) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer !== state.ids.token || !grantedScopes(state).has('files:read')) {
    return { status: 302, headers: { Location: `${baseUrls.get(state) ?? ''}/signin?redir=${encodeURIComponent(pathname)}` }, body: Buffer.alloc(0) };
  }
  const file = storeOf(state).files.get(match[2] ?? '');
  if (match[1] !== state.ids.teamId || file === undefined || file.deleted) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('not_found') };
  if (file.downloadStatus === 'hang') return 'hang';
  if (file.downloadStatus !== undefined) return { status: file.downloadStatus, headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('error') };
  return { status: 200, headers: { 'Content-Type': file.mimetype, 'Content-Length': String(file.bytes.byteLength) }, body: file.bytes };
}

/**
 * A Slack Web API stand-in on loopback, for end-to-end tests and `npm run demo`.
 *
 * Point the app's WebClient at `apiUrl` (SLACK_API_URL / clientOptions.slackApiUrl). Calls are answered the way
 * Slack answers them — HTTP 200 with `{ ok: true, … }` or `{ ok: false, error }` — against an in-memory workspace
 * (users, channels, messages, modals), and every call is recorded for assertions.
 * Method handlers live in ./stand-in/; this file is the HTTP server and the test-facing API.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatMethods } from './stand-in/chat.js';
import { historyMethods } from './stand-in/history.js';
import { conversationMethods, type Handler } from './stand-in/conversations.js';
import { fileMethods, fileStore, receiveUpload, setBaseUrl, type StandInFile } from './stand-in/files.js';
import { parseParams, readBytes, sendJson, sendText, tokenOf } from './stand-in/http.js';
import { peopleMethods, type StandInUserGroup, userGroups } from './stand-in/people.js';
import { RateLimiter } from './stand-in/rate-limits.js';
import { miscMethods, UNAUTHENTICATED_METHODS } from './stand-in/misc.js';
import { describeViolation } from './stand-in/limits.js';
import { StandInState } from './stand-in/state.js';
import { addUserFile, answerDownload, grantedScopes, MissingScopeError, setUserFilesBaseUrl, type UserFileInput, userFileMethods } from './stand-in/user-files.js';
import {
  ApiError,
  type ApiResult,
  type InjectedFailure,
  type Params,
  type RecordedCall,
  type StandInChannel,
  type StandInEphemeral,
  type StandInMessage,
  type StandInUser,
  type StandInView,
} from './stand-in/types.js';
import { messageViolations } from './stand-in/validate.js';

export type { StandInFile } from './stand-in/files.js';
export type { StandInUserGroup } from './stand-in/people.js';
export type { UserFileInput } from './stand-in/user-files.js';
export type {
  InjectedFailure,
  RecordedCall,
  StandInChannel,
  StandInEphemeral,
  StandInMessage,
  StandInUser,
  StandInView,
} from './stand-in/types.js';

export interface SlackStandInOptions {
  /** The only bot token accepted. Default 'xoxb-test-token'. */
  token?: string;
  /** Default 'T0001'. */
  teamId?: string;
  /** The bot's user ID. Default 'UBOT'. */
  botUserId?: string;
  /** Default 'B0001'. */
  botId?: string;
  /** Workspace members. The bot user is added unless listed. */
  users?: StandInUser[];
  /**
   * Default true: refuse what Slack refuses (block and view limits of ./stand-in/limits.ts) with Slack's error
   * codes, so every test is a contract test. False only for a test that must get a payload past the stand-in.
   */
  strict?: boolean;
}

export interface AddChannelInput {
  name: string;
  /** Default: the next 'C…' ID. */
  id?: string;
  isPrivate?: boolean;
  /** Default: just the bot. When given, the bot is a member only if listed. */
  members?: string[];
  topic?: string;
  archived?: boolean;
  /** Default: the bot. */
  createdBy?: string;
}

const METHODS: Record<string, Handler> = { ...conversationMethods, ...chatMethods, ...historyMethods, ...miscMethods, ...fileMethods, ...userFileMethods, ...peopleMethods };

export class SlackStandIn {
  /** 'http://127.0.0.1:<port>/api/' — what SLACK_API_URL / clientOptions.slackApiUrl receives. */
  readonly apiUrl: string;
  /** 'http://127.0.0.1:<port>' */
  readonly baseUrl: string;
  readonly token: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  /** Every Web API call, in order, including refused ones. */
  readonly calls: RecordedCall[] = [];
  /** JSON bodies POSTed to response URLs (Bolt's respond()). */
  readonly responses: Array<{ id: string; body: Record<string, unknown> }> = [];
  private readonly state: StandInState;
  private readonly failures = new Map<string, Array<{ failure: InjectedFailure; remaining: number }>>();
  private readonly holds = new Map<string, Array<{ arrived: () => void; released: Promise<void> }>>();
  private responseUrlCounter = 0;
  /** Slack's per-method limits (./stand-in/rate-limits.ts), enforced when strict. */
  readonly rateLimiter = new RateLimiter();
  /**
   * Counted from `useClock`: most suites open dozens of pairs within a real second, which Slack would
   * pace too; a test of paced work sets the clock the limits are counted on, and the limits hold.
   */
  private rateLimited = false;
  private stopped = false;

  static async start(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new SlackStandIn(server, (server.address() as AddressInfo).port, options);
  }

  private constructor(
    private readonly server: Server,
    port: number,
    options: SlackStandInOptions,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.baseUrl}/api/`;
    this.token = options.token ?? 'xoxb-test-token';
    this.teamId = options.teamId ?? 'T0001';
    this.botUserId = options.botUserId ?? 'UBOT';
    this.botId = options.botId ?? 'B0001';
    this.state = new StandInState({ token: this.token, teamId: this.teamId, botUserId: this.botUserId, botId: this.botId });
    this.state.strict = options.strict ?? true;
    setBaseUrl(this.state, this.baseUrl);
    setUserFilesBaseUrl(this.state, this.baseUrl);
    const users = options.users ?? [];
    if (!users.some((user) => user.id === this.botUserId)) {
      this.addUser({ id: this.botUserId, name: 'mentor-coach', realName: 'Mentor Coach', isBot: true });
    }
    for (const user of users) this.addUser(user);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((error: unknown) => {
        console.error('[slack-stand-in] request failed', error);
        if (!res.headersSent) sendText(res, 500, 'stand-in error');
        else res.end();
      });
    });
  }

  get channels(): Map<string, StandInChannel> {
    return this.state.channels;
  }

  /** Modals opened, pushed and updated, in order. */
  get views(): StandInView[] {
    return this.state.views;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Messages of a channel (or of the bot's DM with a user, given the user ID) as they stand now, in post order. */
  messages(channelId: string): StandInMessage[] {
    return [...(this.state.messagesByChannel.get(this.resolveChannelId(channelId)) ?? [])];
  }

  /** chat.postEphemeral messages, optionally of one channel (or DM, given a user ID). */
  ephemerals(channelId?: string): StandInEphemeral[] {
    const id = channelId === undefined ? undefined : this.resolveChannelId(channelId);
    return this.state.ephemerals.filter((e) => id === undefined || e.channel === id);
  }

  /**
   * Files uploaded through files.getUploadURLExternal, in upload order; given a channel (or a user ID:
   * the bot's DM with them), those shared in it.
   */
  files(channelId?: string): StandInFile[] {
    const all = [...fileStore(this.state).values()];
    const id = channelId === undefined ? undefined : this.resolveChannelId(channelId);
    return id === undefined ? all : all.filter((file) => file.channels.includes(id));
  }

  /** A fresh response URL for a slash command or an interaction. */
  newResponseUrl(): string {
    const id = `${this.teamId}-${++this.responseUrlCounter}-${randomBytes(12).toString('hex')}`;
    return `${this.baseUrl}/respond/${id}`;
  }

  addUser(user: StandInUser): void {
    this.state.users.set(user.id, { ...user });
  }

  user(id: string): StandInUser | undefined {
    return this.state.users.get(id);
  }

  /** Put a channel in the workspace as if it had existed before the app ran. */
  addChannel(input: AddChannelInput): StandInChannel {
    const id = input.id ?? this.state.nextChannelId('C');
    if (this.state.channels.has(id)) throw new Error(`channel ${id} already exists`);
    return this.state.addChannel({
      id,
      name: input.name,
      isPrivate: input.isPrivate ?? false,
      topic: input.topic ?? '',
      members: new Set(input.members ?? [this.botUserId]),
      archived: input.archived ?? false,
      createdBy: input.createdBy ?? this.botUserId,
    });
  }

  /** The next `times` calls of `method` fail this way (queued after failures already injected for it). */
  failNext(method: string, failure: InjectedFailure, times = 1): void {
    if (times <= 0) return;
    const queue = this.failures.get(method) ?? [];
    queue.push({ failure, remaining: times });
    this.failures.set(method, queue);
  }

  /**
   * The next call of `method` is held (recorded, then left unanswered) until `release()`: a slow Slack
   * at a chosen moment. `arrived` resolves when the call comes in.
   */
  holdNext(method: string): { arrived: Promise<void>; release(): void } {
    let arrived: () => void = () => undefined;
    let release: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const queue = this.holds.get(method) ?? [];
    queue.push({ arrived, released });
    this.holds.set(method, queue);
    return { arrived: arrival, release };
  }

  /** A user group (ADMIN_USERGROUP), answered by usergroups.list and usergroups.users.list. */
  addUserGroup(group: StandInUserGroup): void {
    userGroups(this.state).set(group.id, { ...group, users: [...group.users] });
  }

  /** A file someone uploaded in a form (file_input): its JSON, as Slack puts it in the submitted view's state. */
  addUserFile(input: UserFileInput): Record<string, unknown> {
    return addUserFile(this.state, input);
  }

  /** The bot token loses a scope (an install made before the manifest asked for it): Slack answers missing_scope. */
  revokeScope(scope: string): void {
    grantedScopes(this.state).delete(scope);
  }

  /** The clock Slack's rate limits are counted on (a test's fake clock: paced work without waiting). */
  useClock(clock: () => Date): void {
    this.rateLimiter.clock = () => clock().getTime();
    this.rateLimited = true;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  private resolveChannelId(channelId: string): string {
    if (this.state.channels.has(channelId)) return channelId;
    for (const [id, meta] of this.state.channelMeta) if (meta.imUser === channelId) return id;
    return channelId;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const bytes = await readBytes(req);
    const rawBody = bytes.toString('utf8');
    if (url.pathname.startsWith('/api/')) {
      return this.handleApiCall(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), url, rawBody);
    }
    const uploadId = /^\/upload\/([^/]+)$/.exec(url.pathname)?.[1];
    if (uploadId !== undefined && req.method === 'POST') {
      // Slack's upload URLs answer 200 with a short text, or 404 for an id they never handed out.
      return receiveUpload(this.state, uploadId, bytes) ? sendText(res, 200, `OK - ${bytes.byteLength}`) : sendText(res, 404, 'not_found');
    }
    const download = req.method === 'GET' ? answerDownload(this.state, url.pathname, req.headers.authorization) : undefined;
    if (download === 'hang') return;
    if (download !== undefined) {
      res.writeHead(download.status, download.headers);
      res.end(download.body);
      return;
    }
    const respondId = /^\/respond\/([^/]+)$/.exec(url.pathname)?.[1];
    if (respondId !== undefined && req.method === 'POST') return this.handleResponseUrl(res, respondId, rawBody);
    sendText(res, 404, 'not_found');
  }

  private async handleApiCall(req: IncomingMessage, res: ServerResponse, method: string, url: URL, rawBody: string): Promise<void> {
    let params: Params = {};
    let parseError: ApiError | undefined;
    try {
      params = parseParams(url.searchParams, req.headers['content-type'], rawBody);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      parseError = error;
    }
    const token = tokenOf(req, params);
    delete params.token;
    this.calls.push({ method, params, token });
    const hold = this.holds.get(method)?.shift();
    if (hold !== undefined) {
      hold.arrived();
      await hold.released;
    }

    const failure = this.takeFailure(method);
    if (failure !== undefined) return this.sendFailure(res, failure);
    const wait = this.state.strict && this.rateLimited && METHODS[method] !== undefined ? this.rateLimiter.take(method) : undefined;
    if (wait !== undefined) return this.sendFailure(res, { status: 429, retryAfter: wait });
    sendJson(res, 200, this.answer(method, params, token, parseError));
  }

  private answer(method: string, params: Params, token: string | undefined, parseError: ApiError | undefined): ApiResult {
    const handler = METHODS[method];
    if (handler === undefined) return { ok: false, error: 'unknown_method', req_method: method };
    if (!UNAUTHENTICATED_METHODS.has(method) && token !== this.token) return { ok: false, error: 'invalid_auth' };
    if (parseError !== undefined) return { ok: false, error: parseError.code };
    try {
      return handler(this.state, params);
    } catch (error) {
      if (error instanceof MissingScopeError) return { ok: false, error: error.code, needed: error.needed, provided: [...grantedScopes(this.state)].join(',') };
      if (error instanceof ApiError) {
        return error.messages.length === 0 ? { ok: false, error: error.code } : { ok: false, error: error.code, response_metadata: { messages: error.messages } };
      }
      console.error(`[slack-stand-in] ${method} failed`, error);
      return { ok: false, error: 'internal_error' };
    }
  }

  private takeFailure(method: string): InjectedFailure | undefined {
    const queue = this.failures.get(method);
    const next = queue?.[0];
    if (queue === undefined || next === undefined) return undefined;
    if (--next.remaining <= 0) queue.shift();
    return next.failure;
  }

  private sendFailure(res: ServerResponse, failure: InjectedFailure): void {
    if ('error' in failure) return sendJson(res, 200, { ok: false, error: failure.error });
    if (failure.status === 429) {
      const retryAfter = 'retryAfter' in failure ? failure.retryAfter : 1;
      return sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(retryAfter) });
    }
    sendText(res, failure.status, '');
  }

  private handleResponseUrl(res: ServerResponse, id: string, rawBody: string): void {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return sendText(res, 400, 'invalid_payload');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return sendText(res, 400, 'invalid_payload');
    // A response URL refuses blocks Slack will not draw, as chat.postMessage does.
    const violations = this.state.strict ? messageViolations(body as { blocks?: unknown }) : [];
    if (violations.length > 0) return sendText(res, 400, `invalid_blocks\n${violations.map(describeViolation).join('\n')}`);
    this.responses.push({ id, body: body as Record<string, unknown> });
    sendText(res, 200, 'ok');
  }
}

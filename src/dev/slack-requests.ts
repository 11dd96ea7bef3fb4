/**
 * Sends requests to the app's Bolt HTTP receiver (`POST ${appUrl}/slack/events`) the way Slack does:
 * slash commands and interactions form-encoded, events as JSON, each signed with the signing secret.
 * Used by end-to-end tests and `npm run demo`, usually together with the SlackStandIn.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { SlackStandIn, StandInMessage } from './slack-stand-in.js';

/** Slack's request signature: 'v0=' + hex HMAC-SHA256 of `v0:${timestamp}:${rawBody}`. */
export function slackSignature(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SlackReply {
  status: number;
  body: string;
  /** The body parsed, when it is JSON. */
  json: unknown;
  /** What was sent, for `resend` (Slack retrying the same request); absent for `raw`. */
  sent?: SentRequest;
}

/** A signed request as sent: its body and content type. */
export interface SentRequest {
  body: string;
  contentType: string;
}

export interface SlackRequestsOptions {
  /** Where the app listens, e.g. http://127.0.0.1:3000. */
  appUrl: string;
  signingSecret: string;
  /** When given: response URLs point at it, and user, channel, message and modal details are looked up in it. */
  standIn?: SlackStandIn;
  /** Default: the stand-in's team, else 'T0001'. */
  teamId?: string;
  /** Default 'stand-in'. */
  teamDomain?: string;
  /** Default 'A0001'. */
  apiAppId?: string;
  /** Clock in ms, for stale-timestamp tests. Default Date.now. */
  now?: () => number;
}

export interface SlashCommandInput {
  command: string;
  text?: string;
  userId: string;
  userName?: string;
  channelId: string;
  channelName?: string;
  triggerId?: string;
  responseUrl?: string;
}

export interface BlockActionInput {
  userId: string;
  channelId?: string;
  actionId: string;
  blockId?: string;
  value?: string;
  /** The message the action was taken in; without it (and without `view`) the action comes from an ephemeral message. */
  messageTs?: string;
  /** The modal the action was taken in (partial: defaults fill the rest). */
  view?: Record<string, unknown>;
  selectedOption?: { value: string };
  /** A checkboxes element: every option selected after the click, as Slack sends it. */
  selectedOptions?: Array<{ value: string }>;
  /** A date picker: the day picked (yyyy-mm-dd), as Slack sends it. */
  selectedDate?: string;
  /** A date and time picker: the instant picked, as Slack sends it (UTC epoch seconds). */
  selectedDateTime?: number;
  responseUrl?: string;
  triggerId?: string;
}

export interface ViewSubmissionInput {
  userId: string;
  callbackId: string;
  privateMetadata?: string;
  /** view.state.values: block_id → action_id → element state. */
  values: Record<string, Record<string, Record<string, unknown>>>;
  /** Default: the latest modal with this callback_id in the stand-in, else a fresh ID. */
  viewId?: string;
}

export interface EventOptions {
  eventId?: string;
  retryNum?: number;
  /** Default 'http_timeout' when retryNum is given. */
  retryReason?: string;
}

/** The legacy verification token; Bolt ignores it, Slack still sends it. */
const VERIFICATION_TOKEN = 'stand-in-verification-token';
const SLACKBOT_USER_AGENT = 'Slackbot 1.0 (+https://api.slack.com/robots)';

export class SlackRequests {
  private readonly eventsUrl: string;
  private readonly signingSecret: string;
  private readonly standIn: SlackStandIn | undefined;
  private readonly teamId: string;
  private readonly teamDomain: string;
  private readonly apiAppId: string;
  private readonly now: () => number;
  private counter = 0;

  constructor(options: SlackRequestsOptions) {
    this.eventsUrl = `${withoutTrailingSlashes(options.appUrl)}/slack/events`;
    this.signingSecret = options.signingSecret;
    this.standIn = options.standIn;
    this.teamId = options.teamId ?? options.standIn?.teamId ?? 'T0001';
    this.teamDomain = options.teamDomain ?? 'stand-in';
    this.apiAppId = options.apiAppId ?? 'A0001';
    this.now = options.now ?? Date.now;
  }

  slashCommand(input: SlashCommandInput): Promise<SlackReply> {
    const form = new URLSearchParams({
      token: VERIFICATION_TOKEN,
      team_id: this.teamId,
      team_domain: this.teamDomain,
      channel_id: input.channelId,
      channel_name: input.channelName ?? this.channelName(input.channelId),
      user_id: input.userId,
      user_name: input.userName ?? this.userName(input.userId),
      command: input.command,
      text: input.text ?? '',
      api_app_id: this.apiAppId,
      is_enterprise_install: 'false',
      response_url: input.responseUrl ?? this.responseUrl(),
      trigger_id: input.triggerId ?? this.triggerId(),
    });
    return this.signedPost(form.toString(), 'application/x-www-form-urlencoded');
  }

  blockAction(input: BlockActionInput): Promise<SlackReply> {
    const view = input.view === undefined ? undefined : this.viewPayload(input.view);
    const message = view === undefined && input.messageTs !== undefined ? this.messagePayload(input.channelId, input.messageTs) : undefined;
    const found = findElement(view?.blocks ?? message?.blocks, input.actionId);
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: this.userPayload(input.userId),
      api_app_id: this.apiAppId,
      token: VERIFICATION_TOKEN,
      container:
        view === undefined
          ? { type: 'message', message_ts: input.messageTs ?? this.actionTs(), channel_id: input.channelId, is_ephemeral: input.messageTs === undefined }
          : { type: 'view', view_id: view.id },
      trigger_id: input.triggerId ?? this.triggerId(),
      team: { id: this.teamId, domain: this.teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      ...(input.channelId === undefined ? {} : { channel: { id: input.channelId, name: this.channelName(input.channelId) } }),
      ...(message === undefined ? {} : { message }),
      ...(view === undefined ? { state: { values: {} }, response_url: input.responseUrl ?? this.responseUrl() } : { view }),
      actions: [this.actionPayload(input, found)],
    };
    return this.interaction(payload);
  }

  viewSubmission(input: ViewSubmissionInput): Promise<SlackReply> {
    const opened = [...(this.standIn?.views ?? [])]
      .reverse()
      .find((entry) => (input.viewId === undefined ? entry.view.callback_id === input.callbackId : entry.id === input.viewId));
    const view = this.viewPayload({
      ...opened?.view,
      id: input.viewId ?? opened?.id ?? this.viewId(),
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata ?? opened?.view.private_metadata ?? '',
      state: { values: input.values },
    });
    return this.interaction({
      type: 'view_submission',
      team: { id: this.teamId, domain: this.teamDomain },
      user: this.userPayload(input.userId),
      api_app_id: this.apiAppId,
      token: VERIFICATION_TOKEN,
      trigger_id: this.triggerId(),
      view,
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
  }

  event(event: Record<string, unknown>, options: EventOptions = {}): Promise<SlackReply> {
    const seconds = Math.floor(this.now() / 1000);
    const body = {
      token: VERIFICATION_TOKEN,
      team_id: this.teamId,
      context_team_id: this.teamId,
      context_enterprise_id: null,
      api_app_id: this.apiAppId,
      event: { event_ts: this.actionTs(), ...event },
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${String(++this.counter).padStart(4, '0')}${randomBytes(4).toString('hex').toUpperCase()}`,
      event_time: seconds,
      authorizations: [
        { enterprise_id: null, team_id: this.teamId, user_id: this.standIn?.botUserId ?? 'UBOT', is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
      event_context: `4-${Buffer.from(JSON.stringify({ tid: this.teamId, aid: this.apiAppId })).toString('base64url')}`,
    };
    const retry: Record<string, string> =
      options.retryNum === undefined
        ? {}
        : { 'X-Slack-Retry-Num': String(options.retryNum), 'X-Slack-Retry-Reason': options.retryReason ?? 'http_timeout' };
    return this.signedPost(JSON.stringify(body), 'application/json', retry);
  }

  /**
   * Sends the same body again, freshly signed, with Slack's retry headers (X-Slack-Retry-Num,
   * X-Slack-Retry-Reason), as Slack does when an answer was slow or lost.
   */
  resend(sent: SentRequest, retryNum: number, retryReason = 'http_timeout'): Promise<SlackReply> {
    return this.signedPost(sent.body, sent.contentType, { 'X-Slack-Retry-Num': String(retryNum), 'X-Slack-Retry-Reason': retryReason });
  }

  /** POST exactly this body with exactly these headers (no signature added): for refused-request tests. */
  async raw(body: string, headers: Record<string, string>): Promise<SlackReply> {
    const response = await fetch(this.eventsUrl, { method: 'POST', headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, body: text, json };
  }

  private async signedPost(body: string, contentType: string, extraHeaders: Record<string, string> = {}): Promise<SlackReply> {
    const timestamp = Math.floor(this.now() / 1000);
    const reply = await this.raw(body, {
      'Content-Type': contentType,
      'User-Agent': SLACKBOT_USER_AGENT,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(this.signingSecret, timestamp, body),
      ...extraHeaders,
    });
    return { ...reply, sent: { body, contentType } };
  }

  private interaction(payload: Record<string, unknown>): Promise<SlackReply> {
    return this.signedPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  private userName(userId: string): string {
    return this.standIn?.user(userId)?.name ?? userId.toLowerCase();
  }

  /** What Slack puts in channel_name: the name, or 'privategroup' / 'directmessage'. */
  private channelName(channelId: string): string {
    if (channelId.startsWith('D')) return 'directmessage';
    const channel = this.standIn?.channels.get(channelId);
    if (channel === undefined) return channelId.toLowerCase();
    return channel.isPrivate ? 'privategroup' : channel.name;
  }

  private userPayload(userId: string): Record<string, unknown> {
    const name = this.userName(userId);
    return { id: userId, username: name, name, team_id: this.teamId };
  }

  private responseUrl(): string {
    return this.standIn?.newResponseUrl() ?? `https://hooks.slack.com/actions/${this.teamId}/${++this.counter}/${randomBytes(12).toString('hex')}`;
  }

  /** Like '398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c', unique per request. */
  private triggerId(): string {
    return `${1_234_567_890 + ++this.counter}.${this.teamNumber()}.${randomBytes(16).toString('hex')}`;
  }

  private teamNumber(): number {
    return [...this.teamId].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 100_000_000_000, 7);
  }

  private viewId(): string {
    return `V${randomBytes(5).toString('hex').toUpperCase()}`;
  }

  /** '1700000000.123456'-style timestamp from the clock. */
  private actionTs(): string {
    const ms = this.now();
    return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000 + (++this.counter % 1000)).padStart(6, '0')}`;
  }

  private messagePayload(channelId: string | undefined, ts: string): Record<string, unknown> & { blocks: unknown[] } {
    const stored: StandInMessage | undefined =
      channelId === undefined ? undefined : this.standIn?.messages(channelId).find((m) => m.ts === ts);
    if (stored === undefined) return { type: 'message', ts, text: '', blocks: [] };
    const fromBot = stored.user === this.standIn?.botUserId;
    return {
      type: 'message',
      user: stored.user,
      ...(fromBot ? { bot_id: this.standIn?.botId, app_id: this.apiAppId } : {}),
      text: stored.text,
      blocks: stored.blocks,
      ts: stored.ts,
      ...(stored.threadTs === undefined ? {} : { thread_ts: stored.threadTs }),
      team: this.teamId,
    };
  }

  private viewPayload(partial: Record<string, unknown>): Record<string, unknown> & { id: string; blocks?: unknown } {
    const id = typeof partial.id === 'string' ? partial.id : this.viewId();
    return {
      team_id: this.teamId,
      type: 'modal',
      blocks: [],
      private_metadata: '',
      callback_id: '',
      state: { values: {} },
      hash: `${Math.floor(this.now() / 1000)}.${randomBytes(4).toString('hex')}`,
      title: { type: 'plain_text', text: 'Mentor Coach', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: id,
      app_id: this.apiAppId,
      external_id: '',
      app_installed_team_id: this.teamId,
      bot_id: this.standIn?.botId ?? 'B0001',
      ...partial,
      id,
    };
  }

  private actionPayload(input: BlockActionInput, found: FoundElement | undefined): Record<string, unknown> {
    const base = {
      action_id: input.actionId,
      block_id: input.blockId ?? found?.blockId ?? randomBytes(3).toString('base64url'),
      action_ts: this.actionTs(),
    };
    const element = found?.element ?? {};
    if (input.selectedOptions !== undefined) {
      const options = optionsOf(element);
      return {
        ...base,
        type: 'checkboxes',
        selected_options: input.selectedOptions.map(({ value }) => {
          const option = options.find((o) => o.value === value);
          return { text: option?.text ?? { type: 'plain_text', text: value, emoji: true }, value };
        }),
      };
    }
    if (input.selectedDateTime !== undefined) {
      return { ...base, type: 'datetimepicker', selected_date_time: input.selectedDateTime };
    }
    if (input.selectedDate !== undefined) {
      return {
        ...base,
        type: 'datepicker',
        selected_date: input.selectedDate,
        ...(typeof element.initial_date === 'string' ? { initial_date: element.initial_date } : {}),
      };
    }
    if (input.selectedOption !== undefined) {
      const { value } = input.selectedOption;
      const option = optionsOf(element).find((o) => o.value === value);
      return {
        ...base,
        type: typeof element.type === 'string' ? element.type : 'static_select',
        selected_option: { text: option?.text ?? { type: 'plain_text', text: value, emoji: true }, value },
        ...(element.placeholder === undefined ? {} : { placeholder: element.placeholder }),
      };
    }
    const value = input.value ?? (typeof element.value === 'string' ? element.value : undefined);
    return {
      ...base,
      type: 'button',
      text: element.text ?? { type: 'plain_text', text: input.actionId, emoji: true },
      ...(value === undefined ? {} : { value }),
    };
  }
}

interface FoundElement {
  element: Record<string, unknown>;
  blockId: string | undefined;
}

/** The interactive element with this action_id somewhere in a block list, with the block_id of its block. */
function findElement(node: unknown, actionId: string, blockId?: string): FoundElement | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findElement(item, actionId, blockId);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (record.action_id === actionId) return { element: record, blockId };
  const ownBlockId = typeof record.block_id === 'string' ? record.block_id : blockId;
  for (const key of ['elements', 'accessory', 'element']) {
    const found = findElement(record[key], actionId, ownBlockId);
    if (found !== undefined) return found;
  }
  return undefined;
}

function optionsOf(element: Record<string, unknown>): Array<{ text?: unknown; value?: unknown }> {
  const options = Array.isArray(element.options) ? element.options : [];
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  const grouped = groups.flatMap((g: unknown) => {
    const inner = (g as { options?: unknown }).options;
    return Array.isArray(inner) ? inner : [];
  });
  return [...options, ...grouped].filter((o): o is { text?: unknown; value?: unknown } => typeof o === 'object' && o !== null);
}

// `/\/+$/` would rescan a run of slashes from each of them; the end is walked back once instead.
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end -= 1;
  return url.slice(0, end);
}

/** Public shapes of the Slack Web API stand-in (re-exported by ../slack-stand-in.ts). */

export interface StandInUser {
  id: string;
  name: string;
  realName?: string;
  /** profile.display_name, which Slack does not keep unique; the username when unset. */
  displayName?: string;
  isBot?: boolean;
  isAdmin?: boolean;
  isOwner?: boolean;
  deleted?: boolean;
  tz?: string;
  locale?: string;
  /** profile.email, read by users.lookupByEmail. */
  email?: string;
}

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
}

export interface StandInMessage {
  ts: string;
  channel: string;
  user: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  edited?: boolean;
}

export interface StandInChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  topic: string;
  members: Set<string>;
  archived: boolean;
  createdBy: string;
}

export interface StandInEphemeral {
  channel: string;
  user: string;
  text: string;
  blocks: unknown[];
}

export interface StandInView {
  id: string;
  method: 'views.open' | 'views.update' | 'views.push';
  view: Record<string, unknown>;
  triggerId?: string;
}

export type InjectedFailure = { error: string } | { status: 429; retryAfter: number } | { status: number };

export type Params = Record<string, unknown>;
export type ApiResult = Record<string, unknown>;

/** Thrown by method handlers; becomes `{ ok: false, error: code }`. */
export class ApiError extends Error {
  /** Slack's `response_metadata.messages`: which rule a refused payload broke, and where. */
  constructor(
    readonly code: string,
    readonly messages: string[] = [],
  ) {
    super(messages.length === 0 ? code : `${code}: ${messages.join('; ')}`);
    this.name = 'ApiError';
  }
}

/** The workspace the Slack stand-in pretends to be: users, channels, messages, views, and their JSON shapes. */
import {
  ApiError,
  type StandInChannel,
  type StandInEphemeral,
  type StandInMessage,
  type StandInUser,
  type StandInView,
} from './types.js';

/** Facts about a channel that StandInChannel does not carry; defaults apply to channels added by hand. */
interface ChannelMeta {
  created: number;
  topicCreator: string;
  topicLastSet: number;
  /** For a direct-message channel: the other member. */
  imUser?: string;
}

export interface CurrentView {
  view: Record<string, unknown>;
  hash: string;
  rootViewId: string;
  previousViewId: string | null;
}

export interface WorkspaceIds {
  token: string;
  teamId: string;
  botUserId: string;
  botId: string;
}

const FIRST_TS_SECONDS = 1_700_000_000;

export class StandInState {
  readonly users = new Map<string, StandInUser>();
  readonly channels = new Map<string, StandInChannel>();
  readonly channelMeta = new Map<string, ChannelMeta>();
  readonly messagesByChannel = new Map<string, StandInMessage[]>();
  readonly ephemerals: StandInEphemeral[] = [];
  readonly views: StandInView[] = [];
  readonly currentViews = new Map<string, CurrentView>();
  /** Pinned messages, as `${channel}/${ts}`. */
  readonly pins = new Set<string>();
  /** Refuse what Slack refuses (./limits.ts); off only for a test that must send a payload Slack would not take. */
  strict = true;
  private tsCounter = 0;
  private channelCounter = 0;
  private imCounter = 0;
  private viewCounter = 0;
  private hashCounter = 0;

  constructor(readonly ids: WorkspaceIds) {}

  /** Unix seconds, as Slack reports `created` and `last_set`. */
  now(): number {
    return Math.floor(Date.now() / 1000);
  }

  /** Message timestamps: '1700000000.000100', '1700000000.000200', … unique and increasing. */
  nextTs(): string {
    this.tsCounter += 100;
    const seconds = FIRST_TS_SECONDS + Math.floor(this.tsCounter / 1_000_000);
    return `${seconds}.${String(this.tsCounter % 1_000_000).padStart(6, '0')}`;
  }

  nextChannelId(prefix: 'C' | 'D'): string {
    for (;;) {
      const n = prefix === 'C' ? ++this.channelCounter : ++this.imCounter;
      const id = `${prefix}${String(n).padStart(7, '0')}`;
      if (!this.channels.has(id)) return id;
    }
  }

  nextViewId(): string {
    return `V${String(++this.viewCounter).padStart(10, '0')}`;
  }

  nextHash(): string {
    return `${this.now()}.${String(++this.hashCounter).padStart(8, '0')}`;
  }

  meta(channelId: string): ChannelMeta {
    let meta = this.channelMeta.get(channelId);
    if (meta === undefined) {
      meta = { created: this.now(), topicCreator: '', topicLastSet: 0 };
      this.channelMeta.set(channelId, meta);
    }
    return meta;
  }

  addChannel(channel: StandInChannel, meta?: Partial<ChannelMeta>): StandInChannel {
    this.channels.set(channel.id, channel);
    this.channelMeta.set(channel.id, { created: this.now(), topicCreator: '', topicLastSet: 0, ...meta });
    return channel;
  }

  /** The bot's direct-message channel with a user, opened on first use. */
  imWith(userId: string): StandInChannel {
    for (const [id, meta] of this.channelMeta) {
      const channel = this.channels.get(id);
      if (meta.imUser === userId && channel !== undefined) return channel;
    }
    const id = this.nextChannelId('D');
    return this.addChannel(
      { id, name: userId, isPrivate: true, topic: '', members: new Set([this.ids.botUserId, userId]), archived: false, createdBy: this.ids.botUserId },
      { imUser: userId },
    );
  }

  isIm(channelId: string): boolean {
    return this.channelMeta.get(channelId)?.imUser !== undefined;
  }

  /**
   * A channel as the bot sees it: a user ID means the DM with that user (as chat.postMessage allows);
   * a private channel the bot is not in does not exist for it.
   */
  channelFor(channelId: string | undefined, options: { allowUserId?: boolean } = {}): StandInChannel {
    if (channelId === undefined) throw new ApiError('channel_not_found');
    if (options.allowUserId !== false && /^[UW]/.test(channelId) && this.users.has(channelId)) return this.imWith(channelId);
    const channel = this.channels.get(channelId);
    if (channel === undefined) throw new ApiError('channel_not_found');
    if (channel.isPrivate && !channel.members.has(this.ids.botUserId)) throw new ApiError('channel_not_found');
    return channel;
  }

  messageList(channelId: string): StandInMessage[] {
    let list = this.messagesByChannel.get(channelId);
    if (list === undefined) {
      list = [];
      this.messagesByChannel.set(channelId, list);
    }
    return list;
  }

  channelJson(channel: StandInChannel): Record<string, unknown> {
    const meta = this.meta(channel.id);
    if (meta.imUser !== undefined) {
      return {
        id: channel.id,
        created: meta.created,
        is_im: true,
        is_org_shared: false,
        user: meta.imUser,
        is_user_deleted: this.users.get(meta.imUser)?.deleted === true,
        priority: 0,
      };
    }
    return {
      id: channel.id,
      name: channel.name,
      is_channel: true,
      is_group: false,
      is_im: false,
      is_mpim: false,
      is_private: channel.isPrivate,
      created: meta.created,
      is_archived: channel.archived,
      is_general: false,
      unlinked: 0,
      name_normalized: channel.name,
      is_shared: false,
      is_org_shared: false,
      is_pending_ext_shared: false,
      pending_shared: [],
      context_team_id: this.ids.teamId,
      updated: meta.created * 1000,
      parent_conversation: null,
      creator: channel.createdBy,
      is_ext_shared: false,
      shared_team_ids: [this.ids.teamId],
      pending_connected_team_ids: [],
      is_member: channel.members.has(this.ids.botUserId),
      topic: { value: channel.topic, creator: channel.topic === '' ? '' : meta.topicCreator, last_set: meta.topicLastSet },
      purpose: { value: '', creator: '', last_set: 0 },
      previous_names: [],
    };
  }

  userJson(user: StandInUser, includeLocale: boolean): Record<string, unknown> {
    const realName = user.realName ?? user.name;
    const [firstName = '', ...rest] = realName.split(' ');
    const zone = user.tz === undefined ? {} : { tz: user.tz, ...zoneInfo(user.tz) };
    return {
      id: user.id,
      team_id: this.ids.teamId,
      name: user.name,
      deleted: user.deleted ?? false,
      color: '9f69e7',
      real_name: realName,
      ...zone,
      profile: {
        title: '',
        phone: '',
        skype: '',
        real_name: realName,
        real_name_normalized: realName,
        display_name: user.displayName ?? user.name,
        display_name_normalized: user.displayName ?? user.name,
        ...(user.email === undefined ? {} : { email: user.email }),
        fields: null,
        status_text: '',
        status_emoji: '',
        status_expiration: 0,
        avatar_hash: 'g0000000000',
        first_name: firstName,
        last_name: rest.join(' '),
        ...(user.id === this.ids.botUserId ? { bot_id: this.ids.botId, always_active: false } : {}),
        team: this.ids.teamId,
      },
      is_admin: user.isAdmin ?? false,
      is_owner: user.isOwner ?? false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: user.isBot ?? false,
      is_app_user: false,
      updated: FIRST_TS_SECONDS,
      is_email_confirmed: !(user.isBot ?? false),
      who_can_share_contact_card: 'EVERYONE',
      ...(includeLocale ? { locale: user.locale ?? 'en-US' } : {}),
    };
  }
}

// Building a formatter costs far more than using one; users.info is called for every user, often.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string, style: 'long' | 'longOffset'): Intl.DateTimeFormat {
  const key = `${zone}|${style}`;
  let formatter = zoneFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    zoneFormatters.set(key, formatter);
  }
  return formatter;
}

/** Slack's tz_label and tz_offset (seconds east of UTC, at the current date) for an IANA zone. */
export function zoneInfo(zone: string, at = new Date()): { tz_label: string; tz_offset: number } {
  try {
    const part = (style: 'long' | 'longOffset') =>
      zoneFormatter(zone, style)
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const offset = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part('longOffset'));
    const seconds = offset === null ? 0 : (Number(offset[2]) * 3600 + Number(offset[3]) * 60) * (offset[1] === '-' ? -1 : 1);
    return { tz_label: part('long'), tz_offset: seconds };
  } catch {
    return { tz_label: zone, tz_offset: 0 };
  }
}

import type { webApi } from '@slack/bolt';
import { IANAZone } from 'luxon';
import { localeFromSlack } from '../../domain/locale.js';
import { SlackCallError, type SlackUser } from '../../services/slack-port.js';
import type { LookupPacer } from './lookup-pacer.js';
import { slackCall } from './slack-call.js';

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 5_000;

interface SlackApiUser {
  id?: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  tz?: string;
  locale?: string;
  profile?: { display_name?: string; real_name?: string };
}

// Luxon checks a zone by building an Intl formatter, which costs more than the rest of a lookup;
// the zones people are in are few, so each is checked once.
const zoneValidity = new Map<string, boolean>();

function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1_000) zoneValidity.set(zone, valid);
  }
  return valid;
}

/** users.info with a short cache: zones, locales and admin flags change rarely, requests come in bursts. */
export class UserDirectory {
  private readonly cache = new Map<string, { user: SlackUser | undefined; expires: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly defaultTimezone: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** `pacer`: bulk work's lookups, paced within users.info's tier and retried after a 429. */
  async lookup(userId: string, options: { fresh?: boolean; pacer?: LookupPacer } = {}): Promise<SlackUser | undefined> {
    const cached = this.cache.get(userId);
    if (cached && cached.expires > this.now() && options.fresh !== true) return cached.user;
    return this.keep(userId, await this.fetch(userId, options.pacer));
  }

  /**
   * A person Slack described in another answer (users.lookupByEmail), read as users.info's answer is.
   * Not cached: that answer carries no locale, and messages must not take the default language from it.
   */
  fromAnswer(raw: Record<string, unknown>): SlackUser | undefined {
    return typeof raw.id === 'string' ? this.toUser(raw as SlackApiUser, raw.id) : undefined;
  }

  private keep(userId: string, user: SlackUser | undefined): SlackUser | undefined {
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(userId, { user, expires: this.now() + TTL_MS });
    return user;
  }

  private async fetch(userId: string, pacer: LookupPacer | undefined): Promise<SlackUser | undefined> {
    try {
      const call = () => slackCall('users.info', () => this.client.users.info({ user: userId, include_locale: true }));
      const answer = await (pacer === undefined ? call() : pacer.call('users.info', call));
      return answer.user ? this.toUser(answer.user as SlackApiUser, userId) : undefined;
    } catch (error) {
      if (error instanceof SlackCallError && error.slackError === 'user_not_found') return undefined;
      throw error;
    }
  }

  private toUser(raw: SlackApiUser, userId: string): SlackUser {
    const tz = raw.tz && isValidZone(raw.tz) ? raw.tz : this.defaultTimezone;
    return {
      id: raw.id ?? userId,
      name: raw.profile?.display_name || raw.name || raw.real_name || raw.profile?.real_name || userId,
      isBot: raw.is_bot === true || userId === 'USLACKBOT',
      isAdmin: raw.is_admin === true || raw.is_owner === true || raw.is_primary_owner === true,
      deleted: raw.deleted === true,
      tz,
      locale: localeFromSlack(raw.locale),
    };
  }
}

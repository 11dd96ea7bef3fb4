import type { webApi } from '@slack/bolt';
import { slackCall } from './slack-call.js';

const TTL_MS = 60_000;

/**
 * ADMIN_USERGROUP: the members of a Slack user group named by its handle (`programme-team`).
 * usergroups.list finds the group's id, usergroups.users.list its members (scope usergroups:read).
 * Answers are kept a minute; `fresh` asks Slack (an admin check must not outlive a removal).
 */
export class UserGroups {
  private cached: { handle: string; members: readonly string[] | undefined; expires: number } | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly now: () => number = Date.now,
  ) {}

  async members(handle: string, options: { fresh?: boolean } = {}): Promise<readonly string[] | undefined> {
    const wanted = handle.replace(/^@/u, '').toLowerCase();
    const cached = this.cached;
    if (cached !== undefined && cached.handle === wanted && cached.expires > this.now() && options.fresh !== true) return cached.members;
    const members = await this.fetch(wanted);
    this.cached = { handle: wanted, members, expires: this.now() + TTL_MS };
    return members;
  }

  private async fetch(handle: string): Promise<readonly string[] | undefined> {
    const groups = await slackCall('usergroups.list', () => this.client.usergroups.list({ include_disabled: false }));
    const group = groups.usergroups?.find((one) => one.handle?.toLowerCase() === handle && (one.date_delete ?? 0) === 0);
    if (group?.id === undefined) return undefined;
    const id = group.id;
    const answer = await slackCall('usergroups.users.list', () => this.client.usergroups.users.list({ usergroup: id }));
    return answer.users ?? [];
  }
}

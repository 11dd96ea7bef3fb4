import type { Locale } from '../../domain/locale.js';
import type { DbOrTrx } from '../db/database.js';

/** A workspace member as the scheduler needs them: zone, language, name, admin flag. */
export interface MemberProfile {
  userId: string;
  tz: string;
  locale: Locale;
  name: string;
  isAdmin: boolean;
  deleted: boolean;
}

/** A profile as stored, with when Slack last told us about it. */
export type StoredMember = MemberProfile & { refreshedAt: Date };

export async function readMembers(db: DbOrTrx, teamId: string, userIds: readonly string[]): Promise<Map<string, StoredMember>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('slack_members').selectAll().where('team_id', '=', teamId).where('user_id', 'in', [...userIds]).execute();
  return new Map(
    rows.map((row) => [
      row.user_id,
      { userId: row.user_id, tz: row.tz, locale: row.locale, name: row.display_name, isAdmin: row.is_admin, deleted: row.deleted, refreshedAt: row.refreshed_at },
    ]),
  );
}

/** Stores what users.info said about members, in one statement. */
export async function upsertMembers(
  db: DbOrTrx,
  teamId: string,
  members: ReadonlyArray<MemberProfile>,
  at: Date,
): Promise<void> {
  if (members.length === 0) return;
  await db
    .insertInto('slack_members')
    .values(
      members.map((member) => ({
        team_id: teamId,
        user_id: member.userId,
        tz: member.tz,
        locale: member.locale,
        display_name: member.name,
        is_admin: member.isAdmin,
        deleted: member.deleted,
        refreshed_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['team_id', 'user_id']).doUpdateSet((eb) => ({
        tz: eb.ref('excluded.tz'),
        locale: eb.ref('excluded.locale'),
        display_name: eb.ref('excluded.display_name'),
        is_admin: eb.ref('excluded.is_admin'),
        deleted: eb.ref('excluded.deleted'),
        refreshed_at: eb.ref('excluded.refreshed_at'),
      })),
    )
    .execute();
}

/**
 * A `user_change` event: it carries no locale, so the stored one is kept. A member we never stored
 * is stored as already stale, so the next use asks users.info for the locale.
 */
export async function applyMemberChange(db: DbOrTrx, teamId: string, member: Omit<MemberProfile, 'locale'>, at: Date): Promise<void> {
  const updated = await db
    .updateTable('slack_members')
    .set({ tz: member.tz, display_name: member.name, is_admin: member.isAdmin, deleted: member.deleted, refreshed_at: at })
    .where('team_id', '=', teamId)
    .where('user_id', '=', member.userId)
    .executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return;
  await db
    .insertInto('slack_members')
    .values({ team_id: teamId, user_id: member.userId, tz: member.tz, locale: 'en', display_name: member.name, is_admin: member.isAdmin, deleted: member.deleted, refreshed_at: new Date(0) })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
    .execute();
}

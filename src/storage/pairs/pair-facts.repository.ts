import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import type { StoredMember } from './member.repository.js';
import type { PairRow } from '../db/schema.js';
import type { Pair } from '../../domain/pairs/pair.js';
import { toPair } from './pair.mapper.js';

/** Everything the nudge planner needs to know about a pair, beyond its own row. */
export interface PairFactsRow {
  lastLogAt: Date | null;
  /** Open action items that carry a due date, oldest first. */
  openItems: Array<{ id: number; dueOn: string }>;
  /** Nudges of the given kinds sent since the pair's last activity. */
  delivered: number;
  agreedAt: Date | null;
  plannedEndOn: string | null;
  /** Steps of the goal plan; undefined while there is no plan at all. */
  goalSteps: number | undefined;
  /** The last meeting the pair set while wrapping up, and when they set it. */
  lastMeetingAt: Date | null;
  lastMeetingSetAt: Date | null;
  /** The workspace removed the app: nothing is scheduled for it. */
  workspaceRevoked: boolean;
  /** Meetings logged (deleted logs left out). */
  meetingsLogged: number;
  /** Open plan steps that carry a due date, in plan order. */
  openSteps: Array<{ position: number; dueOn: string }>;
}

/** A pair's row, its planning facts and its two members' stored profiles (undefined: never stored). */
export interface PairWithFacts {
  pair: Pair;
  facts: PairFactsRow;
  mentor: StoredMember | undefined;
  mentee: StoredMember | undefined;
}

interface FactColumns {
  last_log_at: Date | null;
  open_items: Array<{ id: number; dueOn: string }> | null;
  delivered: number | string;
  agreed_at: Date | null;
  ends_on: string | null;
  has_plan: boolean;
  goal_steps: number | string;
  last_meeting_at: Date | null;
  last_meeting_set_at: Date | null;
  revoked: boolean;
  logs_count: number | string;
  open_steps: Array<{ position: number; dueOn: string }> | null;
}

type MemberColumns<P extends string> = {
  [K in `${P}_tz` | `${P}_locale` | `${P}_name`]: string | null;
} & { [K in `${P}_admin` | `${P}_deleted`]: boolean | null } & { [K in `${P}_refreshed_at`]: Date | null };

type Row = PairRow & FactColumns & MemberColumns<'mentor_m'> & MemberColumns<'mentee_m'>;

function member<P extends 'mentor_m' | 'mentee_m'>(row: Row, prefix: P, userId: string): StoredMember | undefined {
  const r = row as unknown as Record<string, unknown>;
  const refreshedAt = r[`${prefix}_refreshed_at`];
  if (!(refreshedAt instanceof Date)) return undefined;
  return {
    userId,
    tz: String(r[`${prefix}_tz`]),
    locale: r[`${prefix}_locale`] === 'fr' ? 'fr' : 'en',
    name: String(r[`${prefix}_name`]),
    isAdmin: r[`${prefix}_admin`] === true,
    deleted: r[`${prefix}_deleted`] === true,
    refreshedAt,
  };
}

/**
 * One round trip for a whole batch: each pair's row, what the planner needs, and its members'
 * stored zones and languages (the scheduler reads these for every job it sends, so at thousands of
 * jobs a minute the count of round trips, not their size, sets the pace). With `lock`, the pairs'
 * rows are locked (in id order, `for no key update`, which foreign keys do not wait on) until the
 * caller's transaction ends: a plan written under the lock is made from facts nobody changed since.
 */
export async function readPairsWithFacts(
  db: DbOrTrx,
  pairIds: readonly number[],
  countedKinds: readonly string[],
  options: { lock?: boolean } = {},
): Promise<Map<number, PairWithFacts>> {
  if (pairIds.length === 0) return new Map();
  const kinds = countedKinds.length > 0 ? sql.join(countedKinds.map((kind) => sql`${kind}`)) : sql`null`;
  const ids = sql.join([...new Set(pairIds)].map((id) => sql`${id}::int`));
  const result = await sql<Row>`
    select
      p.*,
      (select max(m.created_at) from meeting_logs m where m.pair_id = p.id and m.deleted_at is null) as last_log_at,
      (select count(*) from meeting_logs m where m.pair_id = p.id and m.deleted_at is null) as logs_count,
      (select json_agg(json_build_object('position', s.position, 'dueOn', s.due_on) order by s.position)
         from goal_steps s where s.pair_id = p.id and s.done_at is null and s.due_on is not null) as open_steps,
      (select json_agg(json_build_object('id', a.id, 'dueOn', a.due_on) order by a.id)
         from action_items a where a.pair_id = p.id and a.status = 'open' and a.due_on is not null) as open_items,
      (select count(*) from jobs j
         where j.pair_id = p.id and j.state = 'done' and j.kind in (${kinds}) and j.finished_at > p.last_activity_at) as delivered,
      ag.agreed_at,
      ag.ends_on,
      exists (select 1 from goal_plans g where g.pair_id = p.id) as has_plan,
      (select count(*) from goal_steps s where s.pair_id = p.id) as goal_steps,
      w.last_meeting_at,
      w.last_meeting_set_at,
      exists (select 1 from workspace_events e where e.team_id = p.team_id and e.cleared_at is null) as revoked,
      mr.tz as mentor_m_tz, mr.locale as mentor_m_locale, mr.display_name as mentor_m_name,
      mr.is_admin as mentor_m_admin, mr.deleted as mentor_m_deleted, mr.refreshed_at as mentor_m_refreshed_at,
      me.tz as mentee_m_tz, me.locale as mentee_m_locale, me.display_name as mentee_m_name,
      me.is_admin as mentee_m_admin, me.deleted as mentee_m_deleted, me.refreshed_at as mentee_m_refreshed_at
    from pairs p
    left join agreements ag on ag.pair_id = p.id
    left join wrap_ups w on w.pair_id = p.id and w.decision is null and p.stage = 'evaluate'
    left join slack_members mr on mr.team_id = p.team_id and mr.user_id = p.mentor_id
    left join slack_members me on me.team_id = p.team_id and me.user_id = p.mentee_id
    where p.id in (${ids})
    order by p.id
    ${options.lock ? sql`for no key update of p` : sql``}`.execute(db);
  const found = new Map<number, PairWithFacts>();
  for (const row of result.rows) {
    found.set(Number(row.id), {
      pair: toPair(row),
      facts: {
        lastLogAt: row.last_log_at,
        openItems: (row.open_items ?? []).map((item) => ({ id: Number(item.id), dueOn: String(item.dueOn) })),
        delivered: Number(row.delivered),
        agreedAt: row.agreed_at,
        plannedEndOn: row.ends_on,
        goalSteps: row.has_plan ? Number(row.goal_steps) : undefined,
        lastMeetingAt: row.last_meeting_at,
        lastMeetingSetAt: row.last_meeting_set_at,
        workspaceRevoked: row.revoked,
        meetingsLogged: Number(row.logs_count),
        openSteps: (row.open_steps ?? []).map((step) => ({ position: Number(step.position), dueOn: String(step.dueOn) })),
      },
      mentor: member(row, 'mentor_m', row.mentor_id),
      mentee: member(row, 'mentee_m', row.mentee_id),
    });
  }
  return found;
}

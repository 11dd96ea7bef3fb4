import { sql } from 'kysely';
import type { DbOrTrx } from './database.js';

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
}

interface Row {
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
}

/**
 * One round trip for what used to take eight: the scheduler reads these facts for every job it
 * sends, so at thousands of jobs a minute the count of round trips, not their size, sets the pace.
 */
export async function readPairFacts(db: DbOrTrx, pairId: number, countedKinds: readonly string[]): Promise<PairFactsRow | undefined> {
  const kinds = countedKinds.length > 0 ? sql.join(countedKinds.map((kind) => sql`${kind}`)) : sql`null`;
  const result = await sql<Row>`
    select
      (select max(m.created_at) from meeting_logs m where m.pair_id = p.id and m.deleted_at is null) as last_log_at,
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
      exists (select 1 from workspace_events e where e.team_id = p.team_id and e.cleared_at is null) as revoked
    from pairs p
    left join agreements ag on ag.pair_id = p.id
    left join wrap_ups w on w.pair_id = p.id and w.decision is null and p.stage = 'evaluate'
    where p.id = ${pairId}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    lastLogAt: row.last_log_at,
    openItems: (row.open_items ?? []).map((item) => ({ id: Number(item.id), dueOn: String(item.dueOn) })),
    delivered: Number(row.delivered),
    agreedAt: row.agreed_at,
    plannedEndOn: row.ends_on,
    goalSteps: row.has_plan ? Number(row.goal_steps) : undefined,
    lastMeetingAt: row.last_meeting_at,
    lastMeetingSetAt: row.last_meeting_set_at,
    workspaceRevoked: row.revoked,
  };
}

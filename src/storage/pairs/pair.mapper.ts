import type { Pair } from '../../domain/pairs/pair.js';
import type { PairRow } from '../db/schema.js';

/** The one mapping of a `pairs` row to its domain shape. */
export function toPair(row: PairRow): Pair {
  return {
    id: row.id,
    teamId: row.team_id,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    stage: row.stage,
    locale: row.locale,
    channelId: row.channel_id,
    channelName: row.channel_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    pausedAt: row.paused_at,
    pausedBy: row.paused_by,
    cadenceDays: row.cadence_days,
    lastActivityAt: row.last_activity_at,
    outcome: row.outcome,
    outcomeBy: row.outcome_by,
    outcomeAt: row.outcome_at,
    deliveryProblem: row.delivery_problem,
    deliveryProblemAt: row.delivery_problem_at,
  };
}

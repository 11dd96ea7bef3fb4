import type { Stage } from '../../domain/stages.js';
import type { DbOrTrx } from '../db/database.js';
import { toPair } from './pair.mapper.js';

/**
 * Reads for the App Home. Each function is one statement whatever the number of pairs: the facts
 * of each pair come from correlated subqueries that the (pair_id, …) indexes answer directly.
 * Only active pairs with a channel are read; closed pairs and pairs still being opened never show.
 */

/** One of a person's active pairs, as the App Home lists it. */
export interface MemberPair {
  id: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  pausedAt: Date | null;
  createdAt: Date;
  /** Open action items of the pair. */
  openItems: number;
  /** Whether the pair has filled in its mentoring agreement. */
  agreementSigned: boolean;
}

/** The workspace's active pairs with a channel: what both lists below start from. */
function activePairs(db: DbOrTrx, teamId: string) {
  return db
    .selectFrom('pairs as p')
    .selectAll('p')
    .where('p.team_id', '=', teamId)
    .where('p.stage', '<>', 'closed')
    .where('p.channel_id', 'is not', null);
}

/** What both lists show of a pair, from its one mapping (the queries keep only pairs with a channel). */
function listedPair(row: Parameters<typeof toPair>[0]) {
  const pair = toPair(row);
  return { pair, shown: { id: pair.id, channelId: pair.channelId as string, mentorId: pair.mentorId, menteeId: pair.menteeId, stage: pair.stage } };
}

/** The active pairs in which this person is the mentor or the mentee, oldest first. */
export async function listMemberPairs(db: DbOrTrx, teamId: string, userId: string): Promise<MemberPair[]> {
  const rows = await activePairs(db, teamId)
    .select((eb) => [
      eb
        .selectFrom('action_items as a')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('a.pair_id', '=', 'p.id')
        .where('a.status', '=', 'open')
        .as('open_items'),
      eb.exists(eb.selectFrom('agreements as g').select('g.pair_id').whereRef('g.pair_id', '=', 'p.id')).as('agreement_signed'),
    ])
    .where((eb) => eb.or([eb('p.mentor_id', '=', userId), eb('p.mentee_id', '=', userId)]))
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  return rows.map((row) => {
    const { pair, shown } = listedPair(row);
    return {
      ...shown,
      pausedAt: pair.pausedAt,
      createdAt: pair.createdAt,
      openItems: Number(row.open_items ?? 0),
      agreementSigned: Boolean(row.agreement_signed),
    };
  });
}

/** The oldest `perPair` open action items of each of these pairs, in one statement. */
export async function listFirstOpenItems(
  db: DbOrTrx,
  pairIds: readonly number[],
  perPair: number,
): Promise<Array<{ pairId: number; text: string }>> {
  if (pairIds.length === 0 || perPair <= 0) return [];
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('action_items')
        .select(['pair_id', 'id', 'text'])
        .select((sub) => sub.fn.agg<number>('row_number').over((over) => over.partitionBy('pair_id').orderBy('id')).as('rank'))
        .where('pair_id', 'in', [...pairIds])
        .where('status', '=', 'open')
        .as('ranked'),
    )
    .select(['ranked.pair_id', 'ranked.text'])
    .where('ranked.rank', '<=', perPair)
    .orderBy('ranked.pair_id')
    .orderBy('ranked.id')
    .execute();
  return rows.map((row) => ({ pairId: row.pair_id, text: row.text }));
}

export interface ActivePairActivity {
  id: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: Stage;
  paused: boolean;
  cadenceDays: number;
  openedAt: Date;
  lastLogAt: Date | null;
  /** Slack's error when scheduled posts stopped reaching the channel (is_archived…); null while they go through. */
  deliveryProblem: string | null;
}

/**
 * Every active pair of the workspace with the time of its last meeting log: dates and counts only,
 * never what anyone wrote, for the programme admins' overview.
 */
export async function listActivePairsActivity(db: DbOrTrx, teamId: string): Promise<ActivePairActivity[]> {
  const rows = await activePairs(db, teamId)
    .select((eb) =>
      eb
        .selectFrom('meeting_logs as m')
        .select((sub) => sub.fn.max('m.created_at').as('last_at'))
        .whereRef('m.pair_id', '=', 'p.id')
        .as('last_log_at'),
    )
    .orderBy('p.id')
    .execute();
  return rows.map((row) => {
    const { pair, shown } = listedPair(row);
    return {
      ...shown,
      paused: pair.pausedAt !== null,
      cadenceDays: pair.cadenceDays,
      openedAt: pair.createdAt,
      lastLogAt: row.last_log_at === null || row.last_log_at === undefined ? null : new Date(row.last_log_at),
      deliveryProblem: pair.deliveryProblem,
    };
  });
}

import type { PulseFacts } from '../../domain/pulse/pulse-plan.js';
import type { DbOrTrx } from '../db/database.js';

/** What the pulse plan needs beyond the pair itself, read in one statement (the zones come from Slack). */
export type StoredPulseFacts = Omit<PulseFacts, 'zones'> & { teamId: string };

export async function readPulseFacts(db: DbOrTrx, pairId: number): Promise<StoredPulseFacts | undefined> {
  const row = await db
    .selectFrom('pairs as p')
    .leftJoin('agreements as a', 'a.pair_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.team_id',
      'p.stage',
      'p.mentor_id',
      'p.mentee_id',
      'p.created_at',
      'a.starts_on',
      'a.ends_on',
      eb
        .selectFrom('stage_changes as s')
        .select((s) => s.fn.max('s.changed_at').as('at'))
        .whereRef('s.pair_id', '=', 'p.id')
        .whereRef('s.to_stage', '=', 'p.stage')
        .as('stage_since'),
      eb
        .selectFrom('meeting_logs as l')
        .select((l) => l.fn.min('l.created_at').as('at'))
        .whereRef('l.pair_id', '=', 'p.id')
        .where('l.deleted_at', 'is', null)
        .as('first_log_at'),
    ])
    .where('p.id', '=', pairId)
    .executeTakeFirst();
  if (!row) return undefined;
  const date = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string | Date));
  return {
    pairId: row.id,
    teamId: row.team_id,
    stage: row.stage,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    openedAt: row.created_at,
    stageSince: date(row.stage_since) ?? row.created_at,
    firstLogAt: date(row.first_log_at),
    agreement: row.starts_on && row.ends_on ? { startsOn: String(row.starts_on), endsOn: String(row.ends_on) } : null,
  };
}

import type { DbOrTrx } from '../db/database.js';

/** A cohort of pairs, as the services know it. */
export interface Cohort {
  id: number;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
}

function toCohort(row: { id: number; name: string; starts_on: string | null; ends_on: string | null }): Cohort {
  return { id: row.id, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on };
}

/** The workspace's cohort of that key, created (with that name) when there is none. Safe to race. */
export async function ensureCohort(db: DbOrTrx, cohort: { teamId: string; name: string; key: string; by: string; at: Date }): Promise<Cohort> {
  await db
    .insertInto('cohorts')
    .values({ team_id: cohort.teamId, name: cohort.name, name_key: cohort.key, created_by: cohort.by, created_at: cohort.at })
    .onConflict((oc) => oc.columns(['team_id', 'name_key']).doNothing())
    .execute();
  const row = await db
    .selectFrom('cohorts')
    .select(['id', 'name', 'starts_on', 'ends_on'])
    .where('team_id', '=', cohort.teamId)
    .where('name_key', '=', cohort.key)
    .executeTakeFirstOrThrow();
  return toCohort(row);
}

export async function findCohort(db: DbOrTrx, teamId: string, key: string): Promise<Cohort | undefined> {
  const row = await db
    .selectFrom('cohorts')
    .select(['id', 'name', 'starts_on', 'ends_on'])
    .where('team_id', '=', teamId)
    .where('name_key', '=', key)
    .executeTakeFirst();
  return row && toCohort(row);
}

export async function listCohorts(db: DbOrTrx, teamId: string): Promise<Cohort[]> {
  const rows = await db.selectFrom('cohorts').select(['id', 'name', 'starts_on', 'ends_on']).where('team_id', '=', teamId).orderBy('name_key').execute();
  return rows.map(toCohort);
}

/** Puts a pair in a cohort (moving it from any other). */
export async function setPairCohort(db: DbOrTrx, pairId: number, cohortId: number, by: string, at: Date): Promise<void> {
  await db
    .insertInto('pair_cohorts')
    .values({ pair_id: pairId, cohort_id: cohortId, added_by: by, added_at: at })
    .onConflict((oc) => oc.column('pair_id').doUpdateSet({ cohort_id: cohortId, added_by: by, added_at: at }))
    .execute();
}

/** The cohort of each pair that has one. */
export async function cohortsOfPairs(db: DbOrTrx, pairIds: readonly number[]): Promise<Map<number, Cohort>> {
  if (pairIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('pair_cohorts as pc')
    .innerJoin('cohorts as c', 'c.id', 'pc.cohort_id')
    .select(['pc.pair_id', 'c.id', 'c.name', 'c.starts_on', 'c.ends_on'])
    .where('pc.pair_id', 'in', [...pairIds])
    .execute();
  return new Map(rows.map((row) => [row.pair_id, toCohort(row)]));
}

import { CoachError } from '../../domain/errors.js';
import { MAX_COHORT_NAME, readCohortName } from '../../domain/programme/cohort-name.js';
import { findPairById } from '../../storage/pairs/pair.repository.js';
import { type Cohort, ensureCohort, setPairCohort } from '../../storage/programme/cohort.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import { openPair } from '../pairs/open-pair.js';

/** Puts a pair in the cohort of that name (created if new). No name: the pair is left as it is. */
export async function placeInCohort(ctx: ServiceContext, teamId: string, pairId: number, name: string | null, by: string): Promise<Cohort | undefined> {
  const cohort = readCohortName(name ?? undefined);
  if (cohort === undefined) return undefined;
  const at = ctx.clock();
  const stored = await ensureCohort(ctx.db, { teamId, name: cohort.name, key: cohort.key, by, at });
  await setPairCohort(ctx.db, pairId, stored.id, by, at);
  return stored;
}

/** An admin's "Move to cohort": the pair (of this workspace, open or closed) goes to the named cohort. */
export async function moveToCohort(
  ctx: ServiceContext,
  request: { teamId: string; actorId: string; pairId: number; cohortName: string },
): Promise<{ pairId: number; cohort: string }> {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  const cohort = readCohortName(request.cohortName);
  if (cohort === undefined) throw new CoachError('cohort_invalid', { max: MAX_COHORT_NAME });
  const pair = await findPairById(ctx.db, request.pairId);
  if (pair === undefined || pair.teamId !== request.teamId || pair.channelId === null) throw new CoachError('stale_action');
  const placed = await placeInCohort(ctx, request.teamId, pair.id, cohort.name, request.actorId);
  return { pairId: pair.id, cohort: placed?.name ?? cohort.name };
}

/** `/mentor pair @mentor @mentee cohort "Spring 2027"`: the pair is opened, then placed in the cohort. */
export async function openPairInCohort(
  ctx: ServiceContext,
  request: { teamId: string; actorId: string; mentorId: string; menteeId: string; cohort: string },
): Promise<{ pairId: number; channelId: string; mentorId: string; menteeId: string; cohort: string }> {
  const name = readCohortName(request.cohort);
  if (name === undefined) throw new CoachError('cohort_invalid', { max: MAX_COHORT_NAME });
  const pair = await openPair(ctx, request);
  const cohort = await placeInCohort(ctx, request.teamId, pair.id, name.name, request.actorId);
  return { pairId: pair.id, channelId: pair.channelId, mentorId: pair.mentorId, menteeId: pair.menteeId, cohort: cohort?.name ?? name.name };
}

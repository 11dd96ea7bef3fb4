import { type AttentionFlag, attentionFlags } from '../../domain/programme/attention-flags.js';
import { isOpenStage, OPEN_STAGES, type OpenStage } from '../../domain/stages.js';
import { listCohorts } from '../../storage/programme/cohort.repository.js';
import { listProgrammePairs, pairActivity } from '../../storage/programme/programme-facts.repository.js';
import type { ServiceContext } from '../context.js';
import { pulseFacts } from './pulse-facts.js';

/** A pair that needs an admin's attention, and why: flags only, never what the pair wrote. */
export interface FlaggedPair {
  pairId: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  stage: OpenStage;
  flags: AttentionFlag[];
}

export interface CohortOverview {
  /** null: the pairs in no cohort. */
  name: string | null;
  startsOn: string | null;
  endsOn: string | null;
  pairs: number;
  countsByStage: Record<OpenStage, number>;
  flagged: FlaggedPair[];
}

/**
 * The admins' Home, by cohort: each cohort's active pairs counted by stage, and the pairs that need
 * attention with why (quiet in their stage, not a good fit, a low pulse, posts not reaching the
 * channel, no agreement after the second meeting). Named cohorts first, by name; "no cohort" last.
 * `ownPairs`, the reader's own pairs, are flagged without the pulse's reasons (not a good fit, a low
 * pulse): a member never learns their partner's private answers, admin or not.
 */
export async function programmeByCohort(ctx: ServiceContext, teamId: string, ownPairs: ReadonlySet<number> = new Set()): Promise<CohortOverview[]> {
  const now = ctx.clock();
  const [pairs, cohorts] = await Promise.all([listProgrammePairs(ctx.db, teamId), listCohorts(ctx.db, teamId)]);
  const open = pairs.filter((pair): pair is typeof pair & { stage: OpenStage } => isOpenStage(pair.stage));
  const [activity, pulse] = await Promise.all([pairActivity(ctx.db, open), pulseFacts(ctx, open.map((pair) => pair.pairId))]);
  const overviews = new Map<number | null, CohortOverview>();
  const overviewOf = (id: number | null, name: string | null) => {
    let overview = overviews.get(id);
    if (overview === undefined) {
      const cohort = cohorts.find((one) => one.id === id);
      overview = { name, startsOn: cohort?.startsOn ?? null, endsOn: cohort?.endsOn ?? null, pairs: 0, countsByStage: zeroCounts(), flagged: [] };
      overviews.set(id, overview);
    }
    return overview;
  };
  for (const pair of open) {
    const overview = overviewOf(pair.cohort?.id ?? null, pair.cohort?.name ?? null);
    overview.pairs += 1;
    overview.countsByStage[pair.stage] += 1;
    const act = activity.get(pair.pairId);
    const own = ownPairs.has(pair.pairId);
    const flags = attentionFlags(
      {
        stage: pair.stage,
        stageSince: act?.stageSince ?? pair.openedAt,
        lastLogAt: act?.lastLogAt ?? null,
        meetingsLogged: act?.meetingsLogged ?? 0,
        agreement: act?.agreement ?? false,
        deliveryProblem: pair.deliveryProblem !== null,
        notAFit: !own && (pulse.fitAnswers.get(pair.pairId) ?? []).includes('not_a_fit'),
        lowPulse: !own && pulse.lowPulse.has(pair.pairId),
        paused: pair.paused,
      },
      now,
    );
    if (flags.length > 0) {
      overview.flagged.push({ pairId: pair.pairId, channelId: pair.channelId, mentorId: pair.mentorId, menteeId: pair.menteeId, stage: pair.stage, flags });
    }
  }
  return [...overviews.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
}

function zeroCounts(): Record<OpenStage, number> {
  return Object.fromEntries(OPEN_STAGES.map((stage) => [stage, 0])) as Record<OpenStage, number>;
}

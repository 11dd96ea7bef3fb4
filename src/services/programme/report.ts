import { CoachError } from '../../domain/errors.js';
import { type ChartData, chartStart, stageCounts, weekCounts } from '../../domain/programme/chart-data.js';
import { readCohortName } from '../../domain/programme/cohort-name.js';
import { type ReportRow, reportRow } from '../../domain/programme/report.js';
import { findCohort } from '../../storage/programme/cohort.repository.js';
import {
  goalRatings,
  itemCounts,
  listProgrammePairs,
  meetingDays,
  pairActivity,
  prepFacts,
} from '../../storage/programme/programme-facts.repository.js';
import { recordFileOfPairs } from '../../storage/pairs/uploaded-file.repository.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';
import { membersOf } from '../pairs/members.js';
import type { UploadedFile } from '../slack-port.js';
import { adminLocale } from './bulk-overview.js';
import { pulseFacts } from './pulse-facts.js';

export interface ProgrammeReport {
  /** The cohort reported on; null: every pair of the workspace. */
  cohort: string | null;
  rows: ReportRow[];
  /** Display names of the members, by Slack id. */
  names: ReadonlyMap<string, string>;
  chart: ChartData;
  /** The reader's zone, in which dates are given. */
  zone: string;
}

/** The Slack edge turns a report into its files (a CSV, a PNG chart), in the reader's words. */
export type ReportRenderer = (report: ProgrammeReport) => Promise<UploadedFile[]>;

/** Names are asked of Slack this many members at a time when not stored yet. */
const NAME_BATCH = 50;

/**
 * `/mentor report [cohort]`: one row per pair (open or closed) and a chart, sent to the admin alone
 * by direct message. Counts, dates, stages and ratings only: no note, no comment, no goal text; on
 * the reader's own pairs, no fit answer or session rating either. The files are kept for erase under
 * every pair they cover: erasing one of those pairs deletes them.
 * Anyone but a programme admin is refused before anything is read; nothing is sent for no pair.
 */
export async function sendReport(
  ctx: ServiceContext,
  request: { teamId: string; actorId: string; cohortName?: string },
  render: ReportRenderer,
): Promise<ProgrammeReport> {
  if (!(await isProgrammeAdmin(ctx, request.actorId, { fresh: true }))) throw new CoachError('not_admin');
  const report = await buildReport(ctx, request);
  if (report.rows.length === 0) return report;
  const where = await ctx.slack.postDirect(
    request.actorId,
    { kind: 'reportReady', cohort: report.cohort, pairs: report.rows.length },
    await adminLocale(ctx, request.actorId),
  );
  // Each file names every pair it covers: erasing any of them deletes the file (see erase.ts).
  const pairIds = report.rows.map((row) => row.number);
  for (const file of await render(report)) {
    await ctx.slack.uploadFile(where.channelId, file, (fileId) =>
      recordFileOfPairs(ctx.db, { pairIds, teamId: request.teamId, fileId, channelId: where.channelId, at: ctx.clock() }),
    );
  }
  return report;
}

async function buildReport(ctx: ServiceContext, request: { teamId: string; actorId: string; cohortName?: string }): Promise<ProgrammeReport> {
  const name = readCohortName(request.cohortName);
  const cohort = name === undefined ? undefined : await findCohort(ctx.db, request.teamId, name.key);
  if (name !== undefined && cohort === undefined) throw new CoachError('cohort_unknown', { cohort: name.name });
  const now = ctx.clock();
  const pairs = await listProgrammePairs(ctx.db, request.teamId, { includeClosed: true, ...(cohort === undefined ? {} : { cohortId: cohort.id }) });
  const ids = pairs.map((pair) => pair.pairId);
  const zone = (await ctx.slack.lookupUser(request.actorId).catch(() => undefined))?.tz ?? ctx.defaultTimezone;
  const [activity, items, prep, ratings, pulse, days, names] = await Promise.all([
    pairActivity(ctx.db, pairs),
    itemCounts(ctx.db, ids),
    prepFacts(ctx.db, pairs),
    goalRatings(ctx.db, ids),
    pulseFacts(ctx, ids),
    meetingDays(ctx.db, ids, chartStart(now, zone)),
    namesOf(ctx, request.teamId, pairs.flatMap((pair) => [pair.mentorId, pair.menteeId])),
  ]);
  const rows = pairs.map((pair) => {
    const act = activity.get(pair.pairId);
    // The reader's own pair: its private answers stay blank, or they would read their partner's.
    const own = pair.mentorId === request.actorId || pair.menteeId === request.actorId;
    return reportRow(
      {
        pairId: pair.pairId,
        cohort: pair.cohort?.name ?? null,
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
        stage: pair.stage,
        stageSince: act?.stageSince ?? pair.openedAt,
        openedAt: pair.openedAt,
        meetingsLogged: act?.meetingsLogged ?? 0,
        lastMeetingOn: act?.lastMeetingOn ?? null,
        itemsDone: items.get(pair.pairId)?.done ?? 0,
        openItemsDue: items.get(pair.pairId)?.openDue ?? [],
        prep: prep.get(pair.pairId) ?? { hasGoal: false, steps: 0, mentorInventory: false, menteeInventory: false },
        agreement: act?.agreement ?? false,
        fitAnswers: own ? [] : [...(pulse.fitAnswers.get(pair.pairId) ?? [])],
        averageSessionRating: own ? null : (pulse.averageRating.get(pair.pairId) ?? null),
        outcome: pair.outcome,
        goalRatings: ratings.get(pair.pairId) ?? [],
      },
      now,
      zone,
    );
  });
  return {
    cohort: cohort?.name ?? null,
    rows,
    names,
    chart: { stages: stageCounts(pairs.map((pair) => ({ cohort: pair.cohort?.name ?? null, stage: pair.stage })), ''), weeks: weekCounts(days, now, zone) },
    zone,
  };
}

async function namesOf(ctx: ServiceContext, teamId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(userIds)];
  const names = new Map<string, string>();
  for (let i = 0; i < unique.length; i += NAME_BATCH) {
    const members = await membersOf(ctx, teamId, unique.slice(i, i + NAME_BATCH));
    for (const [id, member] of members) names.set(id, member.name);
  }
  return names;
}

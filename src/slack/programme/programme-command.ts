import type { webApi } from '@slack/bolt';
import { DateTime } from 'luxon';
import { type Catalog, fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { openPairInCohort } from '../../services/programme/cohorts.js';
import { sendReport } from '../../services/programme/report.js';
import { type SlackMessage, sections } from '../kit/blocks.js';
import { pairManyModal } from './programme-modals.js';
import { reportFiles } from './report-files.js';
import { safeText } from '../kit/safe-text.js';

/** The `/mentor` verbs of running a programme; the command's access check (admins) has run first. */

export async function openPairManyForm(client: webApi.WebClient, c: Catalog, triggerId: string): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: pairManyModal(c) });
}

/** `/mentor report [cohort]`: the files go to the admin's direct messages; the answer says so. */
export async function reportReply(ctx: ServiceContext, c: Catalog, who: { teamId: string; userId: string }, cohort: string | undefined): Promise<SlackMessage> {
  const report = await sendReport(ctx, { teamId: who.teamId, actorId: who.userId, ...(cohort === undefined ? {} : { cohortName: cohort }) }, (built) =>
    reportFiles(c, built, DateTime.fromJSDate(ctx.clock(), { zone: built.zone }).toISODate() ?? 'today'),
  );
  const r = c.programme.report;
  const text =
    report.rows.length === 0
      ? r.empty
      : fill(r.ready, { pairs: report.rows.length, scope: report.cohort === null ? r.scopeAll : fill(r.scopeCohort, { cohort: safeText(report.cohort) }) });
  return { text, blocks: sections(text) };
}

/** `/mentor pair @mentor @mentee cohort "Spring 2027"`. */
export async function pairInCohortReply(
  ctx: ServiceContext,
  c: Catalog,
  request: { teamId: string; actorId: string; mentorId: string; menteeId: string; cohort: string },
): Promise<SlackMessage> {
  const pair = await openPairInCohort(ctx, request);
  const text = fill(c.programme.cohort.opened, {
    channel: `<#${pair.channelId}>`,
    mentor: `<@${pair.mentorId}>`,
    mentee: `<@${pair.menteeId}>`,
    cohort: safeText(pair.cohort),
  });
  return { text, blocks: sections(text) };
}

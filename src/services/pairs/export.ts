import { DateTime } from 'luxon';
import type { Person, RelationshipRecord } from '../../domain/pairs/export-markdown.js';
import { findAgreement } from '../../storage/engage/agreement.repository.js';
import { findGoalPlan } from '../../storage/prepare/goal.repository.js';
import { listAllItems, listLogsNewestFirst } from '../../storage/pairs/history.repository.js';
import { recordUploadedFile } from '../../storage/pairs/uploaded-file.repository.js';
import { listWrapUpsWithReflections } from '../../storage/evaluate/wrap-up.repository.js';
import type { ChannelRequest } from './pair-access.js';
import type { ServiceContext } from '../context.js';
import { zoneOf } from './zone.js';
import { agreementTerms } from '../engage/agreement.js';
import { resolveMemberPair } from './pair-access.js';
import type { UploadedFile } from '../slack-port.js';

/** What the Slack edge turns a record into, in the requester's words. */
export type ExportRenderer = (record: RelationshipRecord, zone: string) => UploadedFile;

/**
 * `/mentor export`: the whole relationship as a file sent to the requester alone, in the bot's
 * direct messages with them, never in the pair's channel: it holds the requester's own private
 * notes (the other member's never). Only the pair's two members may ask; anyone else is refused
 * before anything is read, and nothing is uploaded. The file's id is kept for `/mentor erase`.
 */
export async function exportRelationship(ctx: ServiceContext, request: ChannelRequest, render: ExportRenderer): Promise<RelationshipRecord> {
  const pair = await resolveMemberPair(ctx, request, { allowClosed: true });
  const [mentor, mentee, goal, agreement, logs, items, wrapUps] = await Promise.all([
    person(ctx, pair.mentor_id),
    person(ctx, pair.mentee_id),
    findGoalPlan(ctx.db, pair.id),
    findAgreement(ctx.db, pair.id),
    listLogsNewestFirst(ctx.db, pair.id, request.userId, null),
    listAllItems(ctx.db, pair.id),
    listWrapUpsWithReflections(ctx.db, pair.id),
  ]);
  const requester = request.userId === mentor.id ? mentor : mentee;
  const zone = await zoneOf(ctx, request.userId);
  const people = new Map([mentor, mentee].map((p) => [p.id, p]));
  const record: RelationshipRecord = {
    exportedAt: ctx.clock(),
    exportedBy: requester,
    pair: { id: pair.id, mentor, mentee, stage: pair.stage, openedAt: pair.created_at, closedAt: pair.closed_at },
    goal:
      goal === undefined
        ? null
        : { text: goal.goal, steps: goal.steps.map((step) => ({ position: step.position, text: step.text, doneAt: step.done_at })) },
    agreement:
      agreement === undefined
        ? null
        : { ...agreementTerms(agreement), agreedAt: agreement.agreedAt },
    logs: [...logs].reverse().map((log) => ({
      id: log.id,
      date: log.metOn ?? DateTime.fromJSDate(log.createdAt, { zone }).toISODate() ?? '',
      author: people.get(log.authorId) ?? { id: log.authorId, name: log.authorId },
      summary: log.summary,
      achievements: log.achievements,
      nextSteps: log.nextSteps,
      nextMeetingOn: log.nextMeetingOn,
      privateNote: log.authorId === request.userId ? log.privateNote : null,
    })),
    items: items.map((item) => ({
      number: item.number,
      text: item.text,
      owner: item.owner,
      dueOn: item.due_on,
      status: item.status,
      doneAt: item.done_at,
      // An item of a deleted log keeps its place, without a link to a log the file leaves out.
      logId: item.log_id !== null && logs.some((log) => log.id === item.log_id) ? item.log_id : null,
    })),
  };
  // Both members' reflections belong to the relationship: either member takes them away.
  record.wrapUps = wrapUps.map((w) => ({
    startedAt: w.started_at,
    lastMeetingAt: w.last_meeting_at,
    reflections: w.reflections.map((r) => ({
      member: people.get(r.user_id) ?? { id: r.user_id, name: r.user_id },
      role: r.user_id === pair.mentor_id ? ('mentor' as const) : ('mentee' as const),
      learned: r.learned,
      goal: r.goal_attainment === null ? null : { attainment: r.goal_attainment, comment: r.goal_comment },
      steps: r.steps.map((step) => ({ position: step.position, text: step.text, attainment: step.attainment, comment: step.comment })),
      expectations: { attainment: r.expectations, comment: r.expectations_comment },
      highlight: r.highlight,
      next: r.next_step,
      thanks: r.thanks,
      updatedAt: r.updated_at,
    })),
    outcome:
      w.decision === null || w.decided_at === null
        ? null
        : { value: w.decision, at: w.decided_at, by: people.get(w.decided_by ?? '') ?? { id: w.decided_by ?? '', name: w.decided_by ?? '' } },
  }));
  record.outcome =
    pair.outcome === null || pair.outcome_at === null
      ? null
      : { value: pair.outcome, at: pair.outcome_at, by: people.get(pair.outcome_by ?? '') ?? { id: pair.outcome_by ?? '', name: pair.outcome_by ?? '' } };
  const file = render(record, zone);
  const directMessage = await ctx.slack.openDirectMessage(request.userId);
  await ctx.slack.uploadFile(directMessage, file, (fileId) =>
    recordUploadedFile(ctx.db, { pairId: pair.id, teamId: pair.team_id, fileId, channelId: directMessage, at: ctx.clock() }),
  );
  return record;
}

async function person(ctx: ServiceContext, userId: string): Promise<Person> {
  const user = await ctx.slack.lookupUser(userId).catch(() => undefined);
  return { id: userId, name: user?.name ?? userId };
}

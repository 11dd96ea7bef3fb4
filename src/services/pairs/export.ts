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
    person(ctx, pair.mentorId),
    person(ctx, pair.menteeId),
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
    pair: { id: pair.id, mentor, mentee, stage: pair.stage, openedAt: pair.createdAt, closedAt: pair.closedAt },
    goal:
      goal === undefined
        ? null
        : { text: goal.goal, steps: goal.steps.map((step) => ({ position: step.position, text: step.text, doneAt: step.doneAt })) },
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
      dueOn: item.dueOn,
      status: item.status,
      doneAt: item.doneAt,
      // An item of a deleted log keeps its place, without a link to a log the file leaves out.
      logId: item.logId !== null && logs.some((log) => log.id === item.logId) ? item.logId : null,
    })),
  };
  // Both members' reflections belong to the relationship: either member takes them away.
  record.wrapUps = wrapUps.map((w) => ({
    startedAt: w.startedAt,
    lastMeetingAt: w.lastMeetingAt,
    reflections: w.reflections.map((r) => ({
      member: people.get(r.userId) ?? { id: r.userId, name: r.userId },
      role: r.userId === pair.mentorId ? ('mentor' as const) : ('mentee' as const),
      learned: r.learned,
      goal: r.goal === null ? null : { attainment: r.goal, comment: r.goalComment },
      steps: r.steps.map((step) => ({ position: step.position, text: step.text, attainment: step.attainment, comment: step.comment })),
      expectations: { attainment: r.expectations, comment: r.expectationsComment },
      highlight: r.highlight,
      next: r.next,
      thanks: r.thanks,
      updatedAt: r.updatedAt,
    })),
    outcome:
      w.decision === null || w.decidedAt === null
        ? null
        : { value: w.decision, at: w.decidedAt, by: people.get(w.decidedBy ?? '') ?? { id: w.decidedBy ?? '', name: w.decidedBy ?? '' } },
  }));
  record.outcome =
    pair.outcome === null || pair.outcomeAt === null
      ? null
      : { value: pair.outcome, at: pair.outcomeAt, by: people.get(pair.outcomeBy ?? '') ?? { id: pair.outcomeBy ?? '', name: pair.outcomeBy ?? '' } };
  const file = render(record, zone);
  const directMessage = await ctx.slack.openDirectMessage(request.userId);
  await ctx.slack.uploadFile(directMessage, file, (fileId) =>
    recordUploadedFile(ctx.db, { pairId: pair.id, teamId: pair.teamId, fileId, channelId: directMessage, at: ctx.clock() }),
  );
  return record;
}

async function person(ctx: ServiceContext, userId: string): Promise<Person> {
  const user = await ctx.slack.lookupUser(userId).catch(() => undefined);
  return { id: userId, name: user?.name ?? userId };
}

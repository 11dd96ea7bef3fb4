import { type Catalog, fill } from '../../content/index.js';
import { isPulseMessage } from '../../services/pulse/pulse-messages.js';
import { renderPulseMessage } from '../pulse/pulse-messages.js';
import type { OpenStage } from '../../domain/stages.js';
import { OPEN_STAGES, stageNumber } from '../../domain/stages.js';
import type { LoggedMeeting, PairMessage, PairRef, UserMessage } from '../../services/slack-port.js';
import { ACTION_ITEM_DONE, ACTION_LOG_DELETE, ACTION_LOG_EDIT } from '../ids.js';
import { MAX_ACTION_ITEMS_PER_LOG } from '../../domain/nurture/action-item-cap.js';
import { buttonElement, bullets, context, fitSection, header, type KnownBlock, sections, type SlackMessage, titled } from '../kit/blocks.js';
import { buttonValueOf } from '../codecs.js';
import { calendarDay, slackDate } from '../kit/dates.js';
import { agendaMessage } from '../nurture/agenda-message.js';
import { agreementMessage } from '../engage/agreement-message.js';
import { checklistsMessage, icebreakersMessage, suggestNurtureMessage } from '../engage/engage-messages.js';
import { nudgeMessage } from '../scheduling/nudge-message.js';
import { renderPrepareMessage } from '../prepare/prepare-messages.js';
import { safeText } from '../kit/safe-text.js';
import { stageContentBlocks } from './stage-content.js';
import { renderWrapUpMessage } from '../evaluate/wrap-up-messages.js';
import { calendarButton, renderFirstWeeksMessage } from '../nurture/first-weeks-messages.js';

const mention = (userId: string) => `<@${userId}>`;

/** Renders every message the bot posts in a pair's channel, in the pair's language. */
export function renderPairMessage(c: Catalog, pair: PairRef, message: PairMessage): SlackMessage {
  switch (message.kind) {
    case 'prepare':
    case 'goalPlan':
    case 'inventory':
    case 'suggestEngage':
      return renderPrepareMessage(c, pair, message);
    case 'welcome':
      return welcome(c, pair);
    case 'stage':
      return stage(c, pair, message.stage, message.changedBy, message.from);
    case 'meetingLog':
      return meetingLog(c, pair.id, message.log);
    case 'meetingLogDeleted': {
      const text = fill(c.log.deleted, { user: mention(message.deletedBy) });
      return { text, blocks: [context(text)] };
    }
    case 'summary':
    case 'lastMeetingSet':
    case 'reflectionShared':
    case 'reflectionReminder':
    case 'continued':
    case 'closedLine':
      return renderWrapUpMessage(c, pair, message);
    case 'nudge':
      return nudgeMessage(c, pair.id, message.nudge, message.jobId, message.params);
    case 'agreement':
      return agreementMessage(c, message.agreement, message.updatedBy);
    case 'notice': {
      const text = fill(c.nudges[message.notice], { user: mention(message.userId) });
      return { text, blocks: [context(text)] };
    }
    case 'icebreakers':
      return icebreakersMessage(c, pair.id, message.questions, message.remaining);
    case 'checklists':
      return checklistsMessage(c, pair.id, message.state);
    case 'suggestNurture':
      return suggestNurtureMessage(c, pair.id);
    case 'agenda':
      return agendaMessage(c, message.agenda, pair.id);
    case 'meetingSet':
    case 'addedToPlan':
      return renderFirstWeeksMessage(c, pair, message);
  }
}

/** Direct messages to one person, in their language. */
export function renderUserMessage(c: Catalog, message: UserMessage): SlackMessage {
  if (isPulseMessage(message)) return renderPulseMessage(c, message);
  switch (message.kind) {
    case 'noResponseAdmins': {
      const text = fill(c.nudges.noResponseAdmins, { channel: `<#${message.channelId}>` });
      return { text, blocks: sections(text) };
    }
    case 'deliveryProblemAdmins': {
      const text = fill(c.delivery.adminNotice[message.problem], { channel: `<#${message.channelId}>` });
      return { text, blocks: sections(text) };
    }
  }
}

function welcome(c: Catalog, pair: PairRef): SlackMessage {
  const w = c.welcome;
  const body = fill(w.body, { mentor: mention(pair.mentorId), mentee: mention(pair.menteeId) });
  const stages = OPEN_STAGES.map((s: OpenStage) => `${stageNumber(s)}. *${c.stageNames[s]}* — ${w.stages[s]}`);
  return {
    text: `${w.title}\n${body}`,
    blocks: [
      header(w.title),
      ...sections(body),
      ...sections(titled(w.stagesTitle, stages.join('\n'))),
      ...sections(titled(c.tips.title, bullets(c.tips.items))),
      context(w.commandsHint),
    ],
  };
}

function stage(c: Catalog, pair: PairRef, to: OpenStage, changedBy: string | null, from: string | null): SlackMessage {
  const blocks = stageContentBlocks(c, to, pair.id);
  const fromName = from !== null && from in c.stageNames ? c.stageNames[from as keyof Catalog['stageNames']] : '';
  const line =
    changedBy === null ? null : fill(c.stage.changed, { user: mention(changedBy), from: fromName, to: c.stageNames[to] });
  return {
    text: line ?? c.stageNames[to],
    blocks: line === null ? blocks : [context(line), ...blocks],
  };
}

function meetingLog(c: Catalog, pairId: number, log: LoggedMeeting): SlackMessage {
  const l = c.log;
  const locale = c.locale;
  const blocks: KnownBlock[] = [
    header(l.title),
    context(
      [
        fill(l.byline, { user: mention(log.authorId), date: slackDate(log.createdAt, locale) }),
        ...(log.editedAt ? [fill(l.edited, { date: slackDate(log.editedAt, locale) })] : []),
      ].join(' · '),
    ),
    ...sections(titled(l.summary, safeText(log.summary))),
  ];
  if (log.achievements) blocks.push(...sections(titled(l.achievements, safeText(log.achievements))));
  // A log holds at most 20 items now; an older one may hold more than a message can show.
  const shownItems = log.actionItems.slice(0, MAX_ACTION_ITEMS_PER_LOG);
  const moreItems = log.actionItems.length - shownItems.length;
  if (shownItems.length > 0) {
    const line = (item: LoggedMeeting['actionItems'][number]) => {
      const done = item.status === 'done';
      const text = safeText(item.text);
      const parts = [(item.number ? `#${item.number} ` : '') + (done ? `~${text}~` : text)];
      if (item.owner) parts.push(`_${l.owners[item.owner]}_`);
      if (item.dueOn) parts.push(`_${fill(l.due, { date: calendarDay(item.dueOn, locale) })}_`);
      if (done && item.doneBy) parts.push(fill(l.doneBy, { user: mention(item.doneBy) }));
      else if (!done && item.dueOn && log.today && item.dueOn < log.today) parts.push(`:warning: *${l.overdue}*`);
      return fitSection(`${done ? '☑' : '☐'}  ${parts.join(' — ')}`);
    };
    if (shownItems.some((item) => item.id !== undefined)) {
      // One section per item, so each open one carries its own "Done" button.
      blocks.push(...sections(`*${l.nextSteps}*`));
      for (const item of shownItems) {
        blocks.push({
          type: 'section',
          text: { type: 'mrkdwn', text: line(item) },
          ...(item.id !== undefined && item.status !== 'done'
            ? {
                accessory: buttonElement(l.doneButton, ACTION_ITEM_DONE, buttonValueOf(item.id)),
              }
            : {}),
        } as KnownBlock);
      }
    } else {
      blocks.push(...sections(titled(l.nextSteps, shownItems.map(line).join('\n'))));
    }
    if (moreItems > 0) blocks.push(context(fill(c.logLimits.moreItems, { count: moreItems })));
  }
  if (log.nextMeetingAt) blocks.push(...sections(titled(l.nextMeeting, slackDate(log.nextMeetingAt, locale))));
  else if (log.nextMeetingOn) blocks.push(...sections(titled(l.nextMeeting, calendarDay(log.nextMeetingOn, locale))));
  // A log that sets the next meeting offers it to calendars, as /mentor meet does; once that day is
  // past (a record redrawn later), the file would hold another meeting, so the button goes.
  const upcoming = (log.nextMeetingAt ?? log.nextMeetingOn ?? null) !== null && !(log.today !== undefined && log.nextMeetingOn !== null && log.nextMeetingOn < log.today);
  const calendar = upcoming ? calendarButton(c, pairId) : undefined;
  if (log.today !== undefined) {
    // A record drawn from storage; only its author can use Edit and Delete, within 7 days.
    blocks.push({
      type: 'actions',
      elements: [
        buttonElement(l.editButton, ACTION_LOG_EDIT, buttonValueOf(log.id), { emoji: false }),
        buttonElement(l.deleteButton, ACTION_LOG_DELETE, buttonValueOf(log.id), { emoji: false }),
        // In the same row: one block, not two rows of buttons.
        ...(calendar?.type === 'actions' ? calendar.elements : []),
      ],
    } as KnownBlock);
  } else if (calendar) blocks.push(calendar);
  return { text: `${l.title} — ${mention(log.authorId)}`, blocks };
}

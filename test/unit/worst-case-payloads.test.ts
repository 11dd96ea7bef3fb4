import { describe, expect, it } from 'vitest';
import { type Catalog, catalogs } from '../../src/content/index.js';
import { describeViolation } from '../../src/dev/stand-in/limits.js';
import { messageViolations, viewViolations } from '../../src/dev/stand-in/validate.js';
import { MAX_ACTION_ITEMS_PER_LOG } from '../../src/domain/nurture/action-item-cap.js';
import { AGENDA_TOPICS } from '../../src/domain/nurture/agenda.js';
import { MAX_AGREEMENT_TEXT } from '../../src/domain/engage/agreement.js';
import { MAX_GOAL_LENGTH, MAX_STEP_LENGTH, MAX_STEPS } from '../../src/domain/prepare/goal-plan.js';
import { HISTORY_PAGE_SIZE } from '../../src/domain/pairs/history.js';
import { INVENTORY_FIELDS, MAX_INVENTORY_ANSWER } from '../../src/domain/prepare/inventory.js';
import { LOCALES } from '../../src/domain/locale.js';
import { MAX_LOG_LENGTH } from '../../src/domain/nurture/meeting-log.js';
import { OPEN_STAGES } from '../../src/domain/stages.js';
import type { AppHome } from '../../src/services/pairs/app-home.js';
import type { HistoryPage } from '../../src/services/pairs/history.js';
import type { LoggedMeeting, PairRef } from '../../src/services/slack-port.js';
import { agendaPreview } from '../../src/slack/nurture/agenda-message.js';
import { appHomeView } from '../../src/slack/pairs/app-home.js';
import type { SlackMessage } from '../../src/slack/kit/blocks.js';
import { historyMessage } from '../../src/slack/pairs/history-message.js';
import { savedNotPostedMessage } from '../../src/slack/nurture/log-post-reply.js';
import { renderPairMessage } from '../../src/slack/pairs/pair-messages.js';
import { helpMessage } from '../../src/slack/kit/replies.js';
import { agreementModal } from '../../src/slack/engage/agreement-modal.js';
import { goalPlanModal } from '../../src/slack/prepare/goal-plan-modal.js';
import { inventoryModal } from '../../src/slack/prepare/inventory-modal.js';
import { meetingLogModal } from '../../src/slack/nurture/meeting-log-modal.js';
import { reflectionModal } from '../../src/slack/evaluate/reflection-modal.js';

// Text at a limit, made of what grows most when escaped for mrkdwn ("<" becomes "&lt;"), with an
// accent and an emoji so that characters, not UTF-16 units, are what counts.
const longest = (max: number) => [...'<é🎉&>'.repeat(Math.ceil(max / 5))].slice(0, max).join('');
const AT = new Date('2026-03-10T15:30:00Z');
const pairOf = (c: Catalog): PairRef => ({ id: 7, channelId: 'C0PAIR', mentorId: 'U0MENTOR', menteeId: 'U0MENTEE', locale: c.locale });

// Every item of a log comes from one line of a 3,000-character field: twenty of them share it.
const itemText = longest(Math.floor(MAX_LOG_LENGTH / MAX_ACTION_ITEMS_PER_LOG) - 6);

function fullLog(items: number, withIds: boolean): LoggedMeeting {
  return {
    id: 99_999,
    authorId: 'U0MENTEE',
    createdAt: AT,
    editedAt: AT,
    summary: longest(MAX_LOG_LENGTH),
    achievements: longest(MAX_LOG_LENGTH),
    nextMeetingOn: '2026-03-24',
    nextMeetingAt: AT,
    today: '2026-03-22',
    actionItems: Array.from({ length: items }, (_, i) => ({
      ...(withIds ? { id: 1_000_000 + i } : {}),
      text: i === 0 ? longest(MAX_LOG_LENGTH - 6) : itemText,
      dueOn: '2026-03-20',
      number: 10_000 + i,
      owner: 'both' as const,
      status: i % 2 === 0 ? ('open' as const) : ('done' as const),
      doneBy: 'U0MENTOR',
    })),
  };
}

function fullHistory(): HistoryPage {
  return {
    page: 999,
    hasOlder: true,
    hasNewer: true,
    empty: false,
    logs: Array.from({ length: HISTORY_PAGE_SIZE }, (_, n) => ({
      id: n,
      authorId: 'U0MENTOR',
      createdAt: AT,
      metOn: '2026-03-10',
      summary: longest(MAX_LOG_LENGTH),
      achievements: longest(MAX_LOG_LENGTH),
      privateNote: longest(MAX_LOG_LENGTH),
      // Logs stored before the cap may hold many more items than a log may hold now.
      items: Array.from({ length: 60 }, (_, i) => ({ number: i, text: longest(MAX_LOG_LENGTH), owner: 'mentee' as const, dueOn: '2026-03-20', done: i % 2 === 0 })),
    })) as HistoryPage['logs'],
  };
}

function fullHome(): AppHome {
  const channel = (n: number) => `C${String(n).padStart(8, '0')}`;
  return {
    pairs: Array.from({ length: 12 }, (_, n) => ({
      pairId: n,
      channelId: channel(n),
      role: n % 2 === 0 ? 'mentor' : 'mentee',
      otherId: `U${String(n).padStart(8, '0')}`,
      stage: OPEN_STAGES[n % 4] ?? 'prepare',
      paused: true,
      nextMeeting: { at: AT, guessed: true },
      openItems: 400,
      listedOpenItems: Array.from({ length: 5 }, () => longest(MAX_LOG_LENGTH)),
      workingAgreement: { done: 5, total: 5 },
      agreementSigned: n % 2 === 0,
    })),
    programme: {
      // 150 active pairs, the most the admins' Home is sized for.
      pairs: Array.from({ length: 150 }, (_, n) => ({
        pairId: n,
        channelId: channel(n),
        mentorId: `UMENTOR${String(n).padStart(5, '0')}`,
        menteeId: `UMENTEE${String(n).padStart(5, '0')}`,
        stage: OPEN_STAGES[n % 4] ?? 'prepare',
        paused: true,
        cadenceDays: 14,
        lastLogAt: AT,
        daysQuiet: 9999,
        needsAttention: true,
        deliveryProblem: 'channel_not_found' as const,
      })),
      countsByStage: { prepare: 38, engage: 38, nurture: 37, evaluate: 37 },
      needingAttention: 150,
      closing: {
        outcomes: { continued: 9999, stay_in_touch: 9999, closed: 9999 },
        attainment: 0.5,
        closedTotal: 9999,
        closedPairs: Array.from({ length: 20 }, (_, n) => ({
          pairId: n,
          channelId: channel(n),
          mentorId: 'U0MENTOR',
          menteeId: 'U0MENTEE',
          openedAt: AT,
          closedAt: AT,
          erasesAt: AT,
          outcome: 'stay_in_touch' as const,
        })),
      },
    },
  };
}

type Surface = { message: SlackMessage } | { view: Record<string, unknown>; as: 'modal' | 'home' };

function cases(c: Catalog): Array<[string, Surface]> {
  const steps = Array.from({ length: MAX_STEPS }, (_, i) => ({ id: i, position: i + 1, text: longest(MAX_STEP_LENGTH) }));
  const agreement = {
    priorities: longest(MAX_AGREEMENT_TEXT),
    focusAreas: longest(MAX_AGREEMENT_TEXT),
    successMeasures: longest(MAX_AGREEMENT_TEXT),
    frequency: 'biweekly' as const,
    meetingMinutes: 60,
    startsOn: '2026-03-01',
    endsOn: '2026-09-01',
    preferredDay: 'wed' as const,
    preferredTime: '23:59',
  };
  return [
    [`a record with ${MAX_ACTION_ITEMS_PER_LOG} items, each field at its limit`, { message: renderPairMessage(c, pairOf(c), { kind: 'meetingLog', log: fullLog(MAX_ACTION_ITEMS_PER_LOG, true) }) }],
    ['a record of an older log with 60 items', { message: renderPairMessage(c, pairOf(c), { kind: 'meetingLog', log: fullLog(60, true) }) }],
    ['a record as first posted, 60 items', { message: renderPairMessage(c, pairOf(c), { kind: 'meetingLog', log: fullLog(60, false) }) }],
    [
      'an agenda preview with 25 items and every topic',
      {
        message: agendaPreview(c, 7, {
          meetingAt: AT,
          meetingNumber: 9999,
          items: Array.from({ length: 25 }, (_, i) => ({ number: i, text: longest(MAX_LOG_LENGTH), dueOn: '2026-03-01', owner: 'both' as const, overdue: true })),
          steps: steps.map(({ position, text }) => ({ position, text })),
          topics: [...AGENDA_TOPICS],
          checkIn: true,
          lastMeeting: true,
          guessed: true,
        }),
      },
    ],
    ['a history page of five older logs with 60 items each', { message: historyMessage(c, fullHistory()) }],
    ['the saved-not-posted offer', { message: savedNotPostedMessage(c, 999_999_999, MAX_ACTION_ITEMS_PER_LOG) }],
    ['help', { message: helpMessage(c) }],
    ['the admins’ Home with 150 active pairs and 12 of their own', { view: appHomeView(c, fullHome()) as never, as: 'home' }],
    ['the meeting-log form, empty', { view: meetingLogModal(c, { channelId: 'C0PAIR' }, { today: '2026-03-10' }), as: 'modal' }],
    [
      'the meeting-log form, editing a full log',
      {
        view: meetingLogModal(
          c,
          { channelId: 'C0PAIR', logId: 999_999_999 },
          {
            editor: {
              logId: 999_999_999,
              channelId: 'C0PAIR',
              metOn: '2026-03-10',
              summary: longest(MAX_LOG_LENGTH),
              achievements: longest(MAX_LOG_LENGTH),
              openItems: Array.from({ length: MAX_ACTION_ITEMS_PER_LOG }, () => ({ text: itemText, dueOn: '2026-03-20', owner: 'both' as const })),
              nextMeetingOn: '2026-03-24',
              nextMeetingTime: '23:59',
              privateNote: longest(MAX_LOG_LENGTH),
            },
          },
        ),
        as: 'modal',
      },
    ],
    ['the goal form, full', { view: goalPlanModal(c, { channelId: 'C0PAIR' }, { goal: longest(MAX_GOAL_LENGTH), steps: steps.map((s) => s.text) }), as: 'modal' }],
    [
      'the inventory form, full',
      { view: inventoryModal(c, { channelId: 'C0PAIR' }, Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, longest(MAX_INVENTORY_ANSWER)])) as never), as: 'modal' },
    ],
    ['the agreement form, full', { view: agreementModal(c, 'C0PAIR', agreement, '2026-03-01'), as: 'modal' }],
    ['the reflection form, eight steps', { view: reflectionModal(c, { pairId: 7, channelId: 'C0PAIR', goal: longest(MAX_GOAL_LENGTH), steps, current: null }), as: 'modal' }],
  ];
}

const ALL = LOCALES.flatMap((locale) => cases(catalogs[locale]).map(([label, surface]): [string, string, Surface] => [locale, label, surface]));

describe('every message, form and Home at its worst case, held against the stand-in’s table', () => {
  it.each(ALL)('%s: %s', (_locale, _label, surface) => {
    const violations = 'message' in surface ? messageViolations(surface.message) : viewViolations(surface.view, surface.as);
    expect(violations.map(describeViolation)).toEqual([]);
    if ('message' in surface) expect(surface.message.text.trim()).not.toBe('');
  });

  it('shows a long older log’s first items and says how many more there are', () => {
    for (const locale of LOCALES) {
      const c = catalogs[locale];
      const record = renderPairMessage(c, pairOf(c), { kind: 'meetingLog', log: fullLog(60, true) });
      expect(JSON.stringify(record.blocks)).toContain(JSON.stringify(c.logLimits.moreItems.replace('{count}', '40')).slice(1, -1));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { type Catalog, catalogs, fill } from '../../src/content/index.js';
import { LOCALES, type Locale } from '../../src/domain/locale.js';
import { OPEN_STAGES } from '../../src/domain/stages.js';
import { ACTION_AGREEMENT_EDIT, ACTION_CALENDAR_FILE } from '../../src/slack/ids.js';
import type { KnownBlock, SlackMessage } from '../../src/slack/kit/blocks.js';
import { renderPairMessage } from '../../src/slack/pairs/pair-messages.js';
import type { LoggedMeeting, PairMessage, PairRef } from '../../src/services/slack-port.js';
import { blockKitProblems, textsOf } from './blockkit.js';

const pairOf = (locale: Locale, id = 7): PairRef => ({
  id,
  channelId: 'C0PAIR',
  mentorId: 'U0MENTOR',
  menteeId: 'U0MENTEE',
  locale,
});

const LOG: LoggedMeeting = {
  id: 11,
  authorId: 'U0MENTEE',
  createdAt: new Date('2026-03-10T15:30:00Z'),
  summary: 'We reviewed the CV and picked three companies.',
  achievements: 'CV rewritten',
  nextMeetingOn: '2026-03-24',
  actionItems: [
    { text: 'send the CV to Ana', dueOn: '2026-03-20' },
    { text: 'practise the elevator pitch', dueOn: null },
  ],
};

const HOSTILE =
  '<!channel> wake up <!here|here> <!everyone> @channel @here <!subteam^S1|@devs> <https://evil.example|click> <@U0EVE|eve> &';

const HOSTILE_LOG: LoggedMeeting = {
  ...LOG,
  summary: HOSTILE,
  achievements: HOSTILE,
  actionItems: [HOSTILE, 'ping <!channel>'].map((text) => ({ text, dueOn: null })),
};

// The largest log a member can write: every field at the 4,000-character limit, made of characters
// that grow when escaped, plus many action items.
const HUGE_LOG: LoggedMeeting = {
  ...LOG,
  summary: '<&>'.repeat(1333) + 'x',
  achievements: `${'@channel '.repeat(444)}abcd`,
  actionItems: Array.from({ length: 400 }, (_, i) => ({ text: `item ${i} <&>`, dueOn: '2026-03-20' })),
};

type Case = [string, PairMessage];

const CASES: Case[] = [
  ['welcome', { kind: 'welcome' }],
  ...OPEN_STAGES.map((stage): Case => [`stage ${stage} (first post)`, { kind: 'stage', stage, changedBy: null, from: null }]),
  ...OPEN_STAGES.map((stage): Case => [
    `stage ${stage} (changed by a member)`,
    { kind: 'stage', stage, changedBy: 'U0MENTEE', from: stage === 'prepare' ? 'engage' : 'prepare' },
  ]),
  ['meeting log', { kind: 'meetingLog', log: LOG }],
  ['icebreakers', { kind: 'icebreakers', questions: [0, 5, 23], remaining: 9 }],
  ['the last icebreakers', { kind: 'icebreakers', questions: [4, 2], remaining: 0 }],
  ['no icebreakers left', { kind: 'icebreakers', questions: [], remaining: 0 }],
  ['checklists, nothing ticked', { kind: 'checklists', state: { ticked: { agreement: [], topics: [] }, last: null } }],
  [
    'checklists, some ticked',
    { kind: 'checklists', state: { ticked: { agreement: [0, 1, 2, 3, 4], topics: [2] }, last: { by: 'U0MENTOR', at: new Date('2026-03-10T15:30:00Z') } } },
  ],
  ['suggestion to move to nurture', { kind: 'suggestNurture' }],
  ['meeting log without extras', { kind: 'meetingLog', log: { ...LOG, achievements: null, nextMeetingOn: null, actionItems: [] } }],
  ['meeting log with hostile text', { kind: 'meetingLog', log: HOSTILE_LOG }],
  ['meeting log at the size limits', { kind: 'meetingLog', log: HUGE_LOG }],
  [
    'summary',
    {
      kind: 'summary',
      summary: {
        openedAt: new Date('2026-01-05T09:00:00Z'),
        closedAt: new Date('2026-04-05T09:00:00Z'),
        meetings: 9,
        actionItemsDone: 12,
        actionItemsTotal: 15,
      },
      closedBy: 'U0MENTOR',
    },
  ],
  [
    'celebration summary with both reflections and the decision buttons',
    {
      kind: 'summary',
      summary: {
        openedAt: new Date('2026-01-05T09:00:00Z'),
        closedAt: new Date('2026-04-05T09:00:00Z'),
        meetings: 9,
        actionItemsDone: 12,
        actionItemsTotal: 15,
        plan: { stepsDone: 3, stepsTotal: 5 },
        attainment: 0.6875,
        members: [
          {
            userId: 'U0MENTEE',
            reflection: { goal: 'met', stepsMet: 3, stepsTotal: 5, expectations: 'partly', highlight: 'The mock <!channel> interview', thanks: '<@U0MENTOR> thank you\n@here', next: 'stay_in_touch' },
          },
          { userId: 'U0MENTOR', reflection: null },
        ],
      },
    },
  ],
  ['summary once decided', { kind: 'summary', summary: { openedAt: new Date(0), closedAt: new Date(0), meetings: 0, actionItemsDone: 0, actionItemsTotal: 0, plan: null, members: [], attainment: null }, decided: { outcome: 'continued', by: 'U0MENTEE' } }],
  ['last meeting set', { kind: 'lastMeetingSet', userId: 'U0MENTOR', at: new Date('2026-04-02T08:00:00Z') }],
  ['reflection shared', { kind: 'reflectionShared', userId: 'U0MENTEE' }],
  ['reflection reminder', { kind: 'reflectionReminder', userId: 'U0MENTEE', missingIds: ['U0MENTOR'] }],
  ['new cycle', { kind: 'continued', userId: 'U0MENTEE', endOn: '2026-07-05' }],
  ['closing line', { kind: 'closedLine', userId: 'U0MENTOR', outcome: 'stay_in_touch' }],
];

const MATRIX = LOCALES.flatMap((locale) => CASES.map(([label, message]) => [locale, label, message] as const));

const render = (locale: Locale, message: PairMessage, pairId = 7) =>
  renderPairMessage(catalogs[locale], pairOf(locale, pairId), message);

const allText = (message: SlackMessage) => textsOf(message).join('\n');

const actionsBlocks = (message: SlackMessage) =>
  message.blocks.filter((block): block is Extract<KnownBlock, { type: 'actions' }> => block.type === 'actions');

describe('renderPairMessage: every message is valid-looking Block Kit', () => {
  it.each(MATRIX)('%s: %s', (locale, _label, message) => {
    const rendered = render(locale, message);
    expect(blockKitProblems(rendered)).toEqual([]);
  });
});

describe.each(LOCALES)('renderPairMessage in %s', (locale) => {
  const c: Catalog = catalogs[locale];

  it('welcome: names both members and walks through the four stages', () => {
    const message = render(locale, { kind: 'welcome' });
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: c.welcome.title } });
    const text = allText(message);
    expect(text).toContain('<@U0MENTOR>');
    expect(text).toContain('<@U0MENTEE>');
    for (const stage of OPEN_STAGES) expect(text).toContain(c.stageNames[stage]);
    expect(text).toContain(c.welcome.commandsHint);
  });

  it('stage change: says who moved the pair, from where and to where', () => {
    const message = render(locale, { kind: 'stage', stage: 'nurture', changedBy: 'U0MENTEE', from: 'engage' });
    const [first] = message.blocks;
    expect(first?.type).toBe('context');
    const line = textsOf({ text: '', blocks: [first!] }).join('');
    expect(line).toContain('<@U0MENTEE>');
    expect(line).toContain(c.stageNames.engage);
    expect(line).toContain(c.stageNames.nurture);
    expect(message.text).toBe(line);
  });

  it('stage post without a change line starts with the stage header', () => {
    const message = render(locale, { kind: 'stage', stage: 'prepare', changedBy: null, from: null });
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: c.prepare.title } });
    expect(message.text).toBe(c.stageNames.prepare);
  });

  it('engage: the intro and every tip; icebreakers and checklists come in posts of their own', () => {
    const text = allText(render(locale, { kind: 'stage', stage: 'engage', changedBy: null, from: null }));
    expect(text).toContain(c.engage.intro);
    for (const tip of c.engage.tips) expect(text).toContain(tip);
    expect(c.engage.icebreakers.filter((question) => text.includes(question))).toEqual([]);
    for (const item of [...c.engage.agreement, ...c.engage.topics]) expect(text).not.toContain(item);
  });

  it('evaluate: the last meeting’s date picker, the reflection button and the confirm button, each naming the pair', () => {
    for (const pairId of [7, 1234]) {
      const message = render(locale, { kind: 'stage', stage: 'evaluate', changedBy: null, from: null }, pairId);
      const actions = actionsBlocks(message);
      expect(actions).toHaveLength(2);
      expect(actions[0]).toMatchObject({ block_id: `last_meeting:${pairId}`, elements: [{ type: 'datepicker', action_id: 'wrap_up_last_meeting' }] });
      expect(actions[1]!.elements).toEqual([
        expect.objectContaining({
          type: 'button',
          action_id: 'wrap_up_reflect',
          value: String(pairId),
          text: expect.objectContaining({ text: c.evaluateWrapUp.reflectButton }),
        }),
        expect.objectContaining({
          type: 'button',
          action_id: 'wrap_up_confirm',
          value: String(pairId),
          text: expect.objectContaining({ text: c.wrapUp.confirmButton }),
        }),
      ]);
      const text = allText(message);
      for (const item of c.evaluate.checklist) expect(text).toContain(item);
    }
  });

  it('nurture has no buttons', () => {
    expect(actionsBlocks(render(locale, { kind: 'stage', stage: 'nurture', changedBy: null, from: null }))).toEqual([]);
  });

  it('engage offers the mentoring agreement form, and nothing else', () => {
    const actions = actionsBlocks(render(locale, { kind: 'stage', stage: 'engage', changedBy: null, from: null }));
    expect(JSON.stringify(actions)).toContain(`"action_id":"${ACTION_AGREEMENT_EDIT}"`);
    expect(actions).toHaveLength(1);
  });

  it('meeting log: author, summary, achievements, next steps and next meeting day', () => {
    const message = render(locale, { kind: 'meetingLog', log: LOG });
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: c.log.title } });
    expect(message.text).toContain('<@U0MENTEE>');
    const text = allText(message);
    expect(text).toContain(LOG.summary);
    expect(text).toContain('CV rewritten');
    for (const item of LOG.actionItems) expect(text).toContain(item.text);
    expect(text).toContain(locale === 'fr' ? '20 mars 2026' : 'March 20, 2026');
    expect(text).toContain(c.log.nextMeeting);
    expect(text).toContain(locale === 'fr' ? '24 mars 2026' : 'March 24, 2026');
    // The moment is shown in each reader's zone by Slack.
    expect(text).toContain(`<!date^${Date.parse('2026-03-10T15:30:00Z') / 1000}^`);
  });

  it('meeting log that sets the next meeting offers "Add to calendar", in the row of Edit and Delete once stored', () => {
    const calendarValues = (message: SlackMessage) =>
      actionsBlocks(message).flatMap((block) => ('elements' in block ? block.elements : [])).filter((element) => 'action_id' in element && element.action_id === ACTION_CALENDAR_FILE);
    const posted = render(locale, { kind: 'meetingLog', log: LOG });
    expect(calendarValues(posted)).toEqual([expect.objectContaining({ value: '7', text: expect.objectContaining({ text: c.firstWeeks.calendarButton }) })]);
    const stored = render(locale, { kind: 'meetingLog', log: { ...LOG, id: 12, today: '2026-03-11', nextMeetingAt: new Date('2026-03-24T13:00:00Z') } });
    expect(actionsBlocks(stored)).toHaveLength(1);
    expect(calendarValues(stored)).toHaveLength(1);
    // No next meeting, or one already past when the record is drawn again: no calendar file to offer.
    expect(calendarValues(render(locale, { kind: 'meetingLog', log: { ...LOG, nextMeetingOn: null } }))).toEqual([]);
    expect(calendarValues(render(locale, { kind: 'meetingLog', log: { ...LOG, today: '2026-03-25' } }))).toEqual([]);
  });

  it('meeting log without extras leaves out the empty parts', () => {
    const text = allText(render(locale, { kind: 'meetingLog', log: { ...LOG, achievements: null, nextMeetingOn: null, actionItems: [] } }));
    expect(text).toContain(LOG.summary);
    expect(text).not.toContain(c.log.achievements);
    expect(text).not.toContain(c.log.nextSteps);
    expect(text).not.toContain(c.log.nextMeeting);
  });

  it('meeting log: what members typed can never ping a crowd or carry a link', () => {
    const message = render(locale, { kind: 'meetingLog', log: HOSTILE_LOG });
    const json = JSON.stringify(message);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<!here');
    expect(json).not.toContain('<!everyone');
    expect(json).not.toContain('<!subteam');
    expect(json).not.toContain('<http');
    // The only special token left is the bot's own date.
    expect(json.match(/<!/g)).toHaveLength(1);
    for (const text of textsOf(message)) expect(text).not.toMatch(/@(channel|here|everyone)\b/i);
    expect(allText(message)).toContain('<@U0EVE>');
  });

  it('summary: days, meetings, actions and who closed it', () => {
    const message = render(locale, {
      kind: 'summary',
      summary: {
        openedAt: new Date('2026-01-05T09:00:00Z'),
        closedAt: new Date('2026-04-05T09:00:00Z'),
        meetings: 9,
        actionItemsDone: 12,
        actionItemsTotal: 15,
      },
      closedBy: 'U0MENTOR',
    });
    const text = allText(message);
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: c.wrapUp.summaryTitle } });
    for (const figure of ['*90*', '*9*', '*12*', '*15*']) expect(text).toContain(figure);
    expect(text).toContain('<@U0MENTOR>');
  });

  it('celebration summary: the stored numbers, each member’s words made safe, and the three decision buttons with the pair id', () => {
    const message = render(locale, CASES.find(([label]) => label.startsWith('celebration'))![1], 42);
    const text = allText(message);
    for (const figure of ['*90*', '*9*', '*12*', '*15*', '*3*', '*5*', '69']) expect(text).toContain(figure);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toMatch(/(^|[^\u2060])@here/);
    expect(text).toContain(fill(c.evaluateWrapUp.summary.noReflection, { user: '<@U0MENTOR>' }));
    const buttons = actionsBlocks(message).flatMap((block) => block.elements) as Array<{ action_id?: string; value?: string }>;
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['wrap_up_continue', '42'],
      ['wrap_up_stay_in_touch', '42'],
      ['wrap_up_close', '42'],
    ]);
    const decided = render(locale, CASES.find(([label]) => label === 'summary once decided')![1]);
    expect(actionsBlocks(decided)).toHaveLength(0);
    expect(allText(decided)).toContain(fill(c.evaluateWrapUp.decision.decidedBy, { user: '<@U0MENTEE>', outcome: c.evaluateWrapUp.outcomes.continued }));
  });

  it('summary of a pair closed on the day it opened counts one day', () => {
    const at = new Date('2026-01-05T09:00:00Z');
    const text = allText(
      render(locale, {
        kind: 'summary',
        summary: { openedAt: at, closedAt: at, meetings: 0, actionItemsDone: 0, actionItemsTotal: 0 },
        closedBy: 'U0MENTOR',
      }),
    );
    expect(text).toContain('*1*');
  });
});

describe('blockKitProblems (the checker used above)', () => {
  const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

  it.each<[string, SlackMessage, RegExp]>([
    ['a section over 3000', { text: 't', blocks: [section('a'.repeat(3001))] }, /3001 chars/],
    ['an empty section', { text: 't', blocks: [section('')] }, /empty text/],
    ['a header over 150', { text: 't', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] }, /151 chars/],
    ['51 blocks', { text: 't', blocks: Array.from({ length: 51 }, () => section('x')) }, /51 blocks/],
    ['no fallback text', { text: ' ', blocks: [section('x')] }, /message text is empty/],
  ])('flags %s', (_label, message, problem) => {
    expect(blockKitProblems(message).join('\n')).toMatch(problem);
  });
});

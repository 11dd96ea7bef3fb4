import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/fill.js';
import { fr } from '../../src/content/fr.js';
import { OPEN_STAGES } from '../../src/domain/stages.js';
import type { AppHome, HomePair, OverviewPair } from '../../src/services/pairs/app-home.js';
import { ACTION_AGREEMENT_EDIT, ACTION_HOME_LOG_MEETING } from '../../src/slack/ids.js';
import { appHomeView, HOME_BLOCK_LIMIT, HOME_LISTED_PAIRS, OVERVIEW_LISTED_PAIRS } from '../../src/slack/pairs/app-home.js';
import { blockKitProblems, textsOf } from './blockkit.js';

function homePair(n: number, overrides: Partial<HomePair> = {}): HomePair {
  return {
    pairId: n,
    channelId: `C${String(n).padStart(6, '0')}`,
    role: n % 2 === 0 ? 'mentor' : 'mentee',
    otherId: `U${String(n).padStart(6, '0')}`,
    stage: OPEN_STAGES[n % 4] ?? 'prepare',
    paused: false,
    nextMeeting: { at: new Date('2026-03-12T09:00:00Z'), guessed: n % 3 === 0 },
    openItems: 5,
    listedOpenItems: ['x'.repeat(4000), 'Line one\nline two', '<!channel> come @here'],
    workingAgreement: { done: 2, total: 5 },
    agreementSigned: n % 2 === 0,
    ...overrides,
  };
}

function overviewPair(n: number, overrides: Partial<OverviewPair> = {}): OverviewPair {
  return {
    pairId: n,
    channelId: `C${String(n).padStart(6, '0')}`,
    mentorId: `UMENTOR${n}`,
    menteeId: `UMENTEE${n}`,
    stage: OPEN_STAGES[n % 4] ?? 'prepare',
    paused: n % 5 === 0,
    cadenceDays: 14,
    lastLogAt: n % 3 === 0 ? null : new Date('2026-02-01T10:00:00Z'),
    daysQuiet: n % 40,
    needsAttention: n % 40 > 28,
    deliveryProblem: null,
    ...overrides,
  };
}

const busiest: AppHome = {
  pairs: Array.from({ length: 25 }, (_, i) => homePair(i + 1, { paused: true })),
  programme: {
    pairs: Array.from({ length: 300 }, (_, i) => overviewPair(i + 1)),
    countsByStage: { prepare: 75, engage: 75, nurture: 75, evaluate: 75 },
    needingAttention: 80,
  },
};

/** Home views allow 100 blocks where messages allow 50; every other Block Kit rule is the same. */
const problems = (view: ReturnType<typeof appHomeView>) =>
  blockKitProblems({ text: 'home', blocks: view.blocks }, 'home');

describe('appHomeView', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('stays within Slack limits for the busiest reader (%s), saying how many pairs are not listed', (_locale, c) => {
    const view = appHomeView(c, busiest);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
    expect(problems(view)).toEqual([]);
    const text = textsOf({ text: '', blocks: view.blocks }).join('\n');
    expect(text).toContain(fill(c.home.morePairs, { count: 25 - HOME_LISTED_PAIRS }));
    expect(text).toContain(fill(c.home.admin.more, { count: 300 - OVERVIEW_LISTED_PAIRS }));
    expect(text.match(/<#C\d{6}> · /g)).toHaveLength(OVERVIEW_LISTED_PAIRS);
  });

  it('shows people’s items shortened to one line, and never lets them notify a crowd', () => {
    const text = textsOf({ text: '', blocks: appHomeView(en, { pairs: [homePair(2)], programme: null }).blocks }).join('\n');
    expect(text).toContain(`•  ${'x'.repeat(149)}…\n•  Line one…\n•  @\u2060channel come @\u2060here`);
    expect(text).not.toContain('x'.repeat(150));
    expect(text).toContain(fill(en.status.more, { count: 2 }));
  });

  it('gives each pair buttons naming its channel: log a meeting, and fill in or edit the agreement', () => {
    const view = appHomeView(en, { pairs: [homePair(1), homePair(2)], programme: null });
    const buttons = view.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    expect(buttons.map((b) => (b.type === 'button' ? [b.action_id, b.value, b.text.text] : []))).toEqual([
      [ACTION_HOME_LOG_MEETING, 'C000001', en.home.logMeetingButton],
      [ACTION_AGREEMENT_EDIT, 'C000001', en.home.fillAgreementButton],
      [ACTION_HOME_LOG_MEETING, 'C000002', en.home.logMeetingButton],
      [ACTION_AGREEMENT_EDIT, 'C000002', en.agreement.editButton],
    ]);
  });

  it.each<[string, Partial<OverviewPair>, string]>([
    ['a log today', { lastLogAt: new Date(), daysQuiet: 0 }, en.home.admin.lastLogToday],
    ['a log yesterday', { lastLogAt: new Date(), daysQuiet: 1 }, fill(en.home.admin.lastLog, { days: en.home.admin.dayOne })],
    ['a log 12 days ago', { lastLogAt: new Date(), daysQuiet: 12 }, fill(en.home.admin.lastLog, { days: '12 days' })],
    ['no log, opened today', { lastLogAt: null, daysQuiet: 0 }, en.home.admin.noLogToday],
    ['no log, opened 5 days ago', { lastLogAt: null, daysQuiet: 5 }, fill(en.home.admin.noLog, { days: '5 days' })],
  ])('tells admins how long a pair has been quiet: %s', (_name, overrides, expected) => {
    const pair = overviewPair(1, { paused: false, needsAttention: false, ...overrides });
    const view = appHomeView(en, {
      pairs: [],
      programme: { pairs: [pair], countsByStage: { prepare: 0, engage: 1, nurture: 0, evaluate: 0 }, needingAttention: 0 },
    });
    const line = textsOf({ text: '', blocks: view.blocks }).find((text) => text.startsWith('<#C000001>'));
    expect(line).toBe(`<#C000001> · <@UMENTOR1> mentoring <@UMENTEE1> · ${en.stageNames.engage} · ${expected}`);
  });

  it('tells admins when there is no active pair yet', () => {
    const view = appHomeView(en, { pairs: [], programme: { pairs: [], countsByStage: { prepare: 0, engage: 0, nurture: 0, evaluate: 0 }, needingAttention: 0 } });
    const text = textsOf({ text: '', blocks: view.blocks }).join('\n');
    expect(text).toContain(en.home.empty);
    expect(text).toContain(en.home.admin.none);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogs, fill } from '../../src/content/index.js';
import { type WrapUpRecord, wrapUpJson, wrapUpMarkdown } from '../../src/domain/pairs/export-reflections.js';
import { LOCALES } from '../../src/domain/locale.js';
import type { ClosedPairsOverview } from '../../src/services/admin/closed-pairs.js';
import { closedPairsBlocks } from '../../src/slack/admin/app-home-closed.js';
import { blockKitProblems, textsOf } from './blockkit.js';

const mentor = { id: 'U0MENTOR', name: 'marco' };
const mentee = { id: 'U0MENTEE', name: 'lea' };

const WRAP_UP: WrapUpRecord = {
  startedAt: new Date('2031-03-01T10:00:00Z'),
  lastMeetingAt: new Date('2031-03-20T23:30:00Z'),
  reflections: [
    {
      member: mentee,
      role: 'mentee',
      learned: 'To ask.\n\n\n\nAnd to listen.',
      goal: { attainment: 'partly', comment: 'Nearly\nthere' },
      steps: [{ position: 1, text: 'Pick the role', attainment: 'met', comment: null }],
      expectations: { attainment: 'met', comment: null },
      highlight: 'The mock interview',
      next: 'continue',
      thanks: null,
      updatedAt: new Date('2031-03-02T10:00:00Z'),
    },
  ],
  outcome: { value: 'continued', at: new Date('2031-03-21T10:00:00Z'), by: mentor },
};

describe('the wrap-ups in the export', () => {
  it.each(LOCALES)('Markdown in %s: each reflection, its ratings and words, then the outcome, days in the requester’s zone', (locale) => {
    const t = catalogs[locale].evaluateWrapUp.export;
    const md = wrapUpMarkdown([WRAP_UP], t, 'Europe/Paris').join('\n');
    expect(md).toContain(`## ${t.reflectionsHeading}`);
    expect(md).toContain(`### ${fill(t.reflectionOf, { user: 'lea' })}`);
    // 23:30 UTC on the 20th is the 21st in Paris.
    expect(md).toContain(`**${t.lastMeeting}:** 2031-03-21`);
    expect(md).toContain(`${t.attainments.partly} — Nearly there`);
    expect(md).toContain(`(Pick the role): ${t.attainments.met}`);
    expect(md).toContain('To ask.\n\nAnd to listen.');
    expect(md).not.toContain(`**${t.thanks}**`);
    expect(md).toContain(`- ${fill(t.outcomeLine, { outcome: t.outcomes.continued, date: '2031-03-21', user: 'marco' })}`);
  });

  it('Markdown without wrap-ups says so', () => {
    const t = catalogs.en.evaluateWrapUp.export;
    const md = wrapUpMarkdown([], t, 'UTC').join('\n');
    expect(md).toContain(t.noReflections);
    expect(md).toContain(t.noOutcome);
  });

  it('JSON: instants as ISO strings, everything else as stored', () => {
    expect(wrapUpJson([WRAP_UP])).toEqual([
      {
        startedAt: '2031-03-01T10:00:00.000Z',
        lastMeetingAt: '2031-03-20T23:30:00.000Z',
        reflections: [{ ...WRAP_UP.reflections[0], updatedAt: '2031-03-02T10:00:00.000Z' }],
        outcome: { value: 'continued', at: '2031-03-21T10:00:00.000Z', by: mentor },
      },
    ]);
  });
});

describe('closed pairs on the admins’ Home', () => {
  const overview = (pairs: number, total = pairs, erasesAt: Date | null = null): ClosedPairsOverview => ({
    outcomes: { continued: 2, stay_in_touch: 5, closed: 3 },
    attainment: 0.6875,
    closedPairs: Array.from({ length: pairs }, (_, i) => ({
      pairId: i + 1,
      channelId: `C0CLOSED${i}`,
      mentorId: 'U0MENTOR',
      menteeId: `U0MENTEE${i}`,
      openedAt: new Date('2031-01-05T10:00:00Z'),
      closedAt: new Date('2031-04-05T10:00:00Z'),
      outcome: i % 2 === 0 ? ('stay_in_touch' as const) : ('closed' as const),
      erasesAt,
    })),
    closedTotal: total,
  });

  it.each(LOCALES)('%s: counts, the average as a percentage, one line per pair with Slack date tokens, the rest counted', (locale) => {
    const c = catalogs[locale];
    const blocks = closedPairsBlocks(c, overview(20, 23));
    expect(blockKitProblems({ text: 't', blocks })).toEqual([]);
    const text = textsOf({ text: '', blocks }).join('\n');
    expect(text).toContain(fill(c.evaluateWrapUp.admin.outcomeCounts, { continued: 2, stayInTouch: 5, closed: 3 }));
    expect(text).toContain(fill(c.evaluateWrapUp.admin.attainment, { percent: 69 }));
    // Each line starts with the pair's number, the one /mentor erase takes.
    const lines = text.split('\n').filter((line) => line.includes('<#C0CLOSED'));
    expect(lines).toHaveLength(20);
    const day = (iso: string) => `<!date^${Date.parse(iso) / 1000}^{date_short}|${iso.slice(0, 10)}>`;
    expect(lines[6]).toBe(
      fill(c.evaluateWrapUp.admin.closedPair, {
        pair: 7,
        channel: '<#C0CLOSED6>',
        mentor: '<@U0MENTOR>',
        mentee: '<@U0MENTEE6>',
        opened: day('2031-01-05T10:00:00Z'),
        closed: day('2031-04-05T10:00:00Z'),
        outcome: c.evaluateWrapUp.outcomes.stay_in_touch,
      }),
    );
    expect(text).toContain(`<!date^${Date.UTC(2031, 3, 5, 10) / 1000}^{date_short}|2031-04-05>`);
    expect(text).toContain(fill(c.evaluateWrapUp.admin.more, { count: 3 }));
  });

  it.each(LOCALES)('%s: with RETENTION_DAYS set, each line ends with the day the pair will be erased, as a Slack date token', (locale) => {
    const c = catalogs[locale];
    const blocks = closedPairsBlocks(c, overview(20, 20, new Date('2031-07-04T10:00:00Z')));
    expect(blockKitProblems({ text: 't', blocks })).toEqual([]);
    const lines = textsOf({ text: '', blocks })
      .join('\n')
      .split('\n')
      .filter((line) => line.includes('<#C0CLOSED'));
    expect(lines).toHaveLength(20);
    const erases = fill(c.erase.erasesOn, { date: `<!date^${Date.UTC(2031, 6, 4, 10) / 1000}^{date_short}|2031-07-04>` });
    for (const line of lines) expect(line.endsWith(` · ${erases}`)).toBe(true);
  });

  it('without RETENTION_DAYS no line speaks of erasing', () => {
    const c = catalogs.en;
    const text = textsOf({ text: '', blocks: closedPairsBlocks(c, overview(3)) }).join('\n');
    expect(text).not.toContain(c.erase.erasesOn.replace('{date}', ''));
  });

  it('no closed pair and no rating yet', () => {
    const c = catalogs.en;
    const text = textsOf({ text: '', blocks: closedPairsBlocks(c, { ...overview(0), attainment: null }) }).join('\n');
    expect(text).toContain(c.evaluateWrapUp.admin.none);
    expect(text).toContain(c.evaluateWrapUp.admin.noAttainment);
  });
});

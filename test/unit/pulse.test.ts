import { describe, expect, it } from 'vitest';
import { CoachError } from '../../src/domain/errors.js';
import { parseCheckinScore, parseComment, parseFitAnswer, parseSessionRating } from '../../src/domain/pulse/answers.js';
import { checkinDue, nextWorkingDay, planPulse, type PulseFacts } from '../../src/domain/pulse/pulse-plan.js';
import { ratingTrend, summarisePulse } from '../../src/domain/pulse/pulse-summary.js';

const facts = (over: Partial<PulseFacts> = {}): PulseFacts => ({
  pairId: 7,
  stage: 'nurture',
  mentorId: 'UMENTOR',
  menteeId: 'UMENTEE',
  // Monday 3 March 2031.
  openedAt: new Date('2031-03-03T10:00:00Z'),
  stageSince: new Date('2031-03-05T12:00:00Z'),
  firstLogAt: null,
  agreement: null,
  zones: { mentor: 'UTC', mentee: 'UTC' },
  ...over,
});

describe('nextWorkingDay', () => {
  it.each([
    ['a Monday log asks on Tuesday at 09:00', '2031-03-03T15:00:00Z', 'UTC', '2031-03-04T09:00:00.000Z'],
    ['a Friday log asks on Monday', '2031-03-07T15:00:00Z', 'UTC', '2031-03-10T09:00:00.000Z'],
    ['a Saturday log asks on Monday', '2031-03-08T11:00:00Z', 'UTC', '2031-03-10T09:00:00.000Z'],
    ['in the member’s own zone (already Tuesday in Tokyo)', '2031-03-03T15:00:00Z', 'Asia/Tokyo', '2031-03-05T00:00:00.000Z'],
  ])('%s', (_name, at, zone, expected) => {
    expect(nextWorkingDay(new Date(at), zone).toISOString()).toBe(expected);
  });
});

describe('checkinDue', () => {
  it.each([
    ['the agreement’s midpoint, at 10:00', { startsOn: '2031-03-03', endsOn: '2031-09-03' }, '2031-06-03T10:00:00.000Z'],
    ['a midpoint on a Sunday moves to Monday 09:00', { startsOn: '2031-03-01', endsOn: '2031-03-31' }, '2031-03-17T09:00:00.000Z'],
    ['eight weeks after opening without an agreement', null, '2031-04-28T10:00:00.000Z'],
  ])('%s', (_name, agreement, expected) => {
    expect(checkinDue(facts({ agreement }), 'UTC').toISOString()).toBe(expected);
  });
});

describe('planPulse', () => {
  const kinds = (f: PulseFacts) => planPulse(f).map((job) => job.dedupeKey);
  it.each([
    ['before any log: the check-ins and the stage’s tip', facts(), ['pulse_checkin:7:UMENTOR', 'pulse_checkin:7:UMENTEE', 'mentor_tip:7:nurture']],
    [
      'after the first log: the fit check for each member too',
      facts({ firstLogAt: new Date('2031-03-05T10:00:00Z') }),
      ['fit_check:7:UMENTOR', 'fit_check:7:UMENTEE', 'pulse_checkin:7:UMENTOR', 'pulse_checkin:7:UMENTEE', 'mentor_tip:7:nurture'],
    ],
    ['a closed pair: nothing', facts({ stage: 'closed', firstLogAt: new Date() }), []],
    ['each stage has its own tip', facts({ stage: 'evaluate' }), ['pulse_checkin:7:UMENTOR', 'pulse_checkin:7:UMENTEE', 'mentor_tip:7:evaluate']],
  ])('%s', (_name, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('sends the tip to the mentor only, at a working hour after the stage began', () => {
    const tip = planPulse(facts({ stageSince: new Date('2031-03-08T12:00:00Z') })).find((job) => job.kind === 'mentor_tip');
    expect(tip?.payload).toEqual({ userId: 'UMENTOR', stage: 'nurture' });
    expect(tip?.runAt.toISOString()).toBe('2031-03-10T09:00:00.000Z');
  });

  it('plans the same keys and times when planned again', () => {
    const f = facts({ firstLogAt: new Date('2031-03-05T10:00:00Z') });
    expect(planPulse(f)).toEqual(planPulse(f));
  });
});

describe('parsers refuse what the forms never send', () => {
  it.each([
    ['fit', () => parseFitAnswer('maybe')],
    ['fit null', () => parseFitAnswer(null)],
    ['rating 0', () => parseSessionRating('0')],
    ['rating 5', () => parseSessionRating('5')],
    ['rating 1.0', () => parseSessionRating('1.0')],
    ['score 6', () => parseCheckinScore('6')],
    ['score empty', () => parseCheckinScore('')],
    ['comment too long', () => parseComment('x'.repeat(3001))],
  ])('%s', (_name, parse) => {
    expect(parse).toThrow(CoachError);
  });

  it('reads what they send', () => {
    expect(parseFitAnswer('not_a_fit')).toBe('not_a_fit');
    expect(parseSessionRating('4')).toBe(4);
    expect(parseCheckinScore('1')).toBe(1);
    expect(parseComment('  ')).toBeNull();
    expect(parseComment(' fine ')).toBe('fine');
  });
});

describe('summarisePulse', () => {
  const now = new Date('2031-06-01T00:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  it('averages, counts and lists the pairs under a threshold, by number only', () => {
    const overview = summarisePulse(
      {
        ratings: [
          { pairId: 1, rating: 4, ratedAt: daysAgo(1) },
          { pairId: 2, rating: 2, ratedAt: daysAgo(1) },
          { pairId: 2, rating: 2, ratedAt: daysAgo(2) },
        ],
        checkins: [{ pairId: 3, progress: 4, relationship: 2 }],
        fits: [
          { pairId: 1, answer: 'great' },
          { pairId: 4, answer: 'not_a_fit' },
        ],
      },
      now,
    );
    expect(overview.sessions).toEqual({ count: 3, average: 8 / 3, trend: null });
    expect(overview.checkins).toEqual({ count: 1, progress: 4, relationship: 2 });
    expect(overview.fit).toEqual({ great: 1, fine: 0, unsure: 0, not_a_fit: 1 });
    expect(overview.below.map((pair) => pair.pairId)).toEqual([2, 3, 4]);
  });

  it.each([
    ['up', [1, 1], [3, 4], 'up'],
    ['down', [4, 4], [2, 3], 'down'],
    ['steady', [3, 3], [3, 3], 'steady'],
    ['no earlier ratings', [], [3], null],
  ] as const)('trend %s', (_name, before, recent, expected) => {
    const ratings = [
      ...before.map((rating) => ({ pairId: 1, rating, ratedAt: daysAgo(45) })),
      ...recent.map((rating) => ({ pairId: 1, rating, ratedAt: daysAgo(5) })),
    ];
    expect(ratingTrend(ratings, now)).toBe(expected);
  });
});

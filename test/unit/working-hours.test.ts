import { describe, expect, it } from 'vitest';
import { isWorkingTime, nextWorkingTime } from '../../src/domain/scheduling/working-hours.js';

// Every expectation below is a literal instant worked out by hand from the zone's offset on that
// date (2026: Wed 14 Jan, Wed 10 Jun; EU DST 29 Mar / 25 Oct, US DST 8 Mar / 1 Nov, Adelaide 5 Apr).

const PARIS = 'Europe/Paris'; // +01:00 winter, +02:00 summer
const NEW_YORK = 'America/New_York'; // -05:00 winter, -04:00 summer
const KOLKATA = 'Asia/Kolkata'; // +05:30
const ADELAIDE = 'Australia/Adelaide'; // +10:30 southern summer, +09:30 southern winter
const KATHMANDU = 'Asia/Kathmandu'; // +05:45
const AUCKLAND = 'Pacific/Auckland'; // +13:00 southern summer, +12:00 southern winter
const LONDON = 'Europe/London'; // +00:00 winter, +01:00 summer
const LOS_ANGELES = 'America/Los_Angeles'; // -08:00 winter, -07:00 summer

describe('isWorkingTime', () => {
  // [zone, UTC instant, local reading, expected]
  const TABLE: Array<[string, string, string, boolean]> = [
    [PARIS, '2026-01-14T07:59:00.000Z', 'Wed 08:59', false],
    [PARIS, '2026-01-14T08:00:00.000Z', 'Wed 09:00', true],
    [PARIS, '2026-01-14T15:59:00.000Z', 'Wed 16:59', true],
    [PARIS, '2026-01-14T16:00:00.000Z', 'Wed 17:00', false],
    [PARIS, '2026-01-16T15:59:59.999Z', 'Fri 16:59:59.999', true],
    [PARIS, '2026-01-17T11:00:00.000Z', 'Sat 12:00', false],
    [PARIS, '2026-01-18T11:00:00.000Z', 'Sun 12:00', false],
    [PARIS, '2026-06-10T06:59:00.000Z', 'Wed 08:59 (summer)', false],
    [PARIS, '2026-06-10T07:00:00.000Z', 'Wed 09:00 (summer)', true],
    [PARIS, '2026-06-10T14:59:00.000Z', 'Wed 16:59 (summer)', true],
    [PARIS, '2026-06-10T15:00:00.000Z', 'Wed 17:00 (summer)', false],

    [NEW_YORK, '2026-01-14T13:59:00.000Z', 'Wed 08:59', false],
    [NEW_YORK, '2026-01-14T14:00:00.000Z', 'Wed 09:00', true],
    [NEW_YORK, '2026-01-14T21:59:00.000Z', 'Wed 16:59', true],
    [NEW_YORK, '2026-01-14T22:00:00.000Z', 'Wed 17:00', false],
    [NEW_YORK, '2026-01-17T17:00:00.000Z', 'Sat 12:00', false],
    [NEW_YORK, '2026-01-18T17:00:00.000Z', 'Sun 12:00', false],
    [NEW_YORK, '2026-01-17T02:00:00.000Z', 'Fri 21:00 (Saturday in UTC)', false],
    [NEW_YORK, '2026-06-10T12:59:00.000Z', 'Wed 08:59 (summer)', false],
    [NEW_YORK, '2026-06-10T13:00:00.000Z', 'Wed 09:00 (summer)', true],
    [NEW_YORK, '2026-06-10T20:59:00.000Z', 'Wed 16:59 (summer)', true],
    [NEW_YORK, '2026-06-10T21:00:00.000Z', 'Wed 17:00 (summer)', false],

    [KOLKATA, '2026-01-14T03:29:00.000Z', 'Wed 08:59', false],
    [KOLKATA, '2026-01-14T03:30:00.000Z', 'Wed 09:00', true],
    [KOLKATA, '2026-01-14T11:29:00.000Z', 'Wed 16:59', true],
    [KOLKATA, '2026-01-14T11:30:00.000Z', 'Wed 17:00', false],
    [KOLKATA, '2026-01-17T06:30:00.000Z', 'Sat 12:00', false],
    [KOLKATA, '2026-01-18T06:30:00.000Z', 'Sun 12:00', false],

    [ADELAIDE, '2026-01-13T22:29:00.000Z', 'Wed 08:59 (Tuesday in UTC)', false],
    [ADELAIDE, '2026-01-13T22:30:00.000Z', 'Wed 09:00 (Tuesday in UTC)', true],
    [ADELAIDE, '2026-01-14T06:29:00.000Z', 'Wed 16:59', true],
    [ADELAIDE, '2026-01-14T06:30:00.000Z', 'Wed 17:00', false],
    [ADELAIDE, '2026-01-17T01:30:00.000Z', 'Sat 12:00', false],
    [ADELAIDE, '2026-01-18T01:30:00.000Z', 'Sun 12:00', false],
    [ADELAIDE, '2026-01-18T22:30:00.000Z', 'Mon 09:00 (Sunday in UTC)', true],
    [ADELAIDE, '2026-06-09T23:29:00.000Z', 'Wed 08:59 (winter)', false],
    [ADELAIDE, '2026-06-09T23:30:00.000Z', 'Wed 09:00 (winter)', true],
    [ADELAIDE, '2026-06-10T07:29:00.000Z', 'Wed 16:59 (winter)', true],
    [ADELAIDE, '2026-06-10T07:30:00.000Z', 'Wed 17:00 (winter)', false],

    [KATHMANDU, '2026-01-14T03:14:00.000Z', 'Wed 08:59', false],
    [KATHMANDU, '2026-01-14T03:15:00.000Z', 'Wed 09:00', true],
    [KATHMANDU, '2026-01-14T11:14:00.000Z', 'Wed 16:59', true],
    [KATHMANDU, '2026-01-14T11:15:00.000Z', 'Wed 17:00', false],
    [KATHMANDU, '2026-01-17T06:15:00.000Z', 'Sat 12:00', false],
    [KATHMANDU, '2026-01-18T06:15:00.000Z', 'Sun 12:00', false],
  ];

  it.each(TABLE)('%s at %s (%s local) → %s', (zone, iso, _local, expected) => {
    expect(isWorkingTime(new Date(iso), zone)).toBe(expected);
  });
});

describe('nextWorkingTime, one zone', () => {
  // [zone, from, why, expected]
  const TABLE: Array<[string, string, string, string]> = [
    // Already a working time: `from` itself, to the millisecond.
    [PARIS, '2026-01-14T10:07:33.123Z', 'Wed 11:07:33.123, inside hours', '2026-01-14T10:07:33.123Z'],
    [PARIS, '2026-01-14T08:00:00.000Z', 'Wed 09:00 sharp', '2026-01-14T08:00:00.000Z'],
    [NEW_YORK, '2026-06-10T20:59:59.999Z', 'Wed 16:59:59.999 (summer)', '2026-06-10T20:59:59.999Z'],
    // Before hours on a weekday: 09:00 the same day, even from an instant off the quarter-hour grid.
    [PARIS, '2026-01-14T05:10:00.000Z', 'Wed 06:10', '2026-01-14T08:00:00.000Z'],
    [PARIS, '2026-01-14T07:52:17.456Z', 'Wed 08:52:17.456', '2026-01-14T08:00:00.000Z'],
    // After hours: 09:00 the next working day.
    [PARIS, '2026-01-14T16:00:00.000Z', 'Wed 17:00', '2026-01-15T08:00:00.000Z'],
    [PARIS, '2026-01-16T16:30:00.000Z', 'Fri 17:30', '2026-01-19T08:00:00.000Z'],
    [NEW_YORK, '2026-01-16T22:30:00.000Z', 'Fri 17:30', '2026-01-19T14:00:00.000Z'],
    [KOLKATA, '2026-01-16T12:00:00.000Z', 'Fri 17:30', '2026-01-19T03:30:00.000Z'],
    [ADELAIDE, '2026-01-16T07:00:00.000Z', 'Fri 17:30, Monday 09:00 is still Sunday in UTC', '2026-01-18T22:30:00.000Z'],
    [KATHMANDU, '2026-01-16T11:45:00.000Z', 'Fri 17:30', '2026-01-19T03:15:00.000Z'],
    // Weekend: Monday 09:00.
    [PARIS, '2026-01-17T10:00:00.000Z', 'Sat 11:00', '2026-01-19T08:00:00.000Z'],
    [PARIS, '2026-01-18T22:59:59.999Z', 'Sun 23:59:59.999', '2026-01-19T08:00:00.000Z'],
    [NEW_YORK, '2026-01-17T02:00:00.000Z', 'Fri 21:00, Saturday in UTC', '2026-01-19T14:00:00.000Z'],
    [KOLKATA, '2026-01-17T06:30:00.000Z', 'Sat 12:00', '2026-01-19T03:30:00.000Z'],
    [ADELAIDE, '2026-01-17T01:30:00.000Z', 'Sat 12:00', '2026-01-18T22:30:00.000Z'],
    // Kathmandu's +05:45: the answer is exactly 09:00 local, i.e. hh:15 in UTC.
    [KATHMANDU, '2026-01-17T06:15:00.000Z', 'Sat 12:00', '2026-01-19T03:15:00.000Z'],
    [KATHMANDU, '2026-01-14T02:15:00.000Z', 'Wed 08:00', '2026-01-14T03:15:00.000Z'],
    [KATHMANDU, '2026-01-14T03:07:00.000Z', 'Wed 08:52', '2026-01-14T03:15:00.000Z'],
  ];

  it.each(TABLE)('%s from %s (%s) → %s', (zone, from, _why, expected) => {
    const next = nextWorkingTime(new Date(from), [zone]);
    expect(next.toISOString()).toBe(expected);
    expect(isWorkingTime(next, zone)).toBe(true);
  });

  it('lands exactly on 09:00:00.000 local in Kathmandu (+05:45)', () => {
    const next = nextWorkingTime(new Date('2026-01-16T11:45:00.000Z'), [KATHMANDU]);
    expect(next.toISOString()).toBe('2026-01-19T03:15:00.000Z');
    expect(isWorkingTime(new Date(next.getTime() - 1), KATHMANDU)).toBe(false);
  });
});

describe('nextWorkingTime across a DST change: 09:00 local on the Monday, a different UTC hour', () => {
  // [zone, from, why, expected]
  const TABLE: Array<[string, string, string, string]> = [
    // Europe/Paris springs forward on Sunday 29 March 2026 (CET +01:00 → CEST +02:00).
    [PARIS, '2026-03-20T16:30:00.000Z', 'Fri 17:30 CET, week before', '2026-03-23T08:00:00.000Z'],
    [PARIS, '2026-03-27T16:30:00.000Z', 'Fri 17:30 CET, Monday is CEST', '2026-03-30T07:00:00.000Z'],
    [PARIS, '2026-03-28T11:00:00.000Z', 'Sat 12:00 CET', '2026-03-30T07:00:00.000Z'],
    [PARIS, '2026-03-29T00:30:00.000Z', 'Sun 01:30 CET, half an hour before the jump', '2026-03-30T07:00:00.000Z'],
    // Europe/Paris falls back on Sunday 25 October 2026 (CEST → CET).
    [PARIS, '2026-10-16T15:30:00.000Z', 'Fri 17:30 CEST, week before', '2026-10-19T07:00:00.000Z'],
    [PARIS, '2026-10-23T15:30:00.000Z', 'Fri 17:30 CEST, Monday is CET', '2026-10-26T08:00:00.000Z'],
    [PARIS, '2026-10-25T00:30:00.000Z', 'Sun 02:30 CEST, before the repeated hour', '2026-10-26T08:00:00.000Z'],
    // America/New_York springs forward on Sunday 8 March 2026 (EST -05:00 → EDT -04:00).
    [NEW_YORK, '2026-02-27T22:30:00.000Z', 'Fri 17:30 EST, week before', '2026-03-02T14:00:00.000Z'],
    [NEW_YORK, '2026-03-06T22:30:00.000Z', 'Fri 17:30 EST, Monday is EDT', '2026-03-09T13:00:00.000Z'],
    [NEW_YORK, '2026-03-07T17:00:00.000Z', 'Sat 12:00 EST', '2026-03-09T13:00:00.000Z'],
    // America/New_York falls back on Sunday 1 November 2026 (EDT → EST).
    [NEW_YORK, '2026-10-23T21:30:00.000Z', 'Fri 17:30 EDT, week before', '2026-10-26T13:00:00.000Z'],
    [NEW_YORK, '2026-10-30T21:30:00.000Z', 'Fri 17:30 EDT, Monday is EST', '2026-11-02T14:00:00.000Z'],
    [NEW_YORK, '2026-10-31T16:00:00.000Z', 'Sat 12:00 EDT', '2026-11-02T14:00:00.000Z'],
    // Australia/Adelaide leaves daylight time on Sunday 5 April 2026 (+10:30 → +09:30).
    [ADELAIDE, '2026-04-03T07:00:00.000Z', 'Fri 17:30 ACDT, Monday is ACST', '2026-04-05T23:30:00.000Z'],
  ];

  it.each(TABLE)('%s from %s (%s) → %s', (zone, from, _why, expected) => {
    expect(nextWorkingTime(new Date(from), [zone]).toISOString()).toBe(expected);
  });
});

describe('nextWorkingTime, several zones', () => {
  // [zones, from, why, expected]
  const TABLE: Array<[string[], string, string, string]> = [
    // January: Paris 08:00–16:00Z, New York 14:00–22:00Z → overlap 14:00–16:00Z (Paris 15–17, NY 09–11).
    [[PARIS, NEW_YORK], '2026-01-14T08:00:00.000Z', 'Paris 09:00, NY 03:00', '2026-01-14T14:00:00.000Z'],
    [[NEW_YORK, PARIS], '2026-01-14T08:00:00.000Z', 'same, zones swapped', '2026-01-14T14:00:00.000Z'],
    [[PARIS, NEW_YORK], '2026-01-14T15:30:00.000Z', 'inside the overlap', '2026-01-14T15:30:00.000Z'],
    [[PARIS, NEW_YORK], '2026-01-14T16:00:00.000Z', 'Paris 17:00, NY 11:00: overlap over', '2026-01-15T14:00:00.000Z'],
    [[NEW_YORK, PARIS], '2026-01-14T18:00:00.000Z', 'NY 13:00 works for NY alone, not Paris', '2026-01-15T14:00:00.000Z'],
    [[PARIS, NEW_YORK], '2026-01-16T16:00:00.000Z', 'Friday after the overlap', '2026-01-19T14:00:00.000Z'],
    // June: Paris 07:00–15:00Z, New York 13:00–21:00Z → overlap 13:00–15:00Z, still Paris 15–17.
    [[PARIS, NEW_YORK], '2026-06-10T07:00:00.000Z', 'summer, Paris 09:00', '2026-06-10T13:00:00.000Z'],
    // 8–29 March: New York already on EDT, Paris still on CET → overlap 13:00–16:00Z (Paris 14–17).
    [[PARIS, NEW_YORK], '2026-03-18T08:00:00.000Z', 'between the two DST changes', '2026-03-18T13:00:00.000Z'],
    // Auckland and Los Angeles do meet: Auckland Tue–Fri 09:00–14:00 NZDT = LA Mon–Thu 12:00–17:00 PST.
    [[AUCKLAND, LOS_ANGELES], '2026-01-14T12:00:00.000Z', 'Auckland Thu 01:00, LA Wed 04:00', '2026-01-14T20:00:00.000Z'],
    [[AUCKLAND, LOS_ANGELES], '2026-01-16T01:00:00.000Z', 'Auckland Fri 14:00, LA Thu 17:00', '2026-01-19T20:00:00.000Z'],
    [[LOS_ANGELES, AUCKLAND], '2026-01-16T01:00:00.000Z', 'same, zones swapped', '2026-01-19T20:00:00.000Z'],
    // June: Auckland NZST +12, LA PDT -07 → overlap 21:00–00:00Z (Auckland 09–12, LA 14–17 the day before).
    [[AUCKLAND, LOS_ANGELES], '2026-06-10T12:00:00.000Z', 'Auckland Thu 00:00, LA Wed 05:00', '2026-06-10T21:00:00.000Z'],
    // Auckland and London never meet (12–13 h apart): the first zone's next working time.
    [[AUCKLAND, LONDON], '2026-01-14T12:00:00.000Z', 'Auckland Thu 01:00, London Wed 12:00', '2026-01-14T20:00:00.000Z'],
    [[LONDON, AUCKLAND], '2026-01-14T12:00:00.000Z', 'same, London first', '2026-01-14T12:00:00.000Z'],
    [[AUCKLAND, LONDON], '2026-06-10T12:00:00.000Z', 'June: Auckland Thu 00:00 NZST', '2026-06-10T21:00:00.000Z'],
    [[LONDON, AUCKLAND], '2026-06-10T18:00:00.000Z', 'June: London Wed 19:00 BST', '2026-06-11T08:00:00.000Z'],
  ];

  it.each(TABLE)('%j from %s (%s) → %s', (zones, from, _why, expected) => {
    expect(nextWorkingTime(new Date(from), zones).toISOString()).toBe(expected);
  });

  // The fall-back rows above rely on there being no common hour at all: check the week around each date.
  it.each([
    [AUCKLAND, LONDON, '2026-01-12T00:00:00.000Z', false],
    [AUCKLAND, LONDON, '2026-06-08T00:00:00.000Z', false],
    [AUCKLAND, LOS_ANGELES, '2026-01-12T00:00:00.000Z', true],
    [AUCKLAND, LOS_ANGELES, '2026-06-08T00:00:00.000Z', true],
    [PARIS, NEW_YORK, '2026-01-12T00:00:00.000Z', true],
  ])('%s and %s share a working quarter-hour in the week from %s: %s', (a, b, weekStart, expected) => {
    const start = new Date(weekStart).getTime();
    let shared = false;
    for (let at = start; at < start + 7 * 86_400_000; at += 15 * 60_000) {
      if (isWorkingTime(new Date(at), a) && isWorkingTime(new Date(at), b)) shared = true;
    }
    expect(shared).toBe(expected);
  });

  it('with no zone at all throws a RangeError', () => {
    expect(() => nextWorkingTime(new Date('2026-01-14T10:00:00.000Z'), [])).toThrow(RangeError);
  });
});

/**
 * "Private" for programme admins who are members of a pair, and for admins from ADMIN_USERGROUP
 * (issue 17 points 5–6). Ada (ADMIN_USER_IDS) mentors pair A; pair B is someone else's. Both pairs rate
 * their sessions and answer the fit check, each mentee "not a good fit". Grace and Rex are programme
 * admins through the user group; Rex leaves the group after the alerts are queued and before they are
 * sent. Ada must learn nothing of her mentee's answers on any surface (Home, report CSV, chart, alerts),
 * while Grace sees pair A in full and Ada sees pair B in full.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { FIT_ALERT_JOB } from '../../src/domain/pulse/pulse-plan.js';
import { CSV_COLUMNS } from '../../src/domain/programme/report.js';
import { ACTION_SESSION_RATE_PREFIX } from '../../src/slack/ids.js';
import type { OpenedPair, Person } from '../support/e2e.js';
import { openHome, type PublishedHome } from '../support/home.js';
import { decodePng } from '../support/png.js';
import { clickInDm, directMessages, submitFit } from '../support/pulse.js';
import { MENTEE_TZ, MENTOR_TZ } from '../support/scheduler.js';
import { useScenario } from '../support/use-scenario.js';

const DAY_MS = 24 * 3600_000;
// Monday 3 March 2031, 10:00 UTC.
const START = new Date('2031-03-03T10:00:00Z');
const GROUP = { id: 'S0PROGTEAM', handle: 'programme-team', name: 'Programme team' };
// Plain letters and digits: no escaping can hide them from the search.
const A_COMMENT = 'QZXADAMENTEECOMMENT3141';
const B_COMMENT = 'QZXBMENTEECOMMENT2718';

const { s, clock } = useScenario({ start: START, pulse: true, adminUserGroup: GROUP.handle });

let a: OpenedPair;
let b: OpenedPair;
let grace: Person;
let rex: Person;

/** Logs a meeting, lets the scheduler ask for ratings, and has each member rate it. */
async function rate(pair: OpenedPair, mentorRating: number, menteeRating: number): Promise<void> {
  await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
  const log = await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
  await s.harness.tick(clock.now());
  await clickInDm(s, pair.mentor, `${ACTION_SESSION_RATE_PREFIX}${mentorRating}`, log.id);
  await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}${menteeRating}`, log.id);
}

beforeAll(async () => {
  grace = s.person('grace');
  rex = s.person('rex');
  s.standIn.addUserGroup({ ...GROUP, users: [grace.id, rex.id] });
  a = await s.pairAt('nurture', { mentor: s.admin, mentee: s.person('mentee', { tz: MENTEE_TZ }) });
  b = await s.pairAt('nurture', { mentor: s.person('mentor', { tz: MENTOR_TZ }), mentee: s.person('mentee', { tz: MENTEE_TZ }) });
  await rate(a, 1, 1);
  await rate(b, 4, 3);
  clock.set(new Date(START.getTime() + DAY_MS));
  for (const [pair, comment] of [
    [a, A_COMMENT],
    [b, B_COMMENT],
  ] as const) {
    expect((await submitFit(s, pair.mentee, pair, 'not_a_fit', `${comment} it is not working`)).status).toBe(200);
  }
  expect((await submitFit(s, a.mentor, a, 'great', null)).status).toBe(200);
  // Rex leaves the programme team after the answers, before the alerts are sent: their recipients are
  // chosen when the alerts' job runs, so he is never queued (the send-time check is covered in
  // test/integration/scheduler-admin-notices.test.ts).
  s.standIn.addUserGroup({ ...GROUP, users: [grace.id] });
  await s.harness.tick(clock.now());
  await s.harness.tick(new Date(clock.now().getTime() + 5 * 60_000));
}, 300_000);

const reaching = (person: Person, marker: string) => directMessages(s, person).filter((m) => m.raw.includes(marker));

describe('fit alerts go to the programme admins, group members included, never to the pair’s own members', () => {
  it('pair A’s alert is queued for Grace only (not Ada, its mentor); Rex, out of the group by then, is never queued', async () => {
    const jobs = await s.db.selectFrom('jobs').select(['payload', 'state']).where('kind', '=', FIT_ALERT_JOB).execute();
    const forA = jobs.filter((job) => job.payload.pairId === a.pairId).map((job) => `${String(job.payload.userId)}:${job.state}`);
    expect(forA.sort()).toEqual([`${grace.id}:done`]);
    expect(reaching(grace, A_COMMENT)).toHaveLength(1);
    for (const person of [s.admin, rex, a.mentee]) expect(reaching(person, A_COMMENT)).toEqual([]);
    // Nowhere else either: no channel post, no file, no form holds the comment.
    const elsewhere = s.standIn.calls.filter((call) => JSON.stringify(call.params).includes(A_COMMENT) && call.params.channel !== grace.id);
    expect(elsewhere.map((call) => call.method)).toEqual([]);
  });

  it('pair B’s alert reaches Ada and Grace, not Rex', () => {
    expect(reaching(s.admin, B_COMMENT)).toHaveLength(1);
    expect(reaching(grace, B_COMMENT)).toHaveLength(1);
    expect(reaching(rex, B_COMMENT)).toEqual([]);
  });
});

describe('the admins’ Home leaves the reader’s own pair out of the pulse', () => {
  let ada: PublishedHome;
  let graces: PublishedHome;
  beforeAll(async () => {
    ada = await openHome(s, s.admin, clock.now());
    graces = await openHome(s, grace, clock.now());
  }, 120_000);

  const fitLine = (great: number, notAFit: number) => fill(en.pulse.home.fit, { great, fine: 0, unsure: 0, notAFit });
  const sessionsLine = (average: string, count: number) => fill(en.pulse.home.sessions, { average, count });
  const belowLine = (pair: OpenedPair) => `Pair n° ${pair.pairId} (<#${pair.channelId}>)`;
  const flaggedLines = (home: PublishedHome, pair: OpenedPair) => home.text.split('\n').filter((line) => line.includes(`*${pair.pairId}*`) && line.includes(`<#${pair.channelId}>`));

  it('Ada’s figures count pair B only; Grace’s count both pairs', () => {
    expect(ada.text).toContain(fitLine(0, 1));
    expect(ada.text).toContain(sessionsLine('3.5', 2));
    expect(graces.text).toContain(fitLine(1, 2));
    expect(graces.text).toContain(sessionsLine('2.3', 4));
  });

  it('"Pairs to look at" and the cohort flags name pair A for Grace, not for Ada; pair B for both', () => {
    expect(ada.text).not.toContain(belowLine(a));
    expect(graces.text).toContain(`${belowLine(a)}: ${fill(en.pulse.home.reasonSessions, { average: '1.0' })}, ${en.pulse.home.reasonFit}`);
    expect(flaggedLines(ada, a).join('\n')).not.toContain(en.programme.home.flags.notAFit);
    expect(flaggedLines(graces, a).join('\n')).toContain(en.programme.home.flags.notAFit);
    expect(flaggedLines(graces, a).join('\n')).toContain(en.programme.home.flags.lowPulse);
    for (const home of [ada, graces]) expect(flaggedLines(home, b).join('\n')).toContain(en.programme.home.flags.notAFit);
    expect(ada.text).toContain(belowLine(b));
  });
});

describe('/mentor report: the reader’s own pair has blank pulse cells; the chart is the same for every admin', () => {
  async function reportOf(person: Person) {
    await s.run(person, '/mentor', 'report', 'CGENERAL');
    const files = await s.waitFor(() => (s.standIn.files(person.id).length >= 2 ? s.standIn.files(person.id) : undefined));
    const csv = parse(files.find((file) => file.filename.endsWith('.csv'))?.content ?? '', { bom: true }) as string[][];
    const rows = csv.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i] ?? ''])));
    const png = files.find((file) => file.filename.endsWith('.png'))?.bytes ?? new Uint8Array();
    return { row: (pair: OpenedPair) => rows.find((row) => row.number === String(pair.pairId)), png };
  }

  it('Ada’s report blanks pair A’s fit answers and rating, and shows pair B’s; Grace’s shows both', async () => {
    const ada = await reportOf(s.admin);
    const graces = await reportOf(grace);
    const answers = en.pulse.fitCheck.answers;
    expect(ada.row(a)).toMatchObject({ fitAnswers: '', averageSessionRating: '' });
    expect(ada.row(b)?.fitAnswers).toBe(answers.not_a_fit);
    expect(ada.row(b)?.averageSessionRating).toMatch(/^3[.,]5$/);
    expect((graces.row(a)?.fitAnswers ?? '').split(';').map((one) => one.trim()).sort()).toEqual([answers.great, answers.not_a_fit].sort());
    expect(graces.row(a)?.averageSessionRating).toMatch(/^1([.,]0)?$/);
    // Every other column is the same for both readers.
    const rest = (row: Record<string, string> | undefined) => ({ ...row, fitAnswers: undefined, averageSessionRating: undefined });
    expect(rest(ada.row(a))).toEqual(rest(graces.row(a)));
    // The chart holds stages and meeting counts only: the same picture, whoever reads it.
    expect(decodePng(ada.png).width).toBe(1200);
    expect(Buffer.from(ada.png).equals(Buffer.from(graces.png))).toBe(true);
  }, 120_000);
});

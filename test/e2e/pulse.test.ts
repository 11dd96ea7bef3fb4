/**
 * How the pair is doing (issue 16, points 3–5), end to end over signed HTTP and scheduler passes:
 * the mentor's tips, session ratings after a log, the fit check a working day after the first log,
 * the admins' "not a good fit" alert and its buttons, the halfway check-in, the admins' aggregates,
 * and erasure. The privacy of every answer is checked on every surface in pulse-privacy.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_CHECKIN_OPEN, ACTION_ERASE_CONFIRM, ACTION_FIT_CLOSE, ACTION_FIT_CONTACT, ACTION_FIT_OPEN, ACTION_SESSION_RATE_PREFIX, VIEW_FIT_CHECK } from '../../src/slack/ids.js';
import type { OpenedPair, Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';
import { openHome } from '../support/home.js';
import { clickInDm, directMessages, openForm, submitCheckin, submitFit } from '../support/pulse.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
// Monday 3 March 2031, 10:00 UTC; everyone works in UTC.
const START = new Date('2031-03-03T10:00:00Z');
const FIT_COMMENT = 'We keep missing each other and the goals do not match.';

let pair: OpenedPair;
let fresh: OpenedPair;
let outsider: Person;
let logId: number;

const { s, clock } = useScenario({ start: START, pulse: true });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
  fresh = await s.openPair();
  outsider = s.person('outsider');
}, 120_000);

const tipTitle = (stage: 'prepare' | 'nurture') => fill(en.pulse.tips.title, { stage: en.stageNames[stage] });
const fitPrompt = () => fill(en.pulse.fitCheck.body, { channel: `<#${pair.channelId}>` });
const checkinPrompt = () => fill(en.pulse.checkin.body, { channel: `<#${pair.channelId}>` });
const dmsWith = (person: Person, text: string) => directMessages(s, person).filter((dm) => dm.text.includes(text));

describe('how the pair is doing', () => {
  it('the mentor gets the tips of the stage the pair is in, once; the mentee gets none', async () => {
    await s.harness.tick(clock.now());
    await s.harness.tick(new Date(clock.now().getTime() + HOUR_MS));
    expect(dmsWith(pair.mentor, tipTitle('nurture'))).toHaveLength(1);
    expect(dmsWith(pair.mentor, en.pulse.tips.nurture.items[0] ?? '')).toHaveLength(1);
    expect(dmsWith(fresh.mentor, tipTitle('prepare'))).toHaveLength(1);
    // The stages the pair went through before the pass are not sent late.
    expect(dmsWith(pair.mentor, tipTitle('prepare'))).toHaveLength(0);
    expect(directMessages(s, pair.mentee)).toHaveLength(0);
    expect(directMessages(s, fresh.mentee)).toHaveLength(0);
  });

  it('after a logged meeting each member is asked privately to rate it, and may change the rating', async () => {
    const logged = await s.run(pair.mentee, '/mentor-log', 'We met and agreed on the first steps.', pair.channelId);
    expect(logged.text).not.toContain('rate');
    logId = (await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow()).id;
    await s.harness.tick(clock.now());
    const prompt = fill(en.pulse.sessionRating.body, { channel: `<#${pair.channelId}>` });
    expect(dmsWith(pair.mentee, prompt)).toHaveLength(1);
    expect(dmsWith(pair.mentor, prompt)).toHaveLength(1);

    const first = await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}1`, logId);
    expect(first.body.replace_original).toBe(true);
    expect(first.text).toContain(fill(en.pulse.sessionRating.rated, { rating: en.pulse.sessionRating.ratings[0] ?? '' }));
    const changed = await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}2`, logId);
    expect(changed.text).toContain(fill(en.pulse.sessionRating.rated, { rating: en.pulse.sessionRating.ratings[1] ?? '' }));
    await clickInDm(s, pair.mentor, `${ACTION_SESSION_RATE_PREFIX}4`, logId);
    const rows = await s.db.selectFrom('session_ratings').select(['user_id', 'rating']).where('log_id', '=', logId).orderBy('rating').execute();
    expect(rows.map((row) => [row.user_id, Number(row.rating)])).toEqual([
      [pair.mentee.id, 2],
      [pair.mentor.id, 4],
    ]);
  });

  it('refuses a rating from outside the pair, and a forged one, before writing anything', async () => {
    expect((await clickInDm(s, outsider, `${ACTION_SESSION_RATE_PREFIX}3`, logId)).text).toBe(en.errors.not_member);
    expect((await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}9`, logId)).text).toBe(en.errors.stale_action);
    expect((await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}3`, 'x1')).text).toBe(en.errors.stale_action);
    expect(await s.count('session_ratings', pair.pairId)).toBe(2);
  });

  it('asks each member how the pairing goes a working day after the first log, once', async () => {
    await s.harness.tick(new Date(START.getTime() + 6 * HOUR_MS));
    expect(dmsWith(pair.mentee, fitPrompt())).toHaveLength(0);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    await s.harness.tick(new Date(clock.now().getTime() + HOUR_MS));
    expect(dmsWith(pair.mentee, fitPrompt())).toHaveLength(1);
    expect(dmsWith(pair.mentor, fitPrompt())).toHaveLength(1);
    expect(directMessages(s, fresh.mentee)).toHaveLength(0);
  });

  it('"not a good fit" alerts the programme admins with the answer and comment, once; the form said so', async () => {
    const form = await openForm(s, pair.mentee, ACTION_FIT_OPEN, pair.pairId);
    expect(form.view.callback_id).toBe(VIEW_FIT_CHECK);
    expect(JSON.stringify(form.view)).toContain('the programme admins will read your answer and this comment');
    const saved = await submitFit(s, pair.mentee, pair, 'not_a_fit', FIT_COMMENT);
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.json)).toContain('Thank you for telling us');
    await s.harness.tick(clock.now());
    const alerts = dmsWith(s.admin, FIT_COMMENT);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain(`Pair n° ${pair.pairId}`);
    expect(alerts[0]?.text).toContain('*Not a good fit*');
    expect(alerts[0]?.raw).toContain(ACTION_FIT_CONTACT);
    expect(alerts[0]?.raw).toContain(ACTION_FIT_CLOSE);

    const again = await submitFit(s, pair.mentee, pair, 'great', 'changed my mind');
    expect(JSON.stringify(again.json)).toContain('You have already answered (Not a good fit)');
    await s.harness.tick(new Date(clock.now().getTime() + HOUR_MS));
    expect(dmsWith(s.admin, FIT_COMMENT)).toHaveLength(1);
    expect(await s.db.selectFrom('fit_checks').select(['answer', 'comment']).where('pair_id', '=', pair.pairId).execute()).toEqual([
      { answer: 'not_a_fit', comment: FIT_COMMENT },
    ]);

    expect(JSON.stringify((await submitFit(s, pair.mentor, pair, 'great', null)).json)).toContain(en.pulse.fitCheck.saved);
    // The fit question cannot be answered for a pair one is not in, nor with a forged answer.
    expect(JSON.stringify((await submitFit(s, outsider, pair, 'great', null)).json)).toContain(en.errors.not_member);
    expect(JSON.stringify((await submitFit(s, fresh.mentee, fresh, 'maybe', null)).json)).toContain(en.errors.stale_action);
    expect(await s.count('fit_checks')).toBe(2);
    // Nor can its form be opened from outside the pair: the refusal comes instead of a form.
    const views = s.standIn.views.length;
    for (const actionId of [ACTION_FIT_OPEN, ACTION_CHECKIN_OPEN]) expect((await clickInDm(s, outsider, actionId, pair.pairId)).text).toBe(en.errors.not_member);
    expect(s.standIn.views.length).toBe(views);
  });

  it('"Contact the pair" writes to both members privately, without saying who answered what', async () => {
    expect((await clickInDm(s, pair.mentee, ACTION_FIT_CONTACT, pair.pairId)).text).toBe(en.errors.not_admin);
    const answer = await clickInDm(s, s.admin, ACTION_FIT_CONTACT, pair.pairId);
    expect(answer.text).toBe(fill(en.pulse.alert.contacted, { mentor: `<@${pair.mentor.id}>`, mentee: `<@${pair.mentee.id}>` }));
    const contact = fill(en.pulse.adminContact, { admin: `<@${s.admin.id}>`, channel: `<#${pair.channelId}>` });
    expect(dmsWith(pair.mentor, contact)).toHaveLength(1);
    expect(dmsWith(pair.mentee, contact)).toHaveLength(1);
  });

  it('asks for the halfway check-in eight weeks after opening without an agreement, once per member', async () => {
    clock.set(new Date(START.getTime() + 8 * 7 * DAY_MS + HOUR_MS));
    await s.harness.tick(clock.now());
    expect(dmsWith(pair.mentee, checkinPrompt())).toHaveLength(1);
    expect(dmsWith(pair.mentor, checkinPrompt())).toHaveLength(1);
    const form = await openForm(s, pair.mentee, ACTION_CHECKIN_OPEN, pair.pairId);
    expect(form.view.callback_id).toBe('pulse_checkin');
    expect(JSON.stringify((await submitCheckin(s, pair.mentee, pair, { progress: '2', relationship: '1' }, 'Slow going.')).json)).toContain(en.pulse.checkin.saved);
    expect(JSON.stringify((await submitCheckin(s, pair.mentee, pair, { progress: '5', relationship: '5' }, null)).json)).toContain(en.pulse.checkin.alreadyAnswered);
    expect(JSON.stringify((await submitCheckin(s, outsider, pair, { progress: '5', relationship: '5' }, null)).json)).toContain(en.errors.not_member);
    expect(JSON.stringify((await submitCheckin(s, pair.mentor, pair, { progress: '6', relationship: '5' }, null)).json)).toContain(en.errors.stale_action);
    const rows = await s.db.selectFrom('pulse_checkins').select(['user_id', 'progress', 'relationship']).where('pair_id', '=', pair.pairId).execute();
    expect(rows.map((row) => [row.user_id, Number(row.progress), Number(row.relationship)])).toEqual([[pair.mentee.id, 2, 1]]);
  });

  it('admins see averages, the fit counts and the pair to look at on their Home; members see none of it', async () => {
    const home = await openHome(s, s.admin, clock.now());
    expect(home.text).toContain(en.pulse.home.title);
    expect(home.text).toContain('Session ratings: *3.0* out of 4 on average (2 ratings).');
    expect(home.text).toContain('progress *2.0*/5, relationship *1.0*/5 on average (1 answers)');
    expect(home.text).toContain(fill(en.pulse.home.fit, { great: 1, fine: 0, unsure: 0, notAFit: 1 }));
    expect(home.text).toContain(`Pair n° ${pair.pairId} (<#${pair.channelId}>)`);
    expect(home.text).not.toContain(FIT_COMMENT);
    expect(home.text).not.toContain('Slow going');
    for (const member of [pair.mentee, pair.mentor]) expect((await openHome(s, member, clock.now())).text).not.toContain(en.pulse.home.title);
  });

  it('"Close the pair" closes it as the admin; erasing the pair erases every answer', async () => {
    expect((await clickInDm(s, pair.mentor, ACTION_FIT_CLOSE, pair.pairId)).text).toBe(en.errors.not_admin);
    expect((await s.pairRow(pair.pairId)).stage).toBe('nurture');
    expect((await clickInDm(s, s.admin, ACTION_FIT_CLOSE, pair.pairId)).text).toBe(fill(en.pulse.alert.closed, { pair: pair.pairId }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('closed');
    expect((await clickInDm(s, s.admin, ACTION_FIT_CLOSE, pair.pairId)).text).toBe(en.errors.pair_closed);
    await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM');
    await clickInDm(s, s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    for (const table of ['fit_checks', 'session_ratings', 'pulse_checkins'] as const) expect(await s.count(table, pair.pairId)).toBe(0);
  });
});

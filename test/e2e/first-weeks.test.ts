/**
 * Issue 16, points 1 and 2, end to end: the first meeting planned in prepare (the picker, `/mentor
 * meet`, `/mentor-log` with only `next meeting:`), its agenda, "Add to calendar", and the
 * confirmation before leaving prepare under 4/4; signed requests to the real Bolt receiver, the
 * strict stand-in, rows read back. Fixed clock: Mon 3 Mar 2031 11:00 Paris (CET, +01:00 until 30 Mar).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { ACTION_CALENDAR_FILE, ACTION_ENGAGE_ANYWAY, ACTION_FIRST_MEETING_PICK, FIRST_MEETING_BLOCK_PREFIX } from '../../src/slack/ids.js';
import { type OpenedPair, messageText, Scenario } from '../support/e2e.js';
import { preparePost } from '../support/prepare.js';

const NOW = new Date('2031-03-03T10:00:00Z');
let s: Scenario;

beforeAll(async () => {
  s = await Scenario.start({ clock: () => NOW });
});

afterAll(async () => {
  await s?.stop();
});

const paris = (role: string, locale = 'en-US') => s.person(role, { tz: 'Europe/Paris', locale });
const setMeeting = (pairId: number) => s.db.selectFrom('set_meetings').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
const agendaJob = (pairId: number) =>
  s.db.selectFrom('jobs').selectAll().where('pair_id', '=', pairId).where('kind', '=', 'agenda').where('state', '=', 'pending').executeTakeFirst();
/** A pick in the prepare post's datetimepicker, as Slack sends it; the answer on the click's response_url. */
async function pick(who: { id: string }, pair: OpenedPair, at: Date) {
  const url = s.standIn.newResponseUrl();
  await s.harness.slack.blockAction({
    userId: who.id,
    channelId: pair.channelId,
    actionId: ACTION_FIRST_MEETING_PICK,
    blockId: `${FIRST_MEETING_BLOCK_PREFIX}${pair.pairId}`,
    messageTs: preparePost(s, pair).ts,
    selectedDateTime: Math.floor(at.getTime() / 1000),
    responseUrl: url,
  });
  return s.answerTo(url);
}

describe('the first meeting, planned in prepare', () => {
  let pair: OpenedPair;
  beforeAll(async () => {
    pair = await s.openPair({ mentor: paris('mentor'), mentee: paris('mentee') });
  });

  it('the prepare post carries "Plan our first meeting" with Slack’s date and time picker', () => {
    const post = preparePost(s, pair);
    expect(messageText(post)).toContain(en.firstWeeks.planFirstMeeting);
    const picker = (post.blocks as Array<{ block_id?: string; elements?: Array<{ type: string; action_id: string }> }>).find(
      (block) => block.block_id === `${FIRST_MEETING_BLOCK_PREFIX}${pair.pairId}`,
    );
    expect(picker?.elements?.[0]).toMatchObject({ type: 'datetimepicker', action_id: ACTION_FIRST_MEETING_PICK });
  });

  it('an outsider’s pick is refused and nothing is stored', async () => {
    expect((await pick(paris('outsider'), pair, new Date('2031-03-07T13:00:00Z'))).text).toBe(en.errors.not_member);
    expect(await setMeeting(pair.pairId)).toBeUndefined();
  });

  it('a moment already past is refused', async () => {
    expect((await pick(pair.mentee, pair, new Date('2031-03-03T09:00:00Z'))).text).toBe(en.errors.date_in_past);
    expect(await setMeeting(pair.pairId)).toBeUndefined();
  });

  it('a member’s pick (a UTC epoch, shown in their zone) sets the first meeting, posts it with "Add to calendar" and plans its agenda', async () => {
    // Fri 7 Mar 2031 14:00 Paris = 13:00Z.
    const at = new Date('2031-03-07T13:00:00Z');
    const answer = await pick(pair.mentee, pair, at);
    expect(answer.text).toContain('Done: our next meeting is');
    expect(await setMeeting(pair.pairId)).toMatchObject({ meeting_at: at, set_by: pair.mentee.id });
    const line = s.posts(pair.channelId).find((m) => m.text.includes('set our first meeting'));
    expect(line && messageText(line)).toContain(en.firstWeeks.calendarButton);
    // 24 hours before, at a working hour of the mentee's zone: Thu 6 Mar 14:00 Paris.
    expect(await agendaJob(pair.pairId)).toMatchObject({ dedupe_key: `agenda:${pair.pairId}:${at.toISOString()}`, run_at: new Date('2031-03-06T13:00:00Z') });
  });

  it('the first meeting’s agenda is about getting to know each other, the goal and plan, the working agreement', async () => {
    const agenda = await s.run(pair.mentor, '/mentor', 'agenda', pair.channelId);
    expect(agenda.text).toContain(en.firstWeeks.firstMeetingTitle);
    for (const topic of Object.values(en.firstWeeks.firstMeetingTopics)) expect(agenda.text).toContain(topic);
    for (const topic of Object.values(en.agenda.topics)) expect(agenda.text).not.toContain(topic);
  });

  it('/mentor meet moves it, at any stage, read in the member’s zone across the spring change', async () => {
    // Tue 1 Apr 2031 14:00 Paris is CEST (+02:00) = 12:00Z.
    const answer = await s.run(pair.mentor, '/mentor', 'meet 2031-04-01 14:00', pair.channelId);
    expect(answer.text).toContain('Done: our next meeting is');
    expect((await setMeeting(pair.pairId))?.meeting_at).toEqual(new Date('2031-04-01T12:00:00Z'));
    expect((await agendaJob(pair.pairId))?.dedupe_key).toBe(`agenda:${pair.pairId}:2031-04-01T12:00:00.000Z`);
  });

  it('in French: /mentor meet vendredi 14h, and /mentor-log with only "prochain rendez-vous :" sets it without a log', async () => {
    const french = await s.openPair({ mentor: paris('mentor', 'fr-FR'), mentee: paris('mentee', 'fr-FR') });
    const met = await s.run(french.mentee, '/mentor', 'meet vendredi 14h', french.channelId);
    expect(met.text).toContain('C’est noté');
    expect((await setMeeting(french.pairId))?.meeting_at).toEqual(new Date('2031-03-07T13:00:00Z'));
    const logged = await s.run(french.mentor, '/mentor-log', 'prochain rendez-vous\u00a0: mardi 9h30', french.channelId);
    expect(logged.text).toContain('C’est noté');
    expect(logged.text).toContain(fr.firstWeeks.calendarButton);
    // Tue 4 Mar 09:30 Paris = 08:30Z; no log was recorded.
    expect((await setMeeting(french.pairId))?.meeting_at).toEqual(new Date('2031-03-04T08:30:00Z'));
    expect(await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', french.pairId).execute()).toEqual([]);
  });

  it('an empty /mentor-log is still refused as empty', async () => {
    expect((await s.run(pair.mentee, '/mentor-log', 'next:', pair.channelId)).text).toBe(en.errors.log_empty);
  });
});

describe('"Add to calendar"', () => {
  let pair: OpenedPair;
  const dmOf = (userId: string) => [...s.standIn.channels.values()].find((c) => c.id.startsWith('D') && c.members.has(userId))?.id ?? '';
  const clickCalendar = (who: { id: string }) => s.click(who, { channelId: pair.channelId, actionId: ACTION_CALENDAR_FILE, value: String(pair.pairId), messageTs: s.posts(pair.channelId).at(-1)?.ts ?? '' });
  const unfold = (content: string | undefined) => (content ?? '').replace(/\r\n[ \t]/g, '');

  beforeAll(async () => {
    pair = await s.openPair({ mentor: paris('mentor'), mentee: paris('mentee') });
  });

  it('without a meeting set, says how to set one and uploads nothing', async () => {
    const mark = s.standIn.calls.length;
    expect((await clickCalendar(pair.mentor)).text).toBe(en.firstWeeks.noMeetingSet);
    expect(s.callsSince(mark, 'files.getUploadURLExternal')).toEqual([]);
  });

  it('sends an .ics file to the member who asked, by direct message, kept for erase; a Google link in the answer', async () => {
    await s.run(pair.mentee, '/mentor', 'meet 2031-03-07 14:00', pair.channelId);
    const answer = await clickCalendar(pair.mentor);
    expect(answer.text).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE');
    expect(answer.text).toContain('dates=20310307T130000Z%2F20310307T134500Z');
    expect(s.standIn.files(pair.channelId)).toEqual([]);
    const files = s.standIn.files(dmOf(pair.mentor.id));
    expect(files).toHaveLength(1);
    const ics = unfold(files[0]?.content);
    expect(ics).toContain('DTSTART:20310307T130000Z');
    // No agreement yet: 45 minutes.
    expect(ics).toContain('DTEND:20310307T134500Z');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain(pair.mentor.name);
    expect(ics).toContain(pair.mentee.name);
    expect(ics).toContain(`channel=${pair.channelId}`);
    const kept = await s.db.selectFrom('uploaded_files').select(['file_id', 'channel_id']).where('pair_id', '=', pair.pairId).execute();
    expect(kept).toEqual([{ file_id: files[0]?.id, channel_id: dmOf(pair.mentor.id) }]);
  });

  it('moving the meeting keeps the UID and raises the SEQUENCE', async () => {
    const before = await s.db.selectFrom('calendar_events').selectAll().where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
    await s.run(pair.mentor, '/mentor', 'meet 2031-03-10 10:00', pair.channelId);
    await clickCalendar(pair.mentee);
    const [file] = s.standIn.files(dmOf(pair.mentee.id));
    const ics = unfold(file?.content);
    expect(ics).toContain(`UID:${before.uid}`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART:20310310T090000Z');
    expect(await s.db.selectFrom('calendar_events').select(['uid', 'sequence']).where('pair_id', '=', pair.pairId).executeTakeFirst()).toEqual({
      uid: before.uid,
      sequence: 1,
    });
  });

  it('the record of a log that names the next meeting ("14 h 30") offers it too, and the file holds that meeting', async () => {
    // A pair of its own: on this file's fixed clock, a log and an earlier /mentor meet would tie.
    const logged = await s.openPair({ mentor: paris('mentor'), mentee: paris('mentee') });
    await s.run(logged.mentee, '/mentor-log', 'We rehearsed the pitch.\nprochain rendez-vous : 2031-03-12 14 h 30', logged.channelId);
    const record = s.posts(logged.channelId).find((m) => m.text.includes(en.log.title));
    const buttons = JSON.stringify(record?.blocks ?? []);
    expect(buttons).toContain(`"action_id":"${ACTION_CALENDAR_FILE}"`);
    expect(buttons).toContain(en.firstWeeks.calendarButton);
    await s.click(logged.mentor, { channelId: logged.channelId, actionId: ACTION_CALENDAR_FILE, value: String(logged.pairId), messageTs: record?.ts ?? '' });
    const ics = unfold(s.standIn.files(dmOf(logged.mentor.id)).at(-1)?.content);
    // 14:30 in Paris (still UTC+1 on 12 March) is 13:30 UTC.
    expect(ics).toContain('DTSTART:20310312T133000Z');
  });

  it('/mentor meet reads "2 pm" written with a space', async () => {
    const answer = await s.run(pair.mentor, '/mentor', 'meet 2031-03-13 2 pm', pair.channelId);
    expect(answer.text).toContain('Done: our next meeting is');
    expect((await setMeeting(pair.pairId))?.meeting_at).toEqual(new Date('2031-03-13T13:00:00Z'));
  });

  it('an outsider gets nothing', async () => {
    const outsider = paris('outsider');
    const mark = s.standIn.calls.length;
    expect((await clickCalendar(outsider)).text).toBe(en.errors.not_member);
    expect(s.callsSince(mark, 'files.getUploadURLExternal')).toEqual([]);
  });
});

describe('leaving prepare under 4/4 asks for a confirmation that says what is missing', () => {
  it('/mentor stage next answers with the missing items and "Move on anyway"; nothing moves until it is confirmed', async () => {
    const pair = await s.openPair();
    const answer = await s.run(pair.mentee, '/mentor', 'stage next', pair.channelId);
    expect(answer.text).toContain('Preparation is 0/4');
    for (const item of Object.values(en.prepareChecklist.items)) expect(answer.text).toContain(item);
    expect(JSON.stringify(answer.body)).toContain('"confirm"');
    const stage = async () => (await s.db.selectFrom('pairs').select('stage').where('id', '=', pair.pairId).executeTakeFirstOrThrow()).stage;
    expect(await stage()).toBe('prepare');
    const moved = await s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_ENGAGE_ANYWAY, value: `${pair.pairId}:engage`, messageTs: '' });
    expect(moved.text).toContain(en.stageNames.engage);
    expect(await stage()).toBe('engage');
    // Pressed again: the pair has moved on, nothing happens twice.
    const again = await s.click(pair.mentor, { channelId: pair.channelId, actionId: ACTION_ENGAGE_ANYWAY, value: `${pair.pairId}:engage`, messageTs: '' });
    expect(again.text).toBe(en.errors.stale_action);
  });
});

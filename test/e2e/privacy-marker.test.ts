/**
 * "Private" proven on every surface. Each member writes a private note holding a marker of their
 * own, through the log form (the only private field there is), then edits the log, and the pair
 * is driven through every surface a text can reach: channel posts and their updates, the log
 * form and its edit form, both members' Home and the admin's, `/mentor history`, `agenda`,
 * `status`, both export formats, reminders over five weeks of scheduler passes, the wrap-up and
 * its summary, and the application's own log lines. Everything the stand-in received (every Web
 * API call, every response_url body, every uploaded file) is then attributed to whom it reaches,
 * and each marker may appear only in what reaches its author alone.
 */
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ITEM_DONE, ACTION_LOG_EDIT, LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { type OpenedPair, type Person, Scenario } from '../support/e2e.js';
import { openHome } from '../support/home.js';
import { closeByWrapUp } from '../support/wrap-up.js';

const DAY_MS = 24 * 3600_000;
// Monday 3 March 2031, 10:00 UTC.
const START = new Date('2031-03-03T10:00:00Z');
// Plain letters and digits: no escaping (&, <, >) or JSON quoting can hide them from the search.
const MENTEE_MARKER = 'QZXMENTEEPRIVATE7731';
const MENTOR_MARKER = 'QZXMENTORPRIVATE4419';

let now = START;
let s: Scenario;
let pair: OpenedPair;
const logLines: string[] = [];
/** Who each response URL and trigger id we sent belongs to. */
const responseOwners = new Map<string, string>();
const triggerOwners = new Map<string, string>();
let counter = 0;

beforeAll(async () => {
  s = await Scenario.start({
    clock: () => now,
    // The production level for Bolt's own lines.
    slackLogLevel: LogLevel.INFO,
    log: (message, details) => logLines.push(`${message} ${JSON.stringify(details ?? {})}`),
  });
  pair = await s.pairAt('nurture');
  await drive();
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

function newResponseUrl(user: Person): string {
  const url = s.standIn.newResponseUrl();
  responseOwners.set(url.slice(url.lastIndexOf('/') + 1), user.id);
  return url;
}

function newTrigger(user: Person): string {
  const id = `${Date.now()}.9${++counter}.${user.id.toLowerCase()}`;
  triggerOwners.set(id, user.id);
  return id;
}

/** A slash command whose answer (on its own response URL) is awaited and attributed to `user`. */
async function run(user: Person, command: string, text: string): Promise<string> {
  const responseUrl = newResponseUrl(user);
  const reply = await s.send(user, command, text, pair.channelId, { responseUrl, triggerId: newTrigger(user) });
  expect(reply.status).toBe(200);
  return (await s.answerTo(responseUrl)).text;
}

function formValues(input: { summary: string; nextSteps: string; privateNote: string; date: string; time: string }) {
  return {
    [LOG_BLOCKS.metOn]: { value: { type: 'datepicker', selected_date: null } },
    [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: input.summary } },
    [LOG_BLOCKS.achievements]: { value: { type: 'plain_text_input', value: 'The pitch is shorter.' } },
    [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: input.nextSteps } },
    [LOG_BLOCKS.nextMeetingOn]: { value: { type: 'datepicker', selected_date: input.date } },
    [LOG_BLOCKS.nextMeetingTime]: { value: { type: 'timepicker', selected_time: input.time } },
    [LOG_BLOCKS.privateNote]: { value: { type: 'plain_text_input', value: input.privateNote } },
  };
}

/** `/mentor-log` without text opens the form for `user`; it is submitted with a private note. */
async function logByForm(user: Person, summary: string, privateNote: string): Promise<void> {
  const triggerId = newTrigger(user);
  const reply = await s.send(user, '/mentor-log', '', pair.channelId, { triggerId, responseUrl: newResponseUrl(user) });
  expect(reply.status).toBe(200);
  const opened = await s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
  const before = await s.count('meeting_logs', pair.pairId);
  const submitted = await s.harness.slack.viewSubmission({
    userId: user.id,
    callbackId: VIEW_MEETING_LOG,
    viewId: opened.id,
    values: formValues({ summary, nextSteps: `next: rehearse the pitch by 2031-03-07`, privateNote, date: '2031-03-10', time: '15:00' }),
  });
  expect(submitted.status).toBe(200);
  expect(submitted.json).toBeUndefined();
  await s.until(async () => (await s.count('meeting_logs', pair.pairId)) === before + 1);
}

/** A button on a post of the pair's channel, pressed by `user`; resolves with the click's trigger id. */
async function clickOnPost(user: Person, actionId: string, value: number, messageTs: string | null): Promise<string> {
  const triggerId = newTrigger(user);
  const reply = await s.harness.slack.blockAction({
    userId: user.id,
    channelId: pair.channelId,
    actionId,
    value: String(value),
    messageTs: messageTs ?? '',
    responseUrl: newResponseUrl(user),
    triggerId,
  });
  expect(reply.status).toBe(200);
  return triggerId;
}

/** The author's "Edit" button on their posted log: the form opens filled (private note included), then is saved. */
async function editLog(user: Person, privateNote: string): Promise<void> {
  const log = await s.db
    .selectFrom('meeting_logs')
    .select(['id', 'message_ts'])
    .where('pair_id', '=', pair.pairId)
    .where('author_id', '=', user.id)
    .executeTakeFirstOrThrow();
  const triggerId = await clickOnPost(user, ACTION_LOG_EDIT, log.id, log.message_ts);
  const opened = await s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
  const updates = s.standIn.callsTo('chat.update').length;
  // The redraw fails once: the app logs it, and the log line must not carry the note.
  s.standIn.failNext('chat.update', { error: 'internal_error' });
  const submitted = await s.harness.slack.viewSubmission({
    userId: user.id,
    callbackId: VIEW_MEETING_LOG,
    viewId: opened.id,
    privateMetadata: opened.view.private_metadata as string,
    values: formValues({ summary: 'We rehearsed the pitch (edited).', nextSteps: 'next: rehearse the pitch by 2031-03-07', privateNote, date: '2031-03-10', time: '15:00' }),
  });
  expect(submitted.json).toBeUndefined();
  await s.waitFor(() => s.standIn.callsTo('chat.update').length > updates);
}

/** Ticks an action item done with its button on the posted log (the post is redrawn). */
async function tickItem(user: Person): Promise<void> {
  const item = await s.db
    .selectFrom('action_items as a')
    .innerJoin('meeting_logs as l', 'l.id', 'a.log_id')
    .select(['a.id', 'l.message_ts'])
    .where('a.pair_id', '=', pair.pairId)
    .where('a.status', '=', 'open')
    .executeTakeFirstOrThrow();
  await clickOnPost(user, ACTION_ITEM_DONE, item.id, item.message_ts);
  await s.until(async () => (await s.db.selectFrom('action_items').select('status').where('id', '=', item.id).executeTakeFirst())?.status === 'done');
}

async function everyReadingSurface(): Promise<void> {
  for (const member of [pair.mentee, pair.mentor]) {
    for (const command of ['history', 'agenda', 'status', 'export', 'export json']) await run(member, '/mentor', command);
    await openHome(s, member, now);
  }
  await openHome(s, s.admin, now);
}

async function drive(): Promise<void> {
  await logByForm(pair.mentee, 'We worked on the pitch.', `${MENTEE_MARKER} I doubt I am ready for interviews.`);
  await logByForm(pair.mentor, 'Second meeting on the pitch.', `${MENTOR_MARKER} My mentee seems anxious.`);
  await editLog(pair.mentee, `${MENTEE_MARKER} I doubt I am ready, edited.`);
  await tickItem(pair.mentor);
  await everyReadingSurface();
  // Failures on surfaces that hold the note, so that the application log has something to say.
  s.standIn.failNext('files.completeUploadExternal', { error: 'internal_error' });
  await run(pair.mentee, '/mentor', 'export');
  s.standIn.failNext('files.getUploadURLExternal', { error: 'internal_error' });
  await run(pair.mentor, '/mentor', 'export json');
  s.standIn.failNext('views.publish', { error: 'internal_error' });
  await openHome(s, pair.mentee, now);
  // Five weeks of scheduler passes, twice a day: agendas, due and overdue reminders, check-ins.
  for (let day = 0; day < 36; day += 1) {
    for (const hour of [8, 16]) {
      now = new Date(START.getTime() + day * DAY_MS + (hour - 10) * 3600_000);
      await s.harness.tick(now);
    }
  }
  await closeByWrapUp(s, pair, 'close');
  await everyReadingSurface();
}

interface Delivery {
  /** What carried it: a Web API method, a response_url, a file, a log line. */
  via: string;
  /** The one user it reaches, or 'channel' (the pair's two members and anyone in it), or 'unknown'. */
  to: string;
  content: string;
}

/** Whom a channel id reaches: a member's direct message with the bot reaches that member only. */
function audienceOf(channelId: unknown): string {
  if (typeof channelId !== 'string') return 'unknown';
  if (/^[UW]/.test(channelId)) return channelId;
  const channel = s.standIn.channels.get(channelId);
  if (channel !== undefined && channelId.startsWith('D')) {
    const people = [...channel.members].filter((id) => id !== s.standIn.botUserId);
    if (people.length === 1) return people[0] as string;
  }
  return channelId === pair.channelId ? 'channel' : `other:${channelId}`;
}

/** Everything the app sent anywhere, each with whom it reaches. */
function deliveries(): Delivery[] {
  const out: Delivery[] = [];
  const rootTriggers = new Map(s.standIn.views.filter((view) => view.triggerId !== undefined).map((view) => [view.id, view.triggerId as string]));
  for (const call of s.standIn.calls) {
    const p = call.params;
    let to: string;
    switch (call.method) {
      case 'chat.postEphemeral':
        to = typeof p.user === 'string' ? p.user : 'unknown';
        break;
      case 'chat.postMessage':
      case 'chat.update':
      case 'chat.scheduleMessage':
        to = audienceOf(p.channel);
        break;
      case 'files.completeUploadExternal':
        to = audienceOf(p.channel_id);
        break;
      case 'views.publish':
        to = typeof p.user_id === 'string' ? p.user_id : 'unknown';
        break;
      case 'views.open':
      case 'views.push':
        to = triggerOwners.get(String(p.trigger_id)) ?? 'unknown';
        break;
      case 'views.update':
        to = triggerOwners.get(rootTriggers.get(String(p.view_id)) ?? '') ?? 'unknown';
        break;
      default:
        to = 'unknown';
    }
    out.push({ via: call.method, to, content: JSON.stringify(p) });
  }
  for (const response of s.standIn.responses) {
    out.push({ via: 'response_url', to: responseOwners.get(response.id) ?? 'unknown', content: JSON.stringify(response.body) });
  }
  for (const file of s.standIn.files()) {
    const audiences = [...new Set(file.channels.map(audienceOf))];
    const to = audiences.length === 1 ? (audiences[0] as string) : audiences.length === 0 ? 'nobody' : 'several';
    out.push({ via: `file ${file.filename}`, to, content: `${file.filename}\n${file.title ?? ''}\n${file.initialComment ?? ''}\n${file.content ?? ''}` });
  }
  for (const line of logLines) out.push({ via: 'application log', to: 'operators', content: line });
  return out;
}

describe('a private note reaches its author only', () => {
  const cases = [
    { who: 'mentee', marker: MENTEE_MARKER, author: () => pair.mentee, edited: true },
    { who: 'mentor', marker: MENTOR_MARKER, author: () => pair.mentor, edited: false },
  ];
  for (const { who, marker, author, edited } of cases) it(`the ${who}’s marker appears only in what is addressed to the ${who} alone`, () => {
    const all = deliveries();
    // 'nobody': the bytes of an upload Slack never completed, shared with no one (and its id kept for erase).
    const leaks = all.filter((d) => d.content.includes(marker) && d.to !== author().id && d.to !== 'nobody').map((d) => `${d.via} -> ${d.to}`);
    expect(leaks).toEqual([]);

    // The author does get it back where it is theirs: the edit form, history, both exports in their DM.
    const own = all.filter((d) => d.content.includes(marker) && d.to === author().id).map((d) => d.via);
    if (edited) expect(own).toContain('views.open');
    expect(own).toContain('response_url');
    expect(own.filter((via) => /^file .*\.md$/.test(via)).length).toBe(2);
    expect(own.filter((via) => /^file .*\.json$/.test(via)).length).toBe(2);
  });

  it('the drive reached every surface it claims to (so the search above had something to search)', () => {
    const all = deliveries();
    const count = (predicate: (d: Delivery) => boolean) => all.filter(predicate).length;
    // Channel posts, their redraws, and the celebration summary among them.
    expect(count((d) => d.via === 'chat.postMessage' && d.to === 'channel')).toBeGreaterThan(10);
    expect(count((d) => d.via === 'chat.update' && d.to === 'channel')).toBeGreaterThan(1);
    // Home tabs of both members and of the admin, before and after the close.
    for (const person of [pair.mentee, pair.mentor, s.admin]) expect(count((d) => d.via === 'views.publish' && d.to === person.id)).toBeGreaterThanOrEqual(2);
    // Eight exports, each in its requester's own DM, none in the channel (the failed one was never shared).
    const files = all.filter((d) => d.via.startsWith('file ') && d.to !== 'nobody');
    expect(files).toHaveLength(8);
    expect(files.filter((d) => d.to === pair.mentee.id)).toHaveLength(4);
    expect(files.filter((d) => d.to === pair.mentor.id)).toHaveLength(4);
    // The scheduler sent reminders (agendas, due items, check-ins) during the five weeks.

    expect(count((d) => d.via === 'chat.postMessage' && d.content.includes('nudge'))).toBeGreaterThan(0);
    expect(s.posts(pair.channelId).some((post) => post.text.startsWith('Your mentoring journey'))).toBe(true);
    // The application logged the failures (and the search above read those lines).
    expect(logLines.some((line) => line.startsWith('could not redraw a meeting log'))).toBe(true);
    expect(logLines.filter((line) => line.startsWith('request failed')).length).toBeGreaterThanOrEqual(2);
    // Nothing was sent where this test cannot tell who reads it, except calls that carry no message.
    const unattributed = all.filter((d) => d.to === 'unknown' || d.to.startsWith('other:') || d.to === 'several').map((d) => d.via);
    expect(unattributed.filter((via) => /^chat\.|^files\.complete|^file /.test(via))).toEqual([]);
  });
});

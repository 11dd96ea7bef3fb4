/**
 * The fit check and the pulse answers never reach the other member, proven on every surface (the
 * approach of privacy-marker.test.ts): each member answers with comments holding markers of their
 * own and rates a session, then the pair is driven through channel posts, both members' Home and the
 * admin's, `/mentor history`, `agenda`, `status`, both exports, nine weeks of scheduler passes, the
 * admins' alert and its buttons, the wrap-up, and the application's log lines. Everything the
 * stand-in received is attributed to whom it reaches.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_CHECKIN_OPEN, ACTION_FIT_CONTACT, ACTION_FIT_OPEN, ACTION_SESSION_RATE_PREFIX } from '../../src/slack/ids.js';
import type { OpenedPair } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';
import { openHome } from '../support/home.js';
import { clickInDm, openForm, submitCheckin, submitFit } from '../support/pulse.js';
import { closeByWrapUp } from '../support/wrap-up.js';

const DAY_MS = 24 * 3600_000;
// Monday 3 March 2031, 10:00 UTC.
const START = new Date('2031-03-03T10:00:00Z');
// Plain letters and digits: no escaping or JSON quoting can hide them from the search.
const MENTEE_FIT = 'QZXMENTEEFIT5521';
const MENTOR_FIT = 'QZXMENTORFIT8830';
const MENTEE_CHECKIN = 'QZXMENTEECHECKIN1207';
const MENTOR_CHECKIN = 'QZXMENTORCHECKIN6642';

let pair: OpenedPair;
const logLines: string[] = [];
const { s, clock } = useScenario({ start: START, pulse: true, log: (message, details) => logLines.push(`${message} ${JSON.stringify(details ?? {})}`) });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
  await drive();
}, 300_000);

async function everyReadingSurface(): Promise<void> {
  for (const member of [pair.mentee, pair.mentor]) {
    for (const command of ['history', 'agenda', 'status', 'export', 'export json']) await s.run(member, '/mentor', command, pair.channelId);
    await openHome(s, member, clock.now());
  }
  await openHome(s, s.admin, clock.now());
}

async function drive(): Promise<void> {
  await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
  const log = await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
  await s.harness.tick(clock.now());
  await clickInDm(s, pair.mentee, `${ACTION_SESSION_RATE_PREFIX}1`, log.id);
  await clickInDm(s, pair.mentor, `${ACTION_SESSION_RATE_PREFIX}4`, log.id);
  clock.set(new Date(START.getTime() + DAY_MS));
  await s.harness.tick(clock.now());
  await openForm(s, pair.mentee, ACTION_FIT_OPEN, pair.pairId);
  await submitFit(s, pair.mentee, pair, 'not_a_fit', `${MENTEE_FIT} I feel unheard.`);
  await submitFit(s, pair.mentor, pair, 'unsure', `${MENTOR_FIT} Hard to tell yet.`);
  // The alert fails once, so the application logs about the job that carries it; the retry sends it.
  s.standIn.failNext('chat.postMessage', { error: 'internal_error' });
  await s.harness.tick(clock.now());
  await s.harness.tick(new Date(clock.now().getTime() + 2 * 60_000));
  await clickInDm(s, s.admin, ACTION_FIT_CONTACT, pair.pairId);
  await everyReadingSurface();
  // Nine weeks of scheduler passes, twice a day: agendas, reminders, the halfway check-in.
  for (let day = 1; day < 64; day += 1) {
    for (const hour of [8, 16]) {
      clock.set(new Date(START.getTime() + day * DAY_MS + (hour - 10) * 3600_000));
      await s.harness.tick(clock.now());
    }
  }
  await openForm(s, pair.mentor, ACTION_CHECKIN_OPEN, pair.pairId);
  await submitCheckin(s, pair.mentee, pair, { progress: '2', relationship: '1' }, `${MENTEE_CHECKIN} Stuck.`);
  await submitCheckin(s, pair.mentor, pair, { progress: '4', relationship: '3' }, `${MENTOR_CHECKIN} Fine.`);
  await everyReadingSurface();
  await closeByWrapUp(s, pair, 'close');
  await everyReadingSurface();
}

interface Delivery {
  via: string;
  /** The one user it reaches, 'channel', or 'unknown' (a response URL or a form: checked to hold no marker at all). */
  to: string;
  content: string;
}

function audienceOf(channelId: unknown): string {
  if (typeof channelId !== 'string') return 'unknown';
  if (/^[UW]/.test(channelId)) return channelId;
  return channelId === pair.channelId ? 'channel' : `other:${channelId}`;
}

function deliveries(): Delivery[] {
  const out: Delivery[] = [];
  for (const call of s.standIn.calls) {
    const p = call.params;
    const to =
      call.method === 'chat.postEphemeral'
        ? String(p.user)
        : call.method === 'views.publish'
          ? String(p.user_id)
          : call.method.startsWith('chat.')
            ? audienceOf(p.channel)
            : call.method === 'files.completeUploadExternal'
              ? audienceOf(p.channel_id)
              : 'unknown';
    out.push({ via: call.method, to, content: JSON.stringify(p) });
  }
  for (const response of s.standIn.responses) out.push({ via: 'response_url', to: 'unknown', content: JSON.stringify(response.body) });
  for (const file of s.standIn.files()) out.push({ via: `file ${file.filename}`, to: 'file', content: `${file.initialComment ?? ''}\n${file.content ?? ''}` });
  for (const line of logLines) out.push({ via: 'application log', to: 'operators', content: line });
  return out;
}

const reaching = (marker: string) => deliveries().filter((d) => d.content.includes(marker));

describe('the fit check and pulse answers reach nobody but whom they may', () => {
  it('the mentee’s "not a good fit" comment reaches the admins’ direct message only', () => {
    const seen = reaching(MENTEE_FIT).map((d) => `${d.via} -> ${d.to}`);
    // The failed attempt and the retry, both to the admin.
    expect(new Set(seen)).toEqual(new Set([`chat.postMessage -> ${s.admin.id}`]));
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });

  it('a comment on any other answer, and every check-in comment, reaches nobody at all', () => {
    for (const marker of [MENTOR_FIT, MENTEE_CHECKIN, MENTOR_CHECKIN]) expect(reaching(marker).map((d) => `${d.via} -> ${d.to}`)).toEqual([]);
  });

  it('a member’s answers and ratings are shown to that member alone, and the other member hears nothing of them', () => {
    const all = deliveries();
    const menteeRated = fill(en.pulse.sessionRating.rated, { rating: en.pulse.sessionRating.ratings[0] ?? '' });
    expect(all.filter((d) => d.content.includes(menteeRated) && d.to !== 'unknown').map((d) => d.to)).toEqual([]);
    // The alert names the member and the answer: to the admin, never to the pair or its channel.
    const alertLine = `<@${pair.mentee.id}> answered`;
    expect(new Set(all.filter((d) => d.content.includes(alertLine)).map((d) => d.to))).toEqual(new Set([s.admin.id]));
    for (const member of [pair.mentee, pair.mentor, 'channel']) {
      const to = typeof member === 'string' ? member : member.id;
      const seen = all.filter((d) => d.to === to).map((d) => d.content).join('\n');
      expect(seen).not.toContain('"not_a_fit"');
      expect(seen).not.toContain(`*${en.pulse.fitCheck.answers.not_a_fit}*`);
    }
    // The admin's Home shows aggregates only.
    const adminHomes = all.filter((d) => d.via === 'views.publish' && d.to === s.admin.id);
    expect(adminHomes.length).toBeGreaterThanOrEqual(3);
    for (const home of adminHomes) expect(home.content).not.toMatch(/QZX/);
  });

  it('the drive reached every surface (so the search above had something to search)', () => {
    const all = deliveries();
    const count = (predicate: (d: Delivery) => boolean) => all.filter(predicate).length;
    expect(count((d) => d.via === 'chat.postMessage' && d.to === 'channel')).toBeGreaterThan(10);
    for (const person of [pair.mentee, pair.mentor, s.admin]) expect(count((d) => d.via === 'views.publish' && d.to === person.id)).toBeGreaterThanOrEqual(3);
    expect(count((d) => d.via.startsWith('file '))).toBe(12);
    // The questions themselves went out: ratings, fit checks, check-ins, the alert, the admin's word.
    for (const member of [pair.mentee, pair.mentor]) {
      const dms = all.filter((d) => d.via === 'chat.postMessage' && d.to === member.id).map((d) => d.content).join('\n');
      expect(dms).toContain(ACTION_SESSION_RATE_PREFIX);
      expect(dms).toContain(ACTION_FIT_OPEN);
      expect(dms).toContain(ACTION_CHECKIN_OPEN);
    }
    expect(logLines.some((line) => line.startsWith('job failed') && line.includes('fit_alert'))).toBe(true);
  });
});

/**
 * The App Home over signed HTTP: opening the Home tab (an `app_home_opened` event) publishes, with
 * views.publish, the reader's own pairs with their progress, and for programme admins every active
 * pair with its stage, the days since its last log and "needs attention"; never what a pair wrote.
 * The Home's buttons open the agreement and meeting-log forms for the pair they name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/fill.js';
import { fr } from '../../src/content/fr.js';
import { ACTION_AGREEMENT_EDIT, ACTION_HOME_LOG_MEETING, VIEW_AGREEMENT, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { allText, type OpenedPair, type Person, Scenario } from '../support/e2e.js';
import { meetingTime } from '../../src/slack/nurture/agenda-message.js';

const DAY_MS = 86_400_000;
// Monday 2 March 2026, 10:00 UTC.
const NOW = new Date('2026-03-02T10:00:00Z');

interface Published {
  userId: string;
  view: { type: string; blocks: unknown[] };
  text: string;
}

let homeEvents = 0;

function homeEvent(s: Scenario, user: Person, tab: 'home' | 'messages') {
  homeEvents += 1;
  return s.harness.slack.event({
    type: 'app_home_opened',
    user: user.id,
    tab,
    channel: `D${user.id.slice(1)}`,
    event_ts: `${Math.floor(NOW.getTime() / 1000)}.${String(homeEvents).padStart(6, '0')}`,
  });
}

function published(s: Scenario): Published[] {
  return s.standIn.callsTo('views.publish').map((call) => {
    const raw = call.params.view;
    const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Published['view'];
    return { userId: String(call.params.user_id), view, text: allText(view.blocks) };
  });
}

/** Opens the Home tab as `user` and returns the view the app published for them. */
async function openHome(s: Scenario, user: Person): Promise<Published> {
  const before = published(s).length;
  const reply = await homeEvent(s, user, 'home');
  expect(reply.status).toBe(200);
  return s.waitFor(() => published(s).slice(before).find((call) => call.userId === user.id));
}

/** The line of the admins' overview that names this channel. */
function lineOf(text: string, channelId: string): string {
  const lines = text.split('\n').filter((line) => line.startsWith(`<#${channelId}>`));
  expect(lines, channelId).toHaveLength(1);
  return lines[0] as string;
}

describe('the Home tab of a member', () => {
  let s: Scenario;
  let member: Person;
  let asMentor: OpenedPair;
  let asMentee: OpenedPair;
  let closed: OpenedPair;

  beforeAll(async () => {
    s = await Scenario.start({ clock: () => NOW });
    member = s.person('member');
    asMentor = await s.openPair({ mentor: member });
    asMentee = await s.openPair({ mentee: member });
    closed = await s.openPair({ mentor: member });
    await s.db.updateTable('pairs').set({ stage: 'closed', closed_at: NOW }).where('id', '=', closed.pairId).execute();
    await s.moveOn(asMentor.mentee, asMentor.channelId, 'engage');

    // The pair where the member mentors: two logs (the later names no date), four open items and one
    // done, three of the five working-agreement items ticked (and one unticked again), and an agreement.
    const [first] = await s.db
      .insertInto('meeting_logs')
      .values([
        { pair_id: asMentor.pairId, author_id: member.id, summary: 'First talk.', source: 'command', next_meeting_on: '2026-03-12', created_at: new Date(NOW.getTime() - 3 * DAY_MS) },
        { pair_id: asMentor.pairId, author_id: member.id, summary: 'Quick call.', source: 'command', next_meeting_on: null, created_at: new Date(NOW.getTime() - DAY_MS) },
      ])
      .returning('id')
      .execute();
    await s.db
      .insertInto('action_items')
      .values(
        ['Research three companies', 'Rehearse the elevator pitch', 'Rewrite the CV summary', 'Ask for a referral', 'Book the first meeting'].map(
          (text, index) => ({ pair_id: asMentor.pairId, log_id: first?.id ?? null, text, created_by: member.id, ...(index === 4 ? { status: 'done' as const } : {}) }),
        ),
      )
      .execute();
    await s.db
      .insertInto('checklist_ticks')
      .values([
        ...[0, 1, 3].map((index) => ({ pair_id: asMentor.pairId, list: 'agreement' as const, item_index: index, ticked: true, ticked_by: member.id, ticked_at: NOW })),
        { pair_id: asMentor.pairId, list: 'agreement', item_index: 4, ticked: false, ticked_by: member.id, ticked_at: NOW },
        { pair_id: asMentor.pairId, list: 'topics', item_index: 2, ticked: true, ticked_by: member.id, ticked_at: NOW },
      ])
      .execute();
    await s.db
      .insertInto('agreements')
      .values({
        pair_id: asMentor.pairId,
        priorities: 'A first Salesforce role.',
        focus_areas: 'CV, interviews.',
        success_measures: 'Three interviews.',
        frequency: 'biweekly',
        meeting_minutes: 60,
        starts_on: '2026-03-02',
        ends_on: '2026-09-02',
        agreed_at: NOW,
        updated_by: member.id,
        updated_at: NOW,
      })
      .execute();
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('lists both active pairs with stage, next meeting, open items and agreement progress', async () => {
    const home = await openHome(s, member);
    expect(home.view.type).toBe('home');
    expect(home.view.blocks.length).toBeLessThanOrEqual(100);
    const text = home.text;
    expect(text).toContain(en.home.title);

    // Each active pair once, with its channel and the other member; the closed pair not at all.
    expect(text).toContain(`*<#${asMentor.channelId}>* · ${fill(en.home.yourMentee, { user: `<@${asMentor.mentee.id}>` })}`);
    expect(text).toContain(`*<#${asMentee.channelId}>* · ${fill(en.home.yourMentor, { user: `<@${asMentee.mentor.id}>` })}`);
    expect(text).not.toContain(closed.channelId);

    const [mentoring, mentored] = text.split(`*<#${asMentee.channelId}>*`) as [string, string];
    // Where the member mentors: stage 2, the date the earlier log named, 4 open items (3 listed), 3/5, signed.
    expect(mentoring).toContain('Stage 2 of 4 · Start the conversation');
    // The day the log named, at 09:00 in the mentee's zone (no time was agreed), shown in each reader's zone.
    expect(mentoring).toContain(`*${en.home.nextMeeting}* ${meetingTime(new Date('2026-03-12T09:00:00Z'))}`);
    expect(mentoring).toContain(`*${en.home.openItems}* 4`);
    expect(mentoring).toContain('•  Research three companies\n•  Rehearse the elevator pitch\n•  Rewrite the CV summary');
    expect(mentoring).toContain(fill(en.status.more, { count: 1 }));
    expect(mentoring).not.toContain('Book the first meeting');
    expect(mentoring).toContain(`*${en.home.workingAgreement}* 3/5 agreed`);
    expect(mentoring).toContain(`*${en.home.mentoringAgreement}* ${en.home.signed}`);
    expect(mentoring).toContain(en.agreement.editButton);
    // Where the member is mentored: still preparing, nothing planned yet.
    expect(mentored).toContain('Stage 1 of 4 · Prepare');
    expect(mentored).toContain(`*${en.home.nextMeeting}* ${en.home.noNextMeeting}`);
    expect(mentored).toContain(`*${en.home.openItems}* ${en.home.noOpenItems}`);
    expect(mentored).toContain(`*${en.home.workingAgreement}* 0/5 agreed`);
    expect(mentored).toContain(`*${en.home.mentoringAgreement}* ${en.home.notSigned}`);
    expect(mentored).toContain(en.home.fillAgreementButton);

    // A member who is no programme admin sees no overview.
    expect(text).not.toContain(en.home.admin.title);
  });

  it('greets someone without a pair with a friendly empty state', async () => {
    const newcomer = s.person('newcomer');
    const home = await openHome(s, newcomer);
    expect(home.view.type).toBe('home');
    expect(home.text).toContain(en.home.empty);
    expect(home.text).not.toContain(en.home.admin.title);
  });

  it('speaks French to a French-speaking member', async () => {
    const francoise = s.person('francoise', { locale: 'fr-FR', tz: 'Europe/Paris' });
    const pair = await s.openPair({ mentee: francoise });
    const home = await openHome(s, francoise);
    expect(home.text).toContain(fr.home.title);
    expect(home.text).toContain(fill(fr.home.yourMentor, { user: `<@${pair.mentor.id}>` }));
    expect(home.text).toContain(`Étape 1 sur 4 · ${fr.stageNames.prepare}`);
    expect(home.text).toContain(`*${fr.home.nextMeeting}* ${fr.home.noNextMeeting}`);
    expect(home.text).toContain(fr.home.fillAgreementButton);
    expect(home.text).toContain('*Prochaine rencontre\u00a0:*');
    expect(home.text).not.toContain(en.home.title);
  });

  it('publishes nothing when the messages tab is opened', async () => {
    const before = published(s).length;
    const reply = await homeEvent(s, member, 'messages');
    expect(reply.status).toBe(200);
    // A Home opened afterwards is published; the messages tab before it never was.
    const other = s.person('other');
    await openHome(s, other);
    expect(published(s).slice(before).map((call) => call.userId)).toEqual([other.id]);
  });

  it('its buttons open the agreement and meeting-log forms for the pair they name', async () => {
    const home = await openHome(s, member);
    const click = async (actionId: string, value: string) => {
      const before = s.standIn.views.length;
      const reply = await s.harness.slack.blockAction({ userId: member.id, actionId, value, view: { type: 'home', blocks: home.view.blocks } });
      expect(reply.status).toBe(200);
      return s.waitFor(() => s.standIn.views.length > before && s.standIn.views.at(-1));
    };
    const agreement = await click(ACTION_AGREEMENT_EDIT, asMentor.channelId);
    expect(agreement.view.callback_id).toBe(VIEW_AGREEMENT);
    expect(JSON.parse(String(agreement.view.private_metadata))).toEqual({ channelId: asMentor.channelId });
    expect(JSON.stringify(agreement.view)).toContain('A first Salesforce role.');

    const log = await click(ACTION_HOME_LOG_MEETING, asMentee.channelId);
    expect(log.view.callback_id).toBe(VIEW_MEETING_LOG);
    expect(JSON.parse(String(log.view.private_metadata))).toEqual({ channelId: asMentee.channelId });

    // A forged value naming someone else's pair: the membership check refuses it, in a small window.
    const strangers = await s.openPair();
    const refused = await click(ACTION_AGREEMENT_EDIT, strangers.channelId);
    expect(refused.view.callback_id ?? '').toBe('');
    expect(allText(refused.view.blocks)).toContain(en.errors.not_member);
    const refusedLog = await click(ACTION_HOME_LOG_MEETING, strangers.channelId);
    expect(allText(refusedLog.view.blocks)).toContain(en.errors.not_member);
  });
});

describe('the Home tab of a programme admin', () => {
  // Pairs open on Sunday 1 February 2026; the overview is read 30 days later.
  const OPENED = new Date('2026-02-01T09:00:00Z');
  let now = OPENED;
  let s: Scenario;
  let quiet: OpenedPair;
  let boundary: OpenedPair;
  let weekly: OpenedPair;
  let recent: OpenedPair;
  let closed: OpenedPair;

  const daysBefore = (days: number) => new Date(now.getTime() - days * DAY_MS);

  beforeAll(async () => {
    s = await Scenario.start({ clock: () => now });
    [quiet, boundary, weekly, recent, closed] = [
      await s.openPair(),
      await s.openPair(),
      await s.openPair(),
      await s.openPair(),
      await s.openPair(),
    ] as [OpenedPair, OpenedPair, OpenedPair, OpenedPair, OpenedPair];
    now = new Date(OPENED.getTime() + 30 * DAY_MS);
    const setPair = (pair: OpenedPair, values: { stage: 'engage' | 'nurture' | 'closed'; cadence_days?: number }) =>
      s.db.updateTable('pairs').set(values).where('id', '=', pair.pairId).execute();
    await setPair(quiet, { stage: 'nurture' });
    await setPair(boundary, { stage: 'engage' });
    await setPair(recent, { stage: 'engage' });
    await setPair(closed, { stage: 'closed' });
    await s.db.updateTable('pairs').set({ cadence_days: 7 }).where('id', '=', weekly.pairId).execute();
    const log = (pair: OpenedPair, at: Date, summary: string) => ({
      pair_id: pair.pairId,
      author_id: pair.mentee.id,
      summary,
      achievements: `${summary} achievements`,
      next_steps: `${summary} next steps`,
      source: 'form' as const,
      created_at: at,
    });
    const [secret] = await s.db
      .insertInto('meeting_logs')
      .values([
        // 29 days ago, two-week rhythm: more than twice the rhythm.
        log(quiet, daysBefore(29), 'SECRET-NOTE about salary'),
        log(quiet, daysBefore(40), 'SECRET-NOTE older'),
        // Exactly 28 days ago, two-week rhythm: twice the rhythm, not more.
        log(boundary, daysBefore(28), 'SECRET-NOTE boundary'),
        log(recent, daysBefore(2), 'SECRET-NOTE recent'),
        log(closed, daysBefore(60), 'SECRET-NOTE closed'),
      ])
      .returning('id')
      .execute();
    await s.db
      .insertInto('action_items')
      .values({ pair_id: quiet.pairId, log_id: secret?.id ?? null, text: 'SECRET-ITEM call the recruiter', created_by: quiet.mentee.id })
      .execute();
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('lists every active pair with its stage, days since the last log and the counts per stage', async () => {
    const home = await openHome(s, s.admin);
    expect(home.view.type).toBe('home');
    const text = home.text;
    expect(text).toContain(en.home.admin.title);
    // The admin is in no pair: their own part is the empty state.
    expect(text).toContain(en.home.empty);

    const count = (stage: keyof typeof en.stageNames, n: number) => fill(en.home.admin.stageCount, { stage: en.stageNames[stage], count: n });
    expect(text).toContain([count('prepare', 1), count('engage', 2), count('nurture', 1), count('evaluate', 0)].join(' · '));
    expect(text).toContain(fill(en.home.admin.attentionCount, { count: 2 }));
    expect(text).not.toContain(closed.channelId);

    const days = (n: number) => fill(en.home.admin.lastLog, { days: fill(en.home.admin.days, { count: n }) });
    expect(lineOf(text, quiet.channelId)).toContain(`${en.stageNames.nurture} · ${days(29)}`);
    expect(lineOf(text, boundary.channelId)).toContain(`${en.stageNames.engage} · ${days(28)}`);
    expect(lineOf(text, recent.channelId)).toContain(`${en.stageNames.engage} · ${days(2)}`);
    expect(lineOf(text, weekly.channelId)).toContain(
      `${en.stageNames.prepare} · ${fill(en.home.admin.noLog, { days: fill(en.home.admin.days, { count: 30 }) })}`,
    );
    expect(lineOf(text, quiet.channelId)).toContain(fill(en.home.admin.members, { mentor: `<@${quiet.mentor.id}>`, mentee: `<@${quiet.mentee.id}>` }));
  });

  it('flags exactly the pairs with no log for more than twice their rhythm, and lists them first', async () => {
    const text = (await openHome(s, s.admin)).text;
    const flagged = (pair: OpenedPair) => lineOf(text, pair.channelId).includes(en.home.admin.needsAttention);
    expect(flagged(quiet)).toBe(true);
    expect(flagged(weekly)).toBe(true);
    expect(flagged(boundary)).toBe(false);
    expect(flagged(recent)).toBe(false);
    const order = [weekly, quiet, boundary, recent].map((pair) => text.indexOf(`<#${pair.channelId}>`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never shows what a pair wrote: no note, achievement, next step or action item text', async () => {
    const home = await openHome(s, s.admin);
    const json = JSON.stringify(home.view);
    expect(json).not.toContain('SECRET');
  });

  it('follows the clock: a day later the boundary pair needs attention too', async () => {
    now = new Date(now.getTime() + DAY_MS);
    try {
      const text = (await openHome(s, s.admin)).text;
      expect(lineOf(text, boundary.channelId)).toContain(en.home.admin.needsAttention);
      expect(text).toContain(fill(en.home.admin.attentionCount, { count: 3 }));
    } finally {
      now = new Date(now.getTime() - DAY_MS);
    }
  });
});

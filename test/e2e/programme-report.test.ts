import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { CSV_COLUMNS } from '../../src/domain/programme/report.js';
import { INPUT_ACTION } from '../../src/slack/ids.js';
import {
  ACTION_BULK_OPEN,
  ACTION_CONTACT_PAIR,
  ACTION_MOVE_COHORT,
  ACTION_PAIR_MANY,
  ACTION_PAIR_STATUS,
  COHORT_BLOCK,
  CONTACT_BLOCK,
  VIEW_CONTACT_PAIR,
  VIEW_MOVE_COHORT,
} from '../../src/slack/programme/programme-ids.js';
import { mention } from '../support/e2e.js';
import { decodePng } from '../support/png.js';
import { directMessages, latestBulk, submitPairList } from '../support/programme.js';
import { snapshotTables } from '../support/table-snapshot.js';
import { useScenario } from '../support/use-scenario.js';

const START = new Date('2027-03-01T09:00:00Z');

describe('/mentor report: one row per pair, compared with what is stored; the chart decodes', () => {
  const { s, clock } = useScenario({ start: START });

  it('sends the CSV and the PNG to the admin alone, with the stored counts and no note text', async () => {
    const spring = [s.person('mentor'), s.person('mentee')] as const;
    const other = [s.person('mentor'), s.person('mentee')] as const;
    const loose = [s.person('mentor'), s.person('mentee')] as const;
    await s.run(s.admin, '/mentor', `pair ${mention(spring[0])} ${mention(spring[1])} cohort "Spring 2027"`, 'CGENERAL');
    await s.run(s.admin, '/mentor', `pair ${mention(other[0])} ${mention(other[1])} cohort spring  2027`, 'CGENERAL');
    await s.run(s.admin, '/mentor', `pair ${mention(loose[0])} ${mention(loose[1])}`, 'CGENERAL');
    const pairs = await s.db.selectFrom('pairs').select(['id', 'channel_id', 'mentor_id']).orderBy('id').execute();
    const first = pairs.find((pair) => pair.mentor_id === spring[0].id);
    clock.set(new Date('2027-03-03T10:00:00Z'));
    await s.run(spring[1], '/mentor-log', 'A secret word: PAPAYA.\nnext: send the CV by 2027-03-02', first?.channel_id ?? '');
    // The pair's private answers, as the pulse feature stores them: the report counts them, never the comment.
    const [log] = await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', first?.id ?? 0).execute();
    const at = new Date('2027-03-04T09:00:00Z');
    await s.db.insertInto('fit_checks').values({ pair_id: first?.id ?? 0, user_id: spring[1].id, answer: 'unsure', comment: 'KIWI is my secret', answered_at: at }).execute();
    await s.db
      .insertInto('session_ratings')
      .values([spring[0], spring[1]].map((who, i) => ({ log_id: log?.id ?? 0, pair_id: first?.id ?? 0, user_id: who.id, rating: 3 - i, rated_at: at })))
      .execute();
    clock.set(new Date('2027-03-05T10:00:00Z'));

    const answer = await s.run(s.admin, '/mentor', 'report Spring 2027', 'CGENERAL');
    expect(answer.text).toContain(fill(en.programme.report.ready, { pairs: 2, scope: fill(en.programme.report.scopeCohort, { cohort: 'Spring 2027' }) }));
    const files = await s.waitFor(() => (s.standIn.files(s.admin.id).length >= 2 ? s.standIn.files(s.admin.id) : undefined));
    const csvFile = files.find((file) => file.filename.endsWith('.csv'));
    const pngFile = files.find((file) => file.filename.endsWith('.png'));
    expect(csvFile?.filename).toBe('mentoring-report-spring-2027-2027-03-05.csv');
    const rows = parse(csvFile?.content ?? '', { bom: true }) as string[][];
    expect(rows[0]).toEqual(CSV_COLUMNS.map((column) => en.programme.report.columns[column]));
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    const stored = await s.db.selectFrom('pairs').selectAll().where('id', '=', first?.id ?? 0).executeTakeFirstOrThrow();
    const logs = await s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', stored.id).execute();
    const items = await s.db.selectFrom('action_items').select(['status', 'due_on']).where('pair_id', '=', stored.id).execute();
    expect(row).toEqual({
      number: String(stored.id),
      cohort: 'Spring 2027',
      mentor: spring[0].name,
      mentorId: stored.mentor_id,
      mentee: spring[1].name,
      menteeId: stored.mentee_id,
      stage: en.stageNames[stored.stage],
      daysInStage: '4',
      openedOn: '2027-03-01',
      meetingsLogged: String(logs.length),
      lastMeeting: '2027-03-03',
      itemsDone: '0',
      itemsOpen: String(items.length),
      itemsOverdue: String(items.filter((item) => item.due_on !== null && item.due_on < '2027-03-05').length),
      preparation: '0/4',
      agreement: en.programme.report.no,
      fitAnswers: en.pulse.fitCheck.answers.unsure,
      averageSessionRating: '2.5',
      outcome: '',
      goalAttainment: '',
    });
    expect(logs).toHaveLength(1);
    expect(items).toHaveLength(1);
    expect(row.itemsOverdue).toBe('1');
    // Never what anyone wrote: not the log, not the item.
    expect(csvFile?.content).not.toContain('PAPAYA');
    expect(csvFile?.content).not.toContain('KIWI');
    expect(csvFile?.content).not.toContain('send the CV');
    // The chart: a real PNG, 1200 pixels wide.
    const png = decodePng(pngFile?.bytes ?? new Uint8Array());
    expect(png.width).toBe(1200);
    expect(png.height).toBeGreaterThan(300);
    expect(pngFile?.bytes?.byteLength).toBeGreaterThan(5_000);
    // Nothing went to the pairs' channels or to anyone but the admin.
    for (const pair of pairs) expect(s.standIn.files(pair.channel_id ?? '')).toHaveLength(0);

    const all = await s.run(s.admin, '/mentor', 'report', 'CGENERAL');
    expect(all.text).toContain(fill(en.programme.report.ready, { pairs: 3, scope: en.programme.report.scopeAll }));
    const unknown = await s.run(s.admin, '/mentor', 'report "Winter 1999"', 'CGENERAL');
    expect(unknown.text).toContain(fill(en.errors.cohort_unknown, { cohort: 'Winter 1999' }));
  }, 120_000);
});

describe('a non-admin is refused everywhere, with nothing written or read', () => {
  const { s } = useScenario({ start: START });

  it('pair many, report, cohort, Open, the Home buttons and the forms', async () => {
    const member = s.person('member');
    const [mentor, mentee] = [s.person('mentor'), s.person('mentee')];
    await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');
    const pair = await s.db.selectFrom('pairs').select(['id']).executeTakeFirstOrThrow();
    await submitPairList(s, s.admin, `${s.person('mentor').id} ${s.person('mentee').id} Spring`);
    await s.waitFor(() => directMessages(s, s.admin).some((text) => text.includes(en.programme.bulk.preview)));
    const bulk = await s.until(async () => {
      const latest = await latestBulk(s);
      return latest.progress_ts !== null && latest;
    });

    const before = await snapshotTables(s.db as never);
    const mark = s.standIn.calls.length;
    for (const text of ['pair-many', 'report', 'report Spring', `pair ${mention(s.person('mentor'))} ${mention(s.person('mentee'))} cohort Spring`]) {
      const answer = await s.run(member, '/mentor', text, 'CGENERAL');
      expect(answer.text).toBe(en.errors.not_admin);
    }
    const open = await s.click(member, { channelId: bulk.progress_channel ?? '', actionId: ACTION_BULK_OPEN, value: String(bulk.id), messageTs: bulk.progress_ts ?? '' });
    expect(open.text).toBe(en.errors.not_admin);
    for (const actionId of [ACTION_PAIR_MANY, ACTION_CONTACT_PAIR, ACTION_PAIR_STATUS, ACTION_MOVE_COHORT]) {
      const responseUrl = s.standIn.newResponseUrl();
      await s.harness.slack.blockAction({ userId: member.id, actionId, value: String(pair.id), responseUrl });
      expect((await s.answerTo(responseUrl)).text).toBe(en.errors.not_admin);
    }
    const dms = directMessages(s, member).length;
    await submitPairList(s, member, `${mentor.id} ${mentee.id} Spring`);
    await s.harness.slack.viewSubmission({
      userId: member.id,
      callbackId: VIEW_CONTACT_PAIR,
      privateMetadata: JSON.stringify({ pairId: pair.id }),
      values: { [CONTACT_BLOCK]: { [INPUT_ACTION]: { type: 'plain_text_input', value: 'hello' } } },
    });
    await s.harness.slack.viewSubmission({
      userId: member.id,
      callbackId: VIEW_MOVE_COHORT,
      privateMetadata: JSON.stringify({ pairId: pair.id }),
      values: { [COHORT_BLOCK]: { [INPUT_ACTION]: { type: 'plain_text_input', value: 'Elsewhere' } } },
    });
    const refusals = await s.waitFor(() => (directMessages(s, member).length >= dms + 3 ? directMessages(s, member).slice(dms) : undefined));
    for (const text of refusals) expect(text).toContain(en.errors.not_admin);

    // Nothing was written, and nothing was read or sent for the member: no lookups, no files, no posts to others.
    expect(await snapshotTables(s.db as never)).toEqual(before);
    const methods = s.callsSince(mark).map((call) => call.method);
    for (const forbidden of ['users.lookupByEmail', 'users.list', 'conversations.create', 'files.getUploadURLExternal', 'usergroups.users.list', 'views.open']) {
      expect(methods).not.toContain(forbidden);
    }
    const posts = s.callsSince(mark, 'chat.postMessage').map((call) => String(call.params.channel));
    expect(posts.every((channel) => channel === member.id)).toBe(true);
  }, 120_000);
});

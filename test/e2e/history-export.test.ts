/**
 * `/mentor history` and `/mentor export` over signed HTTP: pages of logs with "Older" / "Newer"
 * buttons that replace the ephemeral answer, and the whole relationship sent to the requester alone,
 * as a file in the bot's direct messages with them (Slack's external upload flow), never in the
 * pair's channel. Only the pair's two members may read either.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/fill.js';
import { ACTION_HISTORY_NEWER, ACTION_HISTORY_OLDER } from '../../src/slack/ids.js';
import type { Answer, OpenedPair } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const NOW = new Date('2031-02-10T12:00:00Z');

const { s } = useScenario({ start: NOW });

/** The buttons of an answer: action id → value. */
function buttons(answer: Answer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of (answer.body.blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements ?? []) if (element.action_id) out[element.action_id] = element.value ?? '';
  }
  return out;
}

async function clickPage(user: { id: string }, channelId: string, actionId: string, value: string): Promise<Answer> {
  const responseUrl = s.standIn.newResponseUrl();
  const reply = await s.harness.slack.blockAction({ userId: user.id, channelId, actionId, value, responseUrl });
  expect(reply.status).toBe(200);
  return s.answerTo(responseUrl);
}

/** The bot's direct-message channel with a user, as the stand-in opened it. */
function dmOf(userId: string): string {
  const channel = [...s.standIn.channels.values()].find((c) => c.id.startsWith('D') && c.members.has(userId));
  if (channel === undefined) throw new Error(`no direct message with ${userId}`);
  return channel.id;
}

async function logOf(pairId: number, summaryStart: string) {
  return s.db
    .selectFrom('meeting_logs')
    .selectAll()
    .where('pair_id', '=', pairId)
    .where('summary', 'like', `${summaryStart}%`)
    .executeTakeFirstOrThrow();
}

describe('/mentor history', () => {
  let pair: OpenedPair;

  beforeAll(async () => {
    pair = await s.pairAt('nurture');
    for (let n = 1; n <= 7; n++) {
      const who = n % 2 === 0 ? pair.mentor : pair.mentee;
      const answer = await s.run(who, '/mentor-log', `Meeting ${n} about the CV <!channel>\nnext: action of meeting ${n}`, pair.channelId);
      expect(answer.text).not.toContain(en.errors.not_member);
    }
  });

  it('shows the five newest logs, newest first, with their action items and an "Older" button', async () => {
    const answer = await s.run(pair.mentee, '/mentor', 'history', pair.channelId);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(fill(en.history.title, { page: 1 }));
    const order = [7, 6, 5, 4, 3].map((n) => answer.text.indexOf(`Meeting ${n} about`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(answer.text).not.toContain('Meeting 2 about');
    expect(answer.text).toContain('action of meeting 7');
    expect(answer.text).toContain(en.history.open);
    expect(answer.text).toContain(`<@${pair.mentee.id}>`);
    // People's text never pings the channel.
    expect(answer.text).not.toContain('<!channel>');
    expect(buttons(answer)).toEqual({ [ACTION_HISTORY_OLDER]: '2' });
  });

  it('pages back and forth with the buttons, replacing the answer', async () => {
    const older = await clickPage(pair.mentor, pair.channelId, ACTION_HISTORY_OLDER, '2');
    expect(older.body.replace_original).toBe(true);
    expect(older.text).toContain(fill(en.history.title, { page: 2 }));
    expect(older.text).toContain('Meeting 2 about');
    expect(older.text).toContain('Meeting 1 about');
    expect(older.text).not.toContain('Meeting 3 about');
    expect(buttons(older)).toEqual({ [ACTION_HISTORY_NEWER]: '1' });

    const newer = await clickPage(pair.mentor, pair.channelId, ACTION_HISTORY_NEWER, '1');
    expect(newer.body.replace_original).toBe(true);
    expect(newer.text).toContain('Meeting 7 about');
  });

  it('says so, kindly, past the oldest log, and refuses a page that is not a number', async () => {
    const beyond = await s.run(pair.mentee, '/mentor', 'history 3', pair.channelId);
    expect(beyond.text).toContain(fill(en.history.noOlder, { page: 3 }));
    expect(buttons(beyond)).toEqual({});

    const bad = await s.run(pair.mentee, '/mentor', 'history two', pair.channelId);
    expect(bad.text).toContain(fill(en.errors.page_invalid, { page: 'two' }));
  });

  it('leaves deleted logs out and shows one’s own private note only', async () => {
    const six = await logOf(pair.pairId, 'Meeting 6 about');
    const seven = await logOf(pair.pairId, 'Meeting 7 about');
    // Odd meetings are the mentee's, even ones the mentor's.
    const four = await logOf(pair.pairId, 'Meeting 4 about');
    await s.db.updateTable('meeting_logs').set({ deleted_at: NOW }).where('id', '=', six.id).execute();
    await s.db.updateTable('meeting_logs').set({ private_note: 'MENTEE ONLY' }).where('id', '=', seven.id).execute();
    await s.db.updateTable('meeting_logs').set({ private_note: 'MENTOR ONLY' }).where('id', '=', four.id).execute();
    try {
      const mentee = await s.run(pair.mentee, '/mentor', 'history', pair.channelId);
      expect(mentee.text).not.toContain('Meeting 6 about');
      expect(mentee.text).toContain('Meeting 2 about');
      expect(mentee.text).toContain('MENTEE ONLY');
      expect(mentee.text).not.toContain('MENTOR ONLY');
      const mentor = await s.run(pair.mentor, '/mentor', 'history', pair.channelId);
      expect(mentor.text).toContain('MENTOR ONLY');
      expect(mentor.text).not.toContain('MENTEE ONLY');
    } finally {
      await s.db.updateTable('meeting_logs').set({ deleted_at: null, private_note: null }).where('pair_id', '=', pair.pairId).execute();
    }
  });

  it('refuses an outsider and an admin, by command and by button', async () => {
    const outsider = s.person('outsider');
    for (const who of [outsider, s.admin]) {
      const answer = await s.run(who, '/mentor', 'history', pair.channelId);
      expect(answer.text).toContain(en.errors.not_member);
      expect(answer.text).not.toContain('Meeting');
      const click = await clickPage(who, pair.channelId, ACTION_HISTORY_OLDER, '2');
      expect(click.text).toContain(en.errors.not_member);
      expect(click.text).not.toContain('Meeting');
    }
  });
});

describe('/mentor export', () => {
  let pair: OpenedPair;

  beforeAll(async () => {
    pair = await s.pairAt('nurture');
    await s.run(pair.mentor, '/mentor-log', 'Mentor wrote this meeting\nnext: polish the pitch', pair.channelId);
    await s.run(pair.mentee, '/mentor-log', 'Mentee wrote this meeting\nnext: send the CV', pair.channelId);
    await s.run(pair.mentee, '/mentor-log', 'A meeting deleted later', pair.channelId);
    const mentorLog = await logOf(pair.pairId, 'Mentor wrote');
    const menteeLog = await logOf(pair.pairId, 'Mentee wrote');
    const deleted = await logOf(pair.pairId, 'A meeting deleted');
    await s.db.updateTable('meeting_logs').set({ private_note: 'MENTOR SECRET' }).where('id', '=', mentorLog.id).execute();
    await s.db.updateTable('meeting_logs').set({ private_note: 'MENTEE SECRET' }).where('id', '=', menteeLog.id).execute();
    await s.db.updateTable('meeting_logs').set({ deleted_at: NOW, private_note: 'DELETED SECRET' }).where('id', '=', deleted.id).execute();
    await s.db
      .insertInto('goal_plans')
      .values({ pair_id: pair.pairId, goal: 'Land a Salesforce role', created_by: pair.mentee.id, created_at: NOW, updated_by: pair.mentee.id, updated_at: NOW })
      .execute();
    await s.db
      .insertInto('goal_steps')
      .values([
        { pair_id: pair.pairId, position: 1, text: 'Pick the role', done_by: pair.mentee.id, done_at: NOW },
        { pair_id: pair.pairId, position: 2, text: 'Close the skill gaps' },
      ])
      .execute();
  });

  it('sends one Markdown file to the requester alone, in a direct message, with their own private notes only', async () => {
    const mark = s.standIn.calls.length;
    const posts = s.posts(pair.channelId).length;
    const answer = await s.run(pair.mentee, '/mentor', 'export', pair.channelId);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.export.done);

    // Nothing lands in the pair's channel: neither a file nor a line about it.
    expect(s.standIn.files(pair.channelId)).toEqual([]);
    expect(s.posts(pair.channelId)).toHaveLength(posts);
    const [open] = s.callsSince(mark, 'conversations.open');
    expect(open?.params).toMatchObject({ users: pair.mentee.id });
    const dm = dmOf(pair.mentee.id);
    const files = s.standIn.files(dm);
    expect(files).toHaveLength(1);
    expect(files[0]?.channels).toEqual([dm]);
    const [file] = files;
    expect(file?.filename).toBe(`mentoring-pair-${pair.pairId}-2031-02-10.md`);
    expect(file?.title).toBe(fill(en.export.fileTitle, { mentor: pair.mentor.name, mentee: pair.mentee.name }));
    expect(file?.initialComment).toBe(fill(en.export.comment, { user: `<@${pair.mentee.id}>` }));

    const [ticket] = s.callsSince(mark, 'files.getUploadURLExternal');
    expect(ticket?.params).toMatchObject({ filename: file?.filename, length: String(Buffer.byteLength(file?.content ?? '')) });
    const completes = s.callsSince(mark, 'files.completeUploadExternal');
    expect(completes).toHaveLength(1);
    expect(completes[0]?.params).toMatchObject({ channel_id: dm, files: [{ id: file?.id, title: file?.title }] });
    // Its id is kept, for /mentor erase.
    const kept = await s.db.selectFrom('uploaded_files').selectAll().where('pair_id', '=', pair.pairId).execute();
    expect(kept.map((row) => [row.file_id, row.channel_id])).toEqual([[file?.id, dm]]);

    const md = file?.content ?? '';
    expect(md).toContain(`# ${fill(en.export.title, { mentor: pair.mentor.name, mentee: pair.mentee.name })}`);
    expect(md).toContain(`- **${en.export.mentor}:** ${pair.mentor.name}`);
    expect(md).toContain(`- **${en.export.stage}:** ${en.stageNames.nurture}`);
    expect(md).toContain('Land a Salesforce role');
    expect(md).toContain('1. [x] Pick the role (done on 2031-02-10)');
    expect(md).toContain('2. [ ] Close the skill gaps');
    expect(md).toContain(en.export.noAgreement);
    expect(md.indexOf('Mentor wrote this meeting')).toBeGreaterThan(0);
    expect(md.indexOf('Mentee wrote this meeting')).toBeGreaterThan(md.indexOf('Mentor wrote this meeting'));
    expect(md).toContain('MENTEE SECRET');
    expect(md).not.toContain('MENTOR SECRET');
    expect(md).not.toContain('A meeting deleted later');
    expect(md).not.toContain('DELETED SECRET');
    expect(md).toMatch(/\| \d+ \| polish the pitch \|/);
    expect(md).toMatch(/\| \d+ \| send the CV \|/);
  });

  it('gives the mentor their own note, not the mentee’s, in the mentor’s own direct message', async () => {
    await s.run(pair.mentor, '/mentor', 'export', pair.channelId);
    const files = s.standIn.files(dmOf(pair.mentor.id));
    expect(files).toHaveLength(1);
    expect(s.standIn.files(pair.channelId)).toEqual([]);
    const md = files.at(-1)?.content ?? '';
    expect(md).toContain('MENTOR SECRET');
    expect(md).not.toContain('MENTEE SECRET');
  });

  it('gives the same record as JSON on `/mentor export json`', async () => {
    const dm = dmOf(pair.mentee.id);
    const before = s.standIn.files(dm).length;
    const answer = await s.run(pair.mentee, '/mentor', 'export json', pair.channelId);
    expect(answer.text).toContain(en.export.done);
    expect(s.standIn.files(pair.channelId)).toEqual([]);
    const files = s.standIn.files(dm);
    expect(files).toHaveLength(before + 1);
    const file = files.at(-1);
    expect(file?.filename).toBe(`mentoring-pair-${pair.pairId}-2031-02-10.json`);
    const document = JSON.parse(file?.content ?? '') as {
      format: string;
      pair: { mentor: { id: string } };
      logs: Array<{ summary: string; privateNote: string | null }>;
      actionItems: Array<{ text: string }>;
    };
    expect(document.format).toBe('mentor-coach.export');
    expect(document.pair.mentor.id).toBe(pair.mentor.id);
    expect(document.logs.map((log) => [log.summary, log.privateNote])).toEqual([
      ['Mentor wrote this meeting', null],
      ['Mentee wrote this meeting', 'MENTEE SECRET'],
    ]);
    expect(document.actionItems.map((item) => item.text)).toEqual(['polish the pitch', 'send the CV']);
  });

  it('refuses an outsider and an admin with no upload', async () => {
    const outsider = s.person('outsider');
    for (const who of [outsider, s.admin]) {
      const mark = s.standIn.calls.length;
      const before = s.standIn.files().length;
      const answer = await s.run(who, '/mentor', 'export', pair.channelId);
      expect(answer.text).toContain(en.errors.not_member);
      expect(s.callsSince(mark).filter((call) => call.method.startsWith('files.'))).toEqual([]);
      expect(s.standIn.files()).toHaveLength(before);
    }
  });
});

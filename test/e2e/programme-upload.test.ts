import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { MAX_LIST_FILE_KB } from '../../src/domain/programme/list-file.js';
import { PAIR_FILE_BLOCK, PAIR_MANY_BLOCK } from '../../src/slack/programme/programme-ids.js';
import { mention, type Person, Scenario } from '../support/e2e.js';
import { directMessages, submitPairForm, pacedOn } from '../support/programme.js';

// The lookups are paced within Slack's limits: waiting moves this clock on instead of sleeping.
const time = { now: new Date('2027-03-01T09:00:00Z') };

describe('pair many from an uploaded CSV', () => {
  let s: Scenario;
  const mentors: Person[] = [];
  const mentees: Person[] = [];
  let csv = '';

  const lists = () => s.db.selectFrom('bulk_pairings').select('id').execute().then((rows) => rows.length);
  const fieldErrors = (reply: { json: unknown }) => (reply.json as { response_action?: string; errors?: Record<string, string> } | null)?.errors;
  /** The next direct message to the admin after `from`, once it arrives. */
  const nextDirect = (from: number) => s.waitFor(() => directMessages(s, s.admin).slice(from)[0]?.trim());

  beforeAll(async () => {
    s = await Scenario.start({ clock: () => time.now, paceClock: pacedOn(time) });
    for (let i = 0; i < 53; i += 1) {
      mentors.push(s.person('mentor', i % 10 === 0 ? { email: `upload-mentor${i}@example.org` } : {}));
      mentees.push(s.person('mentee'));
    }
    const paired = { mentor: s.person('mentor'), mentee: s.person('mentee') };
    await s.run(s.admin, '/mentor', `pair ${mention(paired.mentor)} ${mention(paired.mentee)}`, 'CGENERAL');
    const gone = s.person('gone', { deleted: true });
    // A header naming the columns in its own order (mentee first), commas, quotes, a BOM and CRLF ends: a spreadsheet's export.
    const good = mentors.map((mentor, i) => {
      const name = i % 10 === 0 ? mentor.email : i % 3 === 0 ? `@${mentor.name}` : mentor.id;
      return `${mentees[i]?.id},${name},${i < 30 ? '"Spring 2027"' : 'Autumn'}`;
    });
    const bad = [
      `${mentees[0]?.id},@nobody-here,`,
      `${mentees[1]?.id},${s.standIn.botUserId}`,
      `${mentees[2]?.id},${gone.id}`,
      `${mentors[3]?.id},${mentors[3]?.id}`,
      // Too many cells: not guessed at, and only this line is refused.
      `${paired.mentee.id},${paired.mentor.id},Spring,2027`,
      // An unclosed quote spoils its own line only.
      `${mentors[6]?.id},"${mentees[6]?.id},Autumn`,
      `${mentors[5]?.id},${mentees[5]?.id},Autumn`,
    ];
    csv = `\uFEFFMentee,Mentor,Cohort\r\n${[...good.slice(0, 20), ...bad, ...good.slice(20)].join('\r\n')}\r\n`;
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('offers a file input beside the pasted list, both optional, one CSV or text file', async () => {
    const mark = s.standIn.calls.length;
    await s.send(s.admin, '/mentor', 'pair-many', 'CGENERAL');
    const open = await s.waitFor(() => s.standIn.calls.slice(mark).find((call) => call.method === 'views.open'));
    const blocks = (open.params.view as { blocks: Array<{ block_id: string; optional?: boolean; element: Record<string, unknown> }> }).blocks;
    expect(blocks.map((block) => [block.block_id, block.optional, block.element.type])).toEqual([
      [PAIR_MANY_BLOCK, true, 'plain_text_input'],
      [PAIR_FILE_BLOCK, true, 'file_input'],
    ]);
    expect(blocks[1]?.element).toMatchObject({ filetypes: ['csv', 'txt'], max_files: 1 });
  });

  it('asks for exactly one of the two inputs, in the form itself', async () => {
    const file = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content: csv });
    const neither = await submitPairForm(s, s.admin, { text: '   ' });
    expect(fieldErrors(neither)).toEqual({ [PAIR_MANY_BLOCK]: en.programme.pairMany.needOne });
    const both = await submitPairForm(s, s.admin, { text: `${mentors[0]?.id} ${mentees[0]?.id}`, files: [file] });
    expect(fieldErrors(both)).toEqual({ [PAIR_FILE_BLOCK]: en.programme.pairMany.notBoth });
    const twoFiles = await submitPairForm(s, s.admin, { files: [file, file] });
    expect(fieldErrors(twoFiles)).toEqual({ [PAIR_FILE_BLOCK]: en.programme.pairMany.notBoth });
    const sheet = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.xlsx', content: 'PK\u0003\u0004' });
    expect(fieldErrors(await submitPairForm(s, s.admin, { files: [sheet] }))).toEqual({ [PAIR_FILE_BLOCK]: en.errors.pair_file_not_csv });
    const huge = s.standIn.addUserFile({ user: s.admin.id, name: 'huge.csv', content: 'a'.repeat(MAX_LIST_FILE_KB * 1000 + 1) });
    expect(fieldErrors(await submitPairForm(s, s.admin, { files: [huge] }))).toEqual({
      [PAIR_FILE_BLOCK]: fill(en.errors.pair_file_too_large, { max: MAX_LIST_FILE_KB }),
    });
    expect(s.standIn.callsTo('files.info')).toHaveLength(0);
    expect(await lists()).toBe(0);
  });

  it('previews every row of a 60-row CSV the way it previews pasted lines, before anything is created', async () => {
    const creates = s.standIn.callsTo('conversations.create').length;
    const file = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content: csv });
    const reply = await submitPairForm(s, s.admin, { files: [file] });
    expect(reply.status).toBe(200);
    expect(fieldErrors(reply)).toBeUndefined();
    const preview = await s.waitFor(() => directMessages(s, s.admin).find((text) => text.includes(fill(en.programme.bulk.title, { count: 60 }))));
    expect(preview).toContain(fill(en.programme.bulk.counts, { ready: 53, invalid: 7 }));
    for (const problem of ['unknown_user', 'bot', 'deactivated', 'same_person', 'duplicate_row', 'malformed'] as const) {
      expect(preview).toContain(en.programme.bulk.status[problem]);
    }
    expect(s.standIn.callsTo('files.info').map((call) => call.params.file)).toEqual([file.id]);
    expect(s.standIn.callsTo('conversations.create')).toHaveLength(creates);
    const rows = await s.db.selectFrom('bulk_pairing_rows').select(['line_no', 'mentor_id', 'mentee_id', 'cohort_name', 'problem']).orderBy('line_no').execute();
    expect(rows).toHaveLength(60);
    // Line 1 is the header; the file's own line numbers.
    expect(rows[0]).toMatchObject({ line_no: 2, mentor_id: mentors[0]?.id, mentee_id: mentees[0]?.id, cohort_name: 'Spring 2027', problem: null });
    expect(rows.slice(20, 27).map((row) => [row.line_no, row.problem])).toEqual([
      [22, 'unknown_user'],
      [23, 'bot'],
      [24, 'deactivated'],
      [25, 'same_person'],
      [26, 'malformed'],
      [27, 'malformed'],
      [28, 'duplicate_row'],
    ]);
    expect(rows.at(-1)).toMatchObject({ line_no: 61, cohort_name: 'Autumn', problem: null });
  }, 60_000);

  it('refuses a file larger than the cap even when the form understated its size, downloading nothing', async () => {
    const before = await lists();
    const dms = directMessages(s, s.admin).length;
    const huge = s.standIn.addUserFile({ user: s.admin.id, name: 'huge.csv', content: `${mentors[0]?.id},${mentees[0]?.id}\n`.repeat(20_000) });
    await submitPairForm(s, s.admin, { files: [{ ...huge, size: 120 }] });
    expect(await nextDirect(dms)).toBe(fill(en.errors.pair_file_too_large, { max: MAX_LIST_FILE_KB }));
    expect(await lists()).toBe(before);
  });

  it('refuses a file that is not UTF-8 text, or that could not be downloaded', async () => {
    const before = await lists();
    let dms = directMessages(s, s.admin).length;
    const latin1 = s.standIn.addUserFile({ user: s.admin.id, name: 'latin1.csv', content: Buffer.from(`${mentors[1]?.id},${mentees[1]?.id},Été\n`, 'latin1') });
    await submitPairForm(s, s.admin, { files: [latin1] });
    expect(await nextDirect(dms)).toBe(en.errors.pair_file_not_text);
    dms = directMessages(s, s.admin).length;
    const broken = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content: csv, downloadStatus: 500 });
    await submitPairForm(s, s.admin, { files: [broken] });
    expect(await nextDirect(dms)).toBe(en.errors.pair_file_unreadable);
    expect(await lists()).toBe(before);
  });

  it('a first row that looks like a header but names neither the mentor nor the mentee refuses the file, guessing no roles', async () => {
    const before = await lists();
    const dms = directMessages(s, s.admin).length;
    const content = `Name,Partner,Notes\r\n${mentees[1]?.id},${mentors[1]?.id},\r\n`;
    const unnamed = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content });
    await submitPairForm(s, s.admin, { files: [unnamed] });
    expect(await nextDirect(dms)).toBe(en.errors.pair_list_header_unreadable);
    expect(await lists()).toBe(before);
  });

  it('the file’s download address serves nobody without the bot token', async () => {
    const file = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content: csv });
    const address = String(file.url_private_download);
    const bare = await fetch(address, { redirect: 'manual' });
    expect(bare.status).toBe(302);
    const followed = await fetch(address);
    expect(followed.headers.get('content-type')).toContain('text/html');
    expect(await followed.text()).not.toContain('Mentee,Mentor');
    const wrong = await fetch(address, { redirect: 'manual', headers: { Authorization: 'Bearer xoxb-someone-else' } });
    expect(wrong.status).toBe(302);
    const right = await fetch(address, { headers: { Authorization: `Bearer ${s.standIn.token}` } });
    expect(Buffer.from(await right.arrayBuffer()).toString('utf8')).toBe(csv);
  });

  it('a non-admin’s upload is refused before the file is read', async () => {
    const member = s.person('member');
    const infos = s.standIn.callsTo('files.info').length;
    const before = await lists();
    const file = s.standIn.addUserFile({ user: member.id, name: 'pairs.csv', content: csv });
    await submitPairForm(s, member, { files: [file] });
    await s.waitFor(() => directMessages(s, member)[0]);
    expect(directMessages(s, member).map((text) => text.trim())).toEqual([en.errors.not_admin]);
    expect(s.standIn.callsTo('files.info')).toHaveLength(infos);
    expect(await lists()).toBe(before);
  });

  it('without the files:read scope, says what the app needs and writes nothing', async () => {
    s.standIn.revokeScope('files:read');
    const before = await lists();
    const dms = directMessages(s, s.admin).length;
    const file = s.standIn.addUserFile({ user: s.admin.id, name: 'pairs.csv', content: csv });
    await submitPairForm(s, s.admin, { files: [file] });
    expect(await nextDirect(dms)).toBe(en.errors.pair_file_no_scope);
    expect(s.standIn.calls.filter((call) => call.method === 'files.info').at(-1)?.params.file).toBe(file.id);
    expect(await lists()).toBe(before);
  });
});

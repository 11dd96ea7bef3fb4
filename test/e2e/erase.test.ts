/**
 * `/mentor erase`: a programme admin deletes a closed pair's records after a confirmation step; an
 * audit line stays. Anyone else, an active pair, or a pair of another workspace is refused, and
 * then nothing is read or deleted.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_ERASE_CANCEL, ACTION_ERASE_CONFIRM } from '../../src/slack/ids.js';
import type { OpenedPair } from '../support/e2e.js';
import { snapshotTables } from '../support/table-snapshot.js';
import { useScenario } from '../support/use-scenario.js';

const NOW = new Date('2031-03-03T10:00:00Z');
const SECRET_NOTE = 'Talked about my burnout, please keep this between us.';

const { s } = useScenario({ start: NOW });

/** A pair with a log, two action items, pending reminders, then closed. */
async function closedPair(): Promise<OpenedPair> {
  const pair = await s.pairAt('nurture');
  await s.run(pair.mentee, '/mentor-log', `${SECRET_NOTE}\nnext: send the CV\nnext: call Ana`, pair.channelId);
  await s.db.updateTable('pairs').set({ stage: 'closed', closed_at: NOW }).where('id', '=', pair.pairId).execute();
  return pair;
}

/** Rows that name the pair, in every table that has a pair_id column (found, not listed by hand). */
async function rowsOfPair(pairId: number): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = current_schema() and column_name = 'pair_id'
    order by table_name`.execute(s.db);
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables.rows) {
    const result = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)} where pair_id = ${pairId}`.execute(s.db);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  const pairs = await s.db.selectFrom('pairs').select('id').where('id', '=', pairId).execute();
  counts.pairs = pairs.length;
  return counts;
}

const snapshot = () => snapshotTables(s.db as never);
const clickAs = (user: { id: string }, actionId: string, pairId: number) =>
  s.click(user, { channelId: 'CADMINDM', actionId, value: String(pairId), messageTs: '1.1' });

describe('an admin erases a closed pair', () => {
  it('asks first (counts and dates, never the notes), then deletes everything about the pair and keeps an audit line', async () => {
    const pair = await closedPair();
    const other = await closedPair();
    const otherRows = await rowsOfPair(other.pairId);
    const before = await snapshot();

    const asked = await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM');
    expect(asked.body.response_type).toBe('ephemeral');
    expect(asked.text).toContain(en.erase.confirmTitle);
    expect(asked.text).toContain(`*Pair ${pair.pairId}*: <@${pair.mentor.id}> and <@${pair.mentee.id}>`);
    expect(asked.text).toContain('1 meeting logs and 2 action items');
    expect(asked.text).not.toContain(SECRET_NOTE);
    const buttons = JSON.stringify(asked.body);
    expect(buttons).toContain(ACTION_ERASE_CONFIRM);
    expect(buttons).toContain(ACTION_ERASE_CANCEL);
    expect(buttons).toContain('"confirm":{');
    // Asking changes nothing.
    expect(await snapshot()).toEqual(before);
    expect((await rowsOfPair(pair.pairId)).meeting_logs).toBe(1);
    expect((await rowsOfPair(pair.pairId)).jobs).toBeGreaterThan(0);

    const done = await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(done.text).toBe(fill(en.erase.erased, { pair: pair.pairId }));
    expect(done.body.replace_original).toBe(true);

    const left = await rowsOfPair(pair.pairId);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([['erasures', 1]]);
    const audit = await s.db.selectFrom('erasures').selectAll().where('pair_id', '=', pair.pairId).execute();
    expect(audit).toEqual([{ id: expect.any(Number), team_id: expect.any(String), pair_id: pair.pairId, erased_by: s.admin.id, erased_at: NOW }]);
    // The other closed pair is untouched.
    expect(await rowsOfPair(other.pairId)).toEqual(otherRows);

    // Clicked again (or Slack delivering the click twice): one audit line, a clear answer.
    const again = await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(again.text).toContain(`Pair ${pair.pairId} was already erased, by <@${s.admin.id}>`);
    expect(await s.db.selectFrom('erasures').selectAll().where('pair_id', '=', pair.pairId).execute()).toHaveLength(1);
    const askedAgain = await s.run(s.admin, '/mentor', `erase #${pair.pairId}`, 'CADMINDM');
    expect(askedAgain.text).toBe(en.errors.pair_erased);
  });

  it('names a pair by its archived channel too; Cancel erases nothing', async () => {
    const pair = await closedPair();
    const asked = await s.run(s.admin, '/mentor', `erase <#${pair.channelId}|mentoring-x>`, 'CADMINDM');
    expect(asked.text).toContain(`*Pair ${pair.pairId}*`);
    const before = await snapshot();
    const cancelled = await clickAs(s.admin, ACTION_ERASE_CANCEL, pair.pairId);
    expect(cancelled.text).toBe(en.erase.cancelled);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the files the bot uploaded for the pair', () => {
  /** A closed pair whose two members each exported once (Markdown, then JSON): two files, one per DM. */
  async function exportedPair(): Promise<{ pair: OpenedPair; fileIds: string[] }> {
    const pair = await closedPair();
    await s.run(pair.mentee, '/mentor', 'export', pair.channelId);
    await s.run(pair.mentor, '/mentor', 'export json', pair.channelId);
    const rows = await s.db.selectFrom('uploaded_files').select('file_id').where('pair_id', '=', pair.pairId).orderBy('id').execute();
    expect(rows).toHaveLength(2);
    return { pair, fileIds: rows.map((row) => row.file_id) };
  }

  const fileOf = (id: string) => s.standIn.files().find((file) => file.id === id);

  it('are deleted from Slack before the rows; one already gone does not stop the erasure', async () => {
    const { pair, fileIds } = await exportedPair();
    // Someone (a workspace admin) deleted the first file already.
    const early = await fetch(`${s.standIn.apiUrl}files.delete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${s.standIn.token}` },
      body: new URLSearchParams({ file: fileIds[0] ?? '' }),
    });
    expect(await early.json()).toEqual({ ok: true });
    const mark = s.standIn.calls.length;

    const done = await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(done.text).toBe(fill(en.erase.erased, { pair: pair.pairId }));
    expect(s.callsSince(mark, 'files.delete').map((call) => call.params.file)).toEqual(fileIds);
    for (const id of fileIds) expect(fileOf(id)?.deleted).toBe(true);
    expect(await rowsOfPair(pair.pairId)).toMatchObject({ uploaded_files: 0, pairs: 0, erasures: 1 });
    expect(await s.db.selectFrom('erasures').select('erased_by').where('pair_id', '=', pair.pairId).execute()).toEqual([{ erased_by: s.admin.id }]);
  });

  it('when Slack refuses to delete one, nothing is erased and the ids are kept; clicking again finishes', async () => {
    const { pair, fileIds } = await exportedPair();
    s.standIn.failNext('files.delete', { error: 'cant_delete_file' });
    const refused = await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(refused.text).toBe(en.generic.failed);
    expect(await rowsOfPair(pair.pairId)).toMatchObject({ pairs: 1, erasures: 0 });
    const kept = await s.db.selectFrom('uploaded_files').select('file_id').where('pair_id', '=', pair.pairId).execute();
    expect(kept.map((row) => row.file_id)).toEqual(fileIds);
    expect(fileOf(fileIds[0] ?? '')?.deleted).toBeUndefined();

    const done = await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(done.text).toBe(fill(en.erase.erased, { pair: pair.pairId }));
    for (const id of fileIds) expect(fileOf(id)?.deleted).toBe(true);
    expect(await rowsOfPair(pair.pairId)).toMatchObject({ uploaded_files: 0, pairs: 0, erasures: 1 });
  });
});

describe('refusals: nothing is read or deleted', () => {
  it.each([
    ['the pair’s own mentor', (p: OpenedPair) => p.mentor],
    ['the pair’s own mentee', (p: OpenedPair) => p.mentee],
    ['an outsider', () => s.person('outsider')],
  ])('%s is no admin: the command and a forged button are refused', async (_who, pick) => {
    const pair = await closedPair();
    const user = pick(pair);
    const before = await snapshot();
    const asked = await s.run(user, '/mentor', `erase ${pair.pairId}`, pair.channelId);
    expect(asked.text).toBe(en.errors.not_admin);
    const clicked = await clickAs(user, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(clicked.text).toBe(en.errors.not_admin);
    expect(await snapshot()).toEqual(before);
  });

  it('an active pair is refused', async () => {
    const pair = await s.pairAt('nurture');
    const before = await snapshot();
    expect((await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM')).text).toBe(en.errors.pair_not_closed);
    expect((await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId)).text).toBe(en.errors.pair_not_closed);
    expect(await snapshot()).toEqual(before);
  });

  it('another workspace’s pair does not exist here', async () => {
    const pair = await closedPair();
    await s.db.updateTable('pairs').set({ team_id: 'TOTHERTEAM' }).where('id', '=', pair.pairId).execute();
    const before = await snapshot();
    expect((await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM')).text).toBe(en.errors.pair_unknown);
    expect((await clickAs(s.admin, ACTION_ERASE_CONFIRM, pair.pairId)).text).toBe(en.errors.pair_unknown);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['no number', 'erase', 'erase_target_invalid'],
    ['a word', 'erase everything', 'erase_target_invalid'],
    ['two numbers', 'erase 1 2', 'erase_target_invalid'],
    ['zero', 'erase 0', 'erase_target_invalid'],
    ['SQL', "erase 1; delete from pairs", 'erase_target_invalid'],
    ['a number nobody has', 'erase 987654', 'pair_unknown'],
  ] as const)('%s is refused with a clear message', async (_label, text, code) => {
    const before = await snapshot();
    expect((await s.run(s.admin, '/mentor', text, 'CADMINDM')).text).toBe(en.errors[code]);
    expect(await snapshot()).toEqual(before);
  });
});

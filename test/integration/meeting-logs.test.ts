import { describe, expect, it } from 'vitest';
import { countActionItems, insertActionItems, listOpenActionItems } from '../../src/storage/nurture/action-item.repository.js';
import { insertMeetingLog, meetingLogStats, type NewMeetingLog, setLogMessage } from '../../src/storage/nurture/meeting-log.repository.js';
import { insertPair } from '../../src/storage/pairs/pair.repository.js';
import type { Pair } from "../../src/domain/pairs/pair.js";
import { inTransaction } from '../../src/storage/db/transaction.js';
import { useTestDatabase } from '../support/use-database.js';

/** Action items without due dates, as most tests here need. */
const undated = (texts: string[]) => texts.map((text) => ({ text, dueOn: null }));

const database = useTestDatabase();

let sequence = 0;
async function newPair(): Promise<Pair> {
  sequence += 1;
  const row = await insertPair(database.db, {
    teamId: 'T0TEAM',
    mentorId: `U${sequence}MENTOR`,
    menteeId: `U${sequence}MENTEE`,
    createdBy: 'U0ADMIN',
  });
  if (!row) throw new Error('expected a new pair');
  return row;
}

const logOf = (pair: Pair, overrides: Partial<NewMeetingLog> = {}): NewMeetingLog => ({
  pairId: pair.id,
  authorId: pair.menteeId,
  summary: 'We met and reviewed the CV.',
  achievements: null,
  nextSteps: null,
  nextMeetingOn: null,
  source: 'command',
  ...overrides,
});

async function logsOf(pairId: number) {
  return database.db.selectFrom('meeting_logs').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

async function itemsOf(pairId: number) {
  return database.db.selectFrom('action_items').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

describe('insertMeetingLog', () => {
  it('returns the stored log, with the next meeting day as yyyy-mm-dd text', async () => {
    const pair = await newPair();
    const log = await insertMeetingLog(
      database.db,
      logOf(pair, { achievements: 'CV done', nextSteps: 'call Ana', nextMeetingOn: '2026-03-15', source: 'form' }),
    );
    expect(log).toMatchObject({
      pairId: pair.id,
      authorId: pair.menteeId,
      summary: 'We met and reviewed the CV.',
      achievements: 'CV done',
      nextSteps: 'call Ana',
      nextMeetingOn: '2026-03-15',
      source: 'form',
      messageTs: null,
    });
    expect(typeof log.id).toBe('number');
    expect(log.createdAt).toBeInstanceOf(Date);
    expect((await logsOf(pair.id))[0]?.next_meeting_on).toBe('2026-03-15');
  });

  it.each(['2026-01-01', '2026-12-31', '2027-02-28', '2028-02-29', '2026-03-29', '2026-11-01'])(
    'reads %s back unchanged, whatever the zones',
    async (day) => {
      const pair = await newPair();
      const log = await insertMeetingLog(database.db, logOf(pair, { nextMeetingOn: day }));
      expect(log.nextMeetingOn).toBe(day);
      expect((await meetingLogStats(database.db, pair.id)).nextMeetingOn).toBe(day);
    },
  );

  it('accepts a 4000-character summary (emoji count as one) and refuses 4001 and empty', async () => {
    const pair = await newPair();
    await expect(insertMeetingLog(database.db, logOf(pair, { summary: '😀'.repeat(4000) }))).resolves.toBeDefined();
    await expect(insertMeetingLog(database.db, logOf(pair, { summary: 'a'.repeat(4001) }))).rejects.toThrow(/check/i);
    await expect(insertMeetingLog(database.db, logOf(pair, { summary: '' }))).rejects.toThrow(/check/i);
    expect(await logsOf(pair.id)).toHaveLength(1);
  });

  it('setLogMessage stores the Slack message ts', async () => {
    const pair = await newPair();
    const log = await insertMeetingLog(database.db, logOf(pair));
    await setLogMessage(database.db, log.id, '1712345678.000100');
    expect((await logsOf(pair.id))[0]?.message_ts).toBe('1712345678.000100');
  });
});

describe('a log and its action items in one transaction', () => {
  it('are stored together', async () => {
    const pair = await newPair();
    const { log, items } = await inTransaction(database.db, async (trx) => {
      const log = await insertMeetingLog(trx, logOf(pair, { nextSteps: 'call Ana\nsend CV' }));
      const items = await insertActionItems(trx, { pairId: pair.id, logId: log.id, createdBy: pair.menteeId, items: undated(['call Ana', 'send CV']) });
      return { log, items };
    });
    expect(items.map(({ logId, text, status, createdBy, doneAt }) => ({ logId, text, status, createdBy, doneAt }))).toEqual([
      { logId: log.id, text: 'call Ana', status: 'open', createdBy: pair.menteeId, doneAt: null },
      { logId: log.id, text: 'send CV', status: 'open', createdBy: pair.menteeId, doneAt: null },
    ]);
    expect(await logsOf(pair.id)).toHaveLength(1);
    // The table holds what the repository answered, column for column.
    expect((await itemsOf(pair.id)).map((row) => [row.id, row.log_id, row.text, row.status, row.created_by, row.number])).toEqual(
      items.map((item) => [item.id, item.logId, item.text, item.status, item.createdBy, item.number]),
    );
  });

  it('saved at once, each in a transaction that holds the pair, number their items apart', async () => {
    const pair = await newPair();
    // insertActionItems takes no lock of its own: the caller's transaction locks the pair's row first.
    const saved = await Promise.all(
      [0, 1, 2, 3].map((n) =>
        inTransaction(database.db, async (trx) => {
          const log = await insertMeetingLog(trx, logOf(pair));
          return insertActionItems(trx, { pairId: pair.id, logId: log.id, createdBy: pair.menteeId, items: undated([`a${n}`, `b${n}`, `c${n}`]) });
        }, { pairId: pair.id }),
      ),
    );
    for (const items of saved) expect(items.map((item) => item.number! - items[0]!.number!)).toEqual([0, 1, 2]);
    expect((await itemsOf(pair.id)).map((row) => row.number).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('insertActionItems with no texts inserts nothing', async () => {
    const pair = await newPair();
    expect(await insertActionItems(database.db, { pairId: pair.id, logId: null, createdBy: pair.mentorId, items: undated([]) })).toEqual([]);
    expect(await itemsOf(pair.id)).toEqual([]);
  });

  it('roll back the log when an action item is refused (empty text breaks the check)', async () => {
    const pair = await newPair();
    await expect(
      inTransaction(database.db, async (trx) => {
        const log = await insertMeetingLog(trx, logOf(pair));
        await insertActionItems(trx, { pairId: pair.id, logId: log.id, createdBy: pair.menteeId, items: undated(['call Ana', '']) });
      }),
    ).rejects.toThrow(/check/i);
    expect(await logsOf(pair.id)).toEqual([]);
    expect(await itemsOf(pair.id)).toEqual([]);
  });

  it('roll back everything when the work itself fails after writing', async () => {
    const pair = await newPair();
    await expect(
      inTransaction(database.db, async (trx) => {
        const log = await insertMeetingLog(trx, logOf(pair));
        await insertActionItems(trx, { pairId: pair.id, logId: log.id, createdBy: pair.menteeId, items: undated(['call Ana']) });
        throw new Error('posting failed');
      }),
    ).rejects.toThrow('posting failed');
    expect(await logsOf(pair.id)).toEqual([]);
    expect(await itemsOf(pair.id)).toEqual([]);
  });

  it('leave the database usable after a rollback', async () => {
    const pair = await newPair();
    await expect(
      inTransaction(database.db, async (trx) => {
        await insertMeetingLog(trx, logOf(pair, { summary: '' }));
      }),
    ).rejects.toThrow();
    await insertMeetingLog(database.db, logOf(pair));
    expect(await logsOf(pair.id)).toHaveLength(1);
  });
});

describe('meetingLogStats', () => {
  it('is empty for a pair without logs', async () => {
    const pair = await newPair();
    expect(await meetingLogStats(database.db, pair.id)).toEqual({ count: 0, lastAt: null, nextMeetingOn: null });
  });

  it('counts logs, gives the last one’s time, and the next meeting day from the latest log', async () => {
    const pair = await newPair();
    const other = await newPair();
    await insertMeetingLog(database.db, logOf(other, { nextMeetingOn: '2030-01-01' }));
    await insertMeetingLog(database.db, logOf(pair, { nextMeetingOn: '2026-03-01' }));
    await insertMeetingLog(database.db, logOf(pair, { nextMeetingOn: null }));
    const latest = await insertMeetingLog(database.db, logOf(pair, { nextMeetingOn: '2026-03-15' }));

    const stats = await meetingLogStats(database.db, pair.id);

    expect(stats).toEqual({ count: 3, lastAt: latest.createdAt, nextMeetingOn: '2026-03-15' });
    expect(typeof stats.count).toBe('number');
    expect(stats.lastAt).toBeInstanceOf(Date);
    expect(typeof stats.nextMeetingOn).toBe('string');
  });

  it('works inside a transaction too', async () => {
    const pair = await newPair();
    const stats = await inTransaction(database.db, async (trx) => {
      await insertMeetingLog(trx, logOf(pair, { nextMeetingOn: '2026-06-01' }));
      return meetingLogStats(trx, pair.id);
    });
    expect(stats).toMatchObject({ count: 1, nextMeetingOn: '2026-06-01' });
  });
});

describe('action items', () => {
  it('countActionItems counts open and done as numbers, for this pair only', async () => {
    const pair = await newPair();
    const other = await newPair();
    expect(await countActionItems(database.db, pair.id)).toEqual({ open: 0, done: 0 });

    const items = await insertActionItems(database.db, {
      pairId: pair.id,
      logId: null,
      createdBy: pair.menteeId,
      items: undated(['a', 'b', 'c', 'd']),
    });
    await insertActionItems(database.db, { pairId: other.id, logId: null, createdBy: other.menteeId, items: undated(['x', 'y']) });
    await database.db
      .updateTable('action_items')
      .set({ status: 'done', done_by: pair.mentorId, done_at: new Date() })
      .where('id', 'in', [items[1]!.id, items[3]!.id])
      .execute();

    const counts = await countActionItems(database.db, pair.id);
    expect(counts).toEqual({ open: 2, done: 2 });
    expect(typeof counts.open).toBe('number');
    expect(typeof counts.done).toBe('number');
  });

  it('listOpenActionItems lists open items oldest first, up to the limit, for this pair only', async () => {
    const pair = await newPair();
    const other = await newPair();
    const first = await insertActionItems(database.db, { pairId: pair.id, logId: null, createdBy: pair.menteeId, items: undated(['one', 'two', 'three']) });
    await insertActionItems(database.db, { pairId: other.id, logId: null, createdBy: other.menteeId, items: undated(['not ours']) });
    await insertActionItems(database.db, { pairId: pair.id, logId: null, createdBy: pair.mentorId, items: undated(['four', 'five', 'six']) });
    await database.db.updateTable('action_items').set({ status: 'done' }).where('id', '=', first[0]!.id).execute();

    const texts = async (limit: number) => (await listOpenActionItems(database.db, pair.id, limit)).map((item) => item.text);
    expect(await texts(3)).toEqual(['two', 'three', 'four']);
    expect(await texts(10)).toEqual(['two', 'three', 'four', 'five', 'six']);
    expect(await texts(1)).toEqual(['two']);
    expect(await texts(0)).toEqual([]);
  });
});

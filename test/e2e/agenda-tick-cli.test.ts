/**
 * `npm run tick -- --at <time>` posts a meeting's agenda before it, once however often it runs:
 * src/cli/tick.ts in a child process, on a database of this file's own (a server database when
 * TEST_DATABASE_URL is set, else an embedded one in a folder made here, closed before the child opens it).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { jobsOfPair, schedulerContext, type SeededPair, seedPairs } from '../support/scheduler.js';
import { useTickCli } from '../support/tick-cli.js';

// Monday 5 January 2026, 15:30 in Paris (mentee) and 09:30 in New York (mentor).
const OPENED = new Date('2026-01-05T14:30:00Z');
// The next meeting the log names: Thursday 15 January, 09:00 in Paris; its agenda is due 24 hours before.
const MEETING = new Date('2026-01-15T08:00:00Z');
const AT = new Date('2026-01-14T08:00:00Z');

describe('npm run tick posts the agenda before the meeting', () => {
  let pair: SeededPair;

  const cli = useTickCli(async (db, standIn) => {
    [pair] = (await seedPairs(db, standIn, 1, { openedAt: OPENED })) as [SeededPair];
    const log = await db
      .insertInto('meeting_logs')
      .values({ pair_id: pair.pairId, author_id: pair.menteeId, summary: 'First meeting', source: 'command', next_meeting_on: '2026-01-15', created_at: OPENED })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('action_items')
      .values({ pair_id: pair.pairId, log_id: log.id, text: 'Rewrite the CV', created_by: pair.menteeId, due_on: '2026-01-20', number: 1 })
      .execute();
    await replanPair(schedulerContext(db, standIn, { clock: () => OPENED }), pair.pairId);
    const agenda = (await jobsOfPair(db, pair.pairId)).filter((job) => job.kind === 'agenda');
    expect(agenda).toMatchObject([{ state: 'pending', run_at: AT, dedupe_key: `agenda:${pair.pairId}:${MEETING.toISOString()}` }]);
  });
  const standIn = cli.standIn;

  it('an hour early nothing is due; at the time, one pass posts it; passes after that post nothing more', async () => {
    const early = await cli.run(['--at', '2026-01-14T07:00:00Z'], { slack: true });
    expect(early.stderr).toBe('');
    expect(early.stdout).toBe('tick at 2026-01-14T07:00:00.000Z: 0 claimed, 0 sent, 0 cancelled, 0 postponed, 0 to retry, 0 failed\n');

    const first = await cli.run(['--at', AT.toISOString()], { slack: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`tick at ${AT.toISOString()}: 1 claimed, 1 sent, 0 cancelled, 0 postponed, 0 to retry, 0 failed\n`);
    const [again, later] = [await cli.run(['--at', AT.toISOString()], { slack: true }), await cli.run(['--at', '2026-01-14T09:00:00Z'], { slack: true })];
    expect(again.stdout).toContain('0 claimed');
    expect(later.stdout).toContain('0 claimed');

    const posted = standIn.messages(pair.channelId);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text.startsWith(en.agenda.title)).toBe(true);
    const body = JSON.stringify(posted[0]!.blocks);
    expect(body).toContain(`<!date^${MEETING.getTime() / 1000}^`);
    expect(body).toContain('Rewrite the CV');
  }, 90_000);
});

/**
 * `npm run tick -- [--at ISO] [--dry-run]` as an operator runs it: src/cli/tick.ts in a child
 * process, configured only through its environment: DATABASE_URL (a server database of this file's
 * own) when TEST_DATABASE_URL is set, else DATA_DIR (an embedded database in a folder made here,
 * closed before the child opens it: PGlite allows one process at a time).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { calendarDay } from '../../src/slack/kit/dates.js';
import { jobsOfPair, jobsSnapshot, schedulerContext, type SeededPair, seedPairs } from '../support/scheduler.js';
import { useTickCli } from '../support/tick-cli.js';

/** The `#id kind pair key` lines of a dry run. */
function listed(stdout: string): Array<{ id: number; kind: string; key: string }> {
  return stdout
    .split('\n')
    .map((line) => /^(\S+)\s+#(\d+)\s+(\S+)\s+pair \S+\s+(\S+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ id: Number(match[2]), kind: match[3]!, key: match[4]! }));
}

// Monday 5 January 2026, 15:30 in Paris (mentee) and 09:30 in New York (mentor).
const OPENED = new Date('2026-01-05T14:30:00Z');
// Thursday 15 January, 16:00 in Paris and 10:00 in New York.
const AT = new Date('2026-01-15T15:00:00Z');

describe('npm run tick', () => {
  let pair: SeededPair;
  let later: SeededPair;
  /** The jobs a pass at AT must take, in the order a dry run lists them (by run_at). */
  let due: Array<{ id: number; kind: string; key: string }>;

  const cli = useTickCli(async (db, standIn) => {
    const ctx = schedulerContext(db, standIn, { clock: () => OPENED });
    [pair] = (await seedPairs(db, standIn, 1, { openedAt: OPENED })) as [SeededPair];
    [later] = (await seedPairs(db, standIn, 1, { openedAt: new Date('2026-01-12T14:30:00Z') })) as [SeededPair];
    // Due Wednesday 14 January: "due tomorrow" on Tuesday 13 at 14:00 UTC, "overdue" on Thursday 15 at 14:00 UTC.
    await db.insertInto('action_items').values({ pair_id: pair.pairId, text: 'Rewrite the CV', created_by: pair.menteeId, due_on: '2026-01-14' }).execute();
    await replanPair(ctx, pair.pairId);
    await replanPair(ctx, later.pairId);
    const jobs = await jobsOfPair(db, pair.pairId);
    const actionDue = jobs.find((job) => job.kind === 'action_due')!;
    const actionOverdue = jobs.find((job) => job.kind === 'action_overdue')!;
    // A worker claimed "due tomorrow" on time and died: its lease ran out at 14:05 that day.
    await db
      .updateTable('jobs')
      .set({ state: 'running', attempts: 1, lease_expires_at: new Date('2026-01-13T14:05:00Z') })
      .where('id', '=', actionDue.id)
      .execute();
    // Rows a pass must leave alone: sent, cancelled, and one another worker holds right now.
    const past = new Date('2026-01-12T14:00:00Z');
    await db
      .insertInto('jobs')
      .values([
        { kind: 'meeting_overdue', pair_id: later.pairId, dedupe_key: 'seeded:done', run_at: past, state: 'done', attempts: 1, finished_at: past },
        { kind: 'meeting_overdue', pair_id: later.pairId, dedupe_key: 'seeded:cancelled', run_at: past, state: 'cancelled', finished_at: past },
        {
          kind: 'meeting_overdue',
          pair_id: later.pairId,
          dedupe_key: 'seeded:busy',
          run_at: past,
          state: 'running',
          attempts: 1,
          // Leases run on the database's clock: this one is an hour from the database's now.
          lease_expires_at: sql<Date>`now() + interval '1 hour'`,
        },
      ])
      .execute();
    due = [actionDue, actionOverdue].map((job) => ({ id: job.id, kind: job.kind, key: job.dedupe_key }));
    // Not due at AT: the meeting reminders of both pairs.
    const future = await db.selectFrom('jobs').select('run_at').where('state', '=', 'pending').where('kind', '=', 'meeting_overdue').execute();
    expect(future.length).toBe(2);
    for (const job of future) expect(job.run_at.getTime()).toBeGreaterThan(AT.getTime());
  });
  const standIn = cli.standIn;

  it('--dry-run lists exactly the jobs due at --at, and changes nothing', async () => {
    const before = await cli.withDatabase(jobsSnapshot);
    const calls = standIn.calls.length;

    const run = await cli.run(['--at', AT.toISOString(), '--dry-run']);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`2 job(s) due at ${AT.toISOString()} (dry run: nothing sent, nothing changed)`);
    expect(listed(run.stdout)).toEqual(due);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(await cli.withDatabase(jobsSnapshot)).toEqual(before);
    // Slack is not even configured for a dry run; nothing reached the stand-in.
    expect(standIn.calls).toHaveLength(calls);

    // Earlier (a time given with its offset), only the job whose worker died is due: its lease ended at 14:05 UTC.
    const early = await cli.run(['--at', '2026-01-13T15:10:00+01:00', '--dry-run']);
    expect(early.code).toBe(0);
    expect(early.stdout.split('\n')[0]).toBe('1 job(s) due at 2026-01-13T14:10:00.000Z (dry run: nothing sent, nothing changed)');
    expect(listed(early.stdout)).toEqual([due[0]]);
    expect(await cli.withDatabase(jobsSnapshot)).toEqual(before);
  }, 60_000);

  it('without --dry-run one pass sends what is due; a second pass at the same time sends nothing more', async () => {
    const first = await cli.run(['--at', AT.toISOString()], { slack: true });

    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // "Due tomorrow" reclaimed after its lease is stale by now and dropped; "overdue" is sent.
    expect(first.stdout).toBe(`tick at ${AT.toISOString()}: 2 claimed, 1 sent, 1 cancelled, 0 postponed, 0 to retry, 0 failed\n`);
    const posted = standIn.messages(pair.channelId);
    expect(posted.map((message) => message.text)).toEqual([
      fill(en.nudges.actionOverdue, { item: 'Rewrite the CV', due: calendarDay('2026-01-14', 'en') }),
    ]);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);
    expect(standIn.messages(later.channelId)).toHaveLength(0);

    const second = await cli.run(['--at', AT.toISOString()], { slack: true });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(`tick at ${AT.toISOString()}: 0 claimed, 0 sent, 0 cancelled, 0 postponed, 0 to retry, 0 failed\n`);
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);

    const rows = await cli.withDatabase(jobsSnapshot);
    const byKey = new Map(rows.map((row) => [row.dedupe_key, row]));
    expect(byKey.get(due[1]!.key)).toMatchObject({ state: 'done', attempts: 1, finished_at: AT });
    expect(byKey.get(due[0]!.key)).toMatchObject({ state: 'cancelled', attempts: 2 });
    expect(byKey.get('seeded:done')).toMatchObject({ state: 'done' });
    expect(byKey.get('seeded:cancelled')).toMatchObject({ state: 'cancelled' });
    expect(byKey.get('seeded:busy')).toMatchObject({ state: 'running', attempts: 1 });
  }, 60_000);

  it('a bad --at prints one readable line and exits 1', async () => {
    const bad = ['next tuesday', '2026-13-45T09:00:00Z'];
    const runs = await Promise.all(bad.map((at) => cli.run(['--at', at, '--dry-run'])));
    for (const [i, run] of runs.entries()) {
      const at = bad[i]!;
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`--at must be an ISO-8601 time such as 2026-12-01T09:00:00Z, not "${at}"`);
    }
  }, 60_000);
});

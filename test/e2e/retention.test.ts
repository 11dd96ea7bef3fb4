/**
 * RETENTION_DAYS: the scheduler pass erases each closed pair that many days after it closed, the
 * way `/mentor erase` does (files deleted from Slack, the same audit line), on every replica at
 * once without harm; the admins' Home shows when each closed pair will go. Fixed clocks only.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { erasureDueAt } from '../../src/domain/admin/retention.js';
import { eraseExpiredPairs, RETENTION_ERASER } from '../../src/services/admin/retention.js';
import { ACTION_ERASE_CONFIRM } from '../../src/slack/ids.js';
import { slackDate } from '../../src/slack/kit/dates.js';
import type { OpenedPair } from '../support/e2e.js';
import { openHome } from '../support/home.js';
import { useScenario } from '../support/use-scenario.js';

const DAY_MS = 24 * 3600_000;
const NOW = new Date('2031-05-20T09:00:00Z');
const RETENTION_DAYS = 30;

const logged: Array<{ message: string; details?: Record<string, unknown> }> = [];

const { s } = useScenario({ start: NOW, retentionDays: RETENTION_DAYS, log: (message, details) => logged.push({ message, details }) });

/** A pair whose mentee exported once (a file in the mentee's DM), closed at `closedAt`. */
async function closedAt(closedAt: Date): Promise<OpenedPair & { fileId: string }> {
  const pair = await s.pairAt('nurture');
  await s.run(pair.mentee, '/mentor-log', 'We talked about the pitch\nnext: rehearse it', pair.channelId);
  await s.run(pair.mentee, '/mentor', 'export', pair.channelId);
  await s.db.updateTable('pairs').set({ stage: 'closed', closed_at: closedAt }).where('id', '=', pair.pairId).execute();
  const file = await s.db.selectFrom('uploaded_files').select('file_id').where('pair_id', '=', pair.pairId).executeTakeFirstOrThrow();
  return { ...pair, fileId: file.file_id };
}

const exists = async (pairId: number) => (await s.db.selectFrom('pairs').select('id').where('id', '=', pairId).execute()).length === 1;
const auditOf = (pairId: number) => s.db.selectFrom('erasures').select(['erased_by', 'erased_at']).where('pair_id', '=', pairId).execute();
const fileOf = (id: string) => s.standIn.files().find((file) => file.id === id);

describe('the scheduler erases closed pairs once their retention has run out', () => {
  it('erases a pair closed RETENTION_DAYS ago to the minute, files first, with the erase audit line; a younger one waits its turn', async () => {
    const due = await closedAt(new Date(NOW.getTime() - RETENTION_DAYS * DAY_MS));
    const young = await closedAt(new Date(NOW.getTime() - RETENTION_DAYS * DAY_MS + 60_000));
    const active = await s.pairAt('nurture');

    await s.harness.tick(NOW);
    expect(await exists(due.pairId)).toBe(false);
    expect(await auditOf(due.pairId)).toEqual([{ erased_by: RETENTION_ERASER, erased_at: NOW }]);
    expect(fileOf(due.fileId)?.deleted).toBe(true);
    expect(await s.count('uploaded_files', due.pairId)).toBe(0);
    expect(await s.count('meeting_logs', due.pairId)).toBe(0);
    expect(await exists(young.pairId)).toBe(true);
    expect(fileOf(young.fileId)?.deleted).toBeUndefined();
    expect(await exists(active.pairId)).toBe(true);

    // A minute later, the younger one's turn.
    const later = new Date(NOW.getTime() + 60_000);
    await s.harness.tick(later);
    expect(await exists(young.pairId)).toBe(false);
    expect(await auditOf(young.pairId)).toEqual([{ erased_by: RETENTION_ERASER, erased_at: later }]);
    expect(fileOf(young.fileId)?.deleted).toBe(true);
    expect(await exists(active.pairId)).toBe(true);

    // An admin's late click on the erase button says who erased it.
    const click = await s.click(s.admin, { channelId: 'CADMINDM', actionId: ACTION_ERASE_CONFIRM, value: String(due.pairId), messageTs: '1.1' });
    expect(click.text).toBe(fill(en.erase.alreadyErasedByRetention, { pair: due.pairId, date: slackDate(NOW, 'en') }));
  });

  it('two replicas passing at once erase each pair once, with one audit line and no error', async () => {
    const pairs = await Promise.all([0, 1, 2].map((n) => closedAt(new Date(NOW.getTime() - (RETENTION_DAYS + 1 + n) * DAY_MS))));
    const before = logged.length;
    await Promise.all([s.harness.tick(NOW), s.harness.tick(NOW)]);
    for (const pair of pairs) {
      expect(await exists(pair.pairId)).toBe(false);
      expect(await auditOf(pair.pairId)).toHaveLength(1);
      expect(fileOf(pair.fileId)?.deleted).toBe(true);
    }
    expect(logged.slice(before).filter((line) => /could not|failed/.test(line.message))).toEqual([]);
  });

  it('a file Slack will not delete yet keeps the whole pair for the next pass', async () => {
    const pair = await closedAt(new Date(NOW.getTime() - 90 * DAY_MS));
    s.standIn.failNext('files.delete', { status: 429, retryAfter: 30 });
    await s.harness.tick(NOW);
    expect(await exists(pair.pairId)).toBe(true);
    expect(await s.count('uploaded_files', pair.pairId)).toBe(1);
    expect(await auditOf(pair.pairId)).toEqual([]);
    expect(logged.some((line) => line.message === 'retention could not erase a pair yet' && line.details?.pairId === pair.pairId)).toBe(true);

    await s.harness.tick(new Date(NOW.getTime() + 60_000));
    expect(await exists(pair.pairId)).toBe(false);
    expect(fileOf(pair.fileId)?.deleted).toBe(true);
  });

  it('unset, nothing is ever erased', async () => {
    const pair = await closedAt(new Date(NOW.getTime() - 3650 * DAY_MS));
    const ctx = { ...s.harness.coach.ctx, retentionDays: undefined };
    expect(await eraseExpiredPairs(ctx, new Date(NOW.getTime() + 3650 * DAY_MS))).toBe(0);
    expect(await exists(pair.pairId)).toBe(true);
    expect(fileOf(pair.fileId)?.deleted).toBeUndefined();
    // Tidy up for the Home test below.
    await s.harness.tick(NOW);
  });
});

describe('the admins’ Home', () => {
  it('shows, after each closed pair, the day retention will erase it', async () => {
    const closed = new Date(NOW.getTime() - 10 * DAY_MS);
    const pair = await closedAt(closed);
    const home = await openHome(s, s.admin, NOW);
    const erases = erasureDueAt(closed, RETENTION_DAYS);
    expect(erases).toEqual(new Date(NOW.getTime() + 20 * DAY_MS));
    const token = `<!date^${erases.getTime() / 1000}^{date_short}|${erases.toISOString().slice(0, 10)}>`;
    const line = home.text.split('\n').find((text) => text.includes(`<#${pair.channelId}>`));
    expect(line).toBeDefined();
    expect(line?.endsWith(` · ${fill(en.erase.erasesOn, { date: token })}`)).toBe(true);
  });
});

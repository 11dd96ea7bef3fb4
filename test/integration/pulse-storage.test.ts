/**
 * The pulse repositories on a real database: comments sealed at rest (ratings and answers plain, so
 * SQL can average them), one fit answer and one check-in per member, a changeable session rating,
 * the queries other features read (latestFitAnswers, pulseBelow), and the facts the plan reads.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../../src/storage/sealing/field-cipher.js';
import { findFitAnswer, insertFitAnswer, latestFitAnswers } from '../../src/storage/pulse/fit-check.repository.js';
import { findCheckin, insertCheckin } from '../../src/storage/pulse/pulse-checkin.repository.js';
import { readPulseFacts } from '../../src/storage/pulse/pulse-facts.repository.js';
import { findSessionRating, pulseBelow, saveSessionRating } from '../../src/storage/pulse/session-rating.repository.js';
import { useTestDatabase } from '../support/use-database.js';

const KEYRING = Keyring.fromKeys(randomBytes(32));
const AT = new Date('2031-03-04T09:00:00Z');
const database = useTestDatabase({ keyring: KEYRING });

async function seedPair(n: number, stage: 'nurture' | 'closed' = 'nurture'): Promise<number> {
  const pair = await database.db
    .insertInto('pairs')
    .values({ team_id: 'T1', mentor_id: `UMENTOR${n}`, mentee_id: `UMENTEE${n}`, created_by: 'UADMIN', stage, created_at: new Date('2031-03-03T10:00:00Z') })
    .returning('id')
    .executeTakeFirstOrThrow();
  return pair.id;
}

async function seedLog(pairId: number, at: Date): Promise<number> {
  const log = await database.db
    .insertInto('meeting_logs')
    .values({ pair_id: pairId, author_id: 'UMENTEE', summary: 'met', source: 'command', created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return log.id;
}

describe('pulse storage', () => {
  it('seals comments at rest and keeps answers plain; a member answers once', async () => {
    const pairId = await seedPair(1);
    const first = { pairId, userId: 'UMENTEE1', answer: 'not_a_fit' as const, comment: 'private words', answeredAt: AT };
    expect(await insertFitAnswer(database.db, first)).toBe(true);
    expect(await insertFitAnswer(database.db, { ...first, answer: 'great', comment: 'other words' })).toBe(false);
    expect(await findFitAnswer(database.db, pairId, 'UMENTEE1')).toEqual(first);
    expect(await insertCheckin(database.db, { pairId, userId: 'UMENTEE1', progress: 2, relationship: 3, comment: 'checkin words', answeredAt: AT })).toBe(true);
    expect((await findCheckin(database.db, pairId, 'UMENTEE1'))?.comment).toBe('checkin words');
    const raw = database.db.withoutPlugins();
    const fit = await raw.selectFrom('fit_checks').select(['answer', 'comment']).where('pair_id', '=', pairId).executeTakeFirstOrThrow();
    expect(fit.answer).toBe('not_a_fit');
    expect(fit.comment?.startsWith('enc:')).toBe(true);
    expect(fit.comment).not.toContain('private words');
    const checkin = await raw.selectFrom('pulse_checkins').select(['progress', 'comment']).where('pair_id', '=', pairId).executeTakeFirstOrThrow();
    expect(Number(checkin.progress)).toBe(2);
    expect(checkin.comment?.startsWith('enc:')).toBe(true);
  });

  it('keeps one rating per member and log, the latest; pulseBelow lists open pairs under the threshold', async () => {
    const low = await seedPair(2);
    const high = await seedPair(3);
    const closed = await seedPair(4, 'closed');
    const lowLog = await seedLog(low, AT);
    const highLog = await seedLog(high, AT);
    const closedLog = await seedLog(closed, AT);
    await saveSessionRating(database.db, { logId: lowLog, pairId: low, userId: 'UMENTEE2', rating: 4, ratedAt: AT });
    await saveSessionRating(database.db, { logId: lowLog, pairId: low, userId: 'UMENTEE2', rating: 1, ratedAt: AT });
    await saveSessionRating(database.db, { logId: lowLog, pairId: low, userId: 'UMENTOR2', rating: 2, ratedAt: AT });
    await saveSessionRating(database.db, { logId: highLog, pairId: high, userId: 'UMENTEE3', rating: 4, ratedAt: AT });
    await saveSessionRating(database.db, { logId: closedLog, pairId: closed, userId: 'UMENTEE4', rating: 1, ratedAt: AT });
    expect(await findSessionRating(database.db, lowLog, 'UMENTEE2')).toBe(1);
    expect(await pulseBelow(database.db, 'T1', 2.5)).toEqual([{ pairId: low, average: 1.5 }]);
    expect(await pulseBelow(database.db, 'T2', 2.5)).toEqual([]);
  });

  it('latestFitAnswers gives the open pairs’ answers without comments', async () => {
    const answers = await latestFitAnswers(database.db, 'T1');
    expect(answers).toEqual([{ pairId: expect.any(Number), userId: 'UMENTEE1', answer: 'not_a_fit', answeredAt: AT }]);
    expect(JSON.stringify(answers)).not.toContain('private words');
  });

  it('reads the plan’s facts: first log, stage start, agreement dates', async () => {
    const pairId = await seedPair(5);
    expect(await readPulseFacts(database.db, pairId)).toMatchObject({ firstLogAt: null, agreement: null, stageSince: new Date('2031-03-03T10:00:00Z') });
    await seedLog(pairId, new Date('2031-03-06T10:00:00Z'));
    await seedLog(pairId, new Date('2031-03-05T10:00:00Z'));
    await database.db
      .insertInto('stage_changes')
      .values({ pair_id: pairId, from_stage: 'engage', to_stage: 'nurture', changed_by: 'U', changed_at: new Date('2031-03-04T08:00:00Z') })
      .execute();
    await database.db
      .insertInto('agreements')
      .values({
        pair_id: pairId,
        priorities: 'p',
        focus_areas: 'f',
        success_measures: 's',
        frequency: 'biweekly',
        meeting_minutes: 45,
        starts_on: '2031-03-03',
        ends_on: '2031-09-03',
        preferred_day: null,
        preferred_time: null,
        agreed_at: AT,
        updated_by: 'U',
        updated_at: AT,
      })
      .execute();
    expect(await readPulseFacts(database.db, pairId)).toMatchObject({
      firstLogAt: new Date('2031-03-05T10:00:00Z'),
      stageSince: new Date('2031-03-04T08:00:00Z'),
      agreement: { startsOn: '2031-03-03', endsOn: '2031-09-03' },
    });
  });
});

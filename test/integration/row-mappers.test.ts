/**
 * Rows stay in storage (issue 14): each table has one mapper to its domain shape. Each mapper is
 * held here to every column the table has today, read back from the database with every column
 * set, so a column added by a migration and left out of its mapper (or mapped from the wrong one)
 * fails here rather than reaching a service as undefined.
 */
import { describe, expect, it } from 'vitest';
import { toReflection } from '../../src/storage/evaluate/reflection.mapper.js';
import { toWrapUp } from '../../src/storage/evaluate/wrap-up.mapper.js';
import { toActionItem } from '../../src/storage/nurture/action-item.mapper.js';
import { toMeetingLog } from '../../src/storage/nurture/meeting-log.mapper.js';
import { toPair } from '../../src/storage/pairs/pair.mapper.js';
import { insertPair } from '../../src/storage/pairs/pair.repository.js';
import { toGoalPlan } from '../../src/storage/prepare/goal-plan.mapper.js';
import { toGoalStep } from '../../src/storage/prepare/goal-step.mapper.js';
import { useTestDatabase } from '../support/use-database.js';

const database = useTestDatabase();

const camel = (column: string) => column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The row's columns under their camelCase names (or the name the domain gives them), values unchanged. */
function columnsOf(row: object, renamed: Record<string, string> = {}): Record<string, unknown> {
  const columns = Object.entries(row);
  // A null would hide a mapper that reads the wrong column: every column is set in these rows.
  expect(columns.filter(([, value]) => value === null || value === undefined).map(([column]) => column)).toEqual([]);
  return Object.fromEntries(columns.map(([column, value]) => [renamed[column] ?? camel(column), value]));
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute));

let pairs = 0;
async function pairWithEveryColumn() {
  pairs += 1;
  const pair = await insertPair(database.db, { teamId: 'T1', mentorId: `U${pairs}MENTOR`, menteeId: `U${pairs}MENTEE`, createdBy: 'U0ADMIN', locale: 'fr' });
  if (!pair) throw new Error('expected a pair');
  await database.db
    .updateTable('pairs')
    .set({
      stage: 'closed',
      channel_id: `C${pairs}`,
      channel_name: 'mentoring-ana-ben',
      closed_at: at(5),
      paused_at: at(1),
      paused_by: 'U1MENTEE',
      cadence_days: 7,
      outcome: 'stay_in_touch',
      outcome_by: 'U1MENTOR',
      outcome_at: at(4),
      delivery_problem: 'is_archived',
      delivery_problem_at: at(3),
    })
    .where('id', '=', pair.id)
    .execute();
  return pair.id;
}

describe('one mapper per table carries every column', () => {
  it('pairs, meeting logs and action items', async () => {
    const pairId = await pairWithEveryColumn();
    const pair = await database.db.selectFrom('pairs').selectAll().where('id', '=', pairId).executeTakeFirstOrThrow();
    expect(toPair(pair)).toEqual(columnsOf(pair));

    const log = await database.db
      .insertInto('meeting_logs')
      .values({
        pair_id: pairId,
        author_id: 'U1MENTEE',
        created_at: at(10),
        summary: 'We met.',
        achievements: 'CV done',
        next_steps: 'call Ana',
        next_meeting_on: '2026-03-17',
        source: 'form',
        message_ts: '1700000000.000100',
        met_on: '2026-03-10',
        next_meeting_at: at(20),
        private_note: 'mine',
        edited_at: at(11),
        deleted_at: at(12),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(toMeetingLog(log)).toEqual(columnsOf(log));

    const item = await database.db
      .insertInto('action_items')
      .values({
        pair_id: pairId,
        log_id: log.id,
        text: 'call Ana',
        status: 'done',
        created_by: 'U1MENTEE',
        created_at: at(10),
        done_by: 'U1MENTOR',
        done_at: at(13),
        due_on: '2026-03-12',
        owner: 'mentee',
        number: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(toActionItem(item)).toEqual(columnsOf(item));
  });

  it('goal plans and their steps', async () => {
    const pairId = await pairWithEveryColumn();
    await database.db
      .insertInto('goal_plans')
      .values({
        pair_id: pairId,
        goal: 'Land a Salesforce job',
        created_by: 'U1MENTEE',
        created_at: at(0),
        updated_by: 'U1MENTOR',
        updated_at: at(1),
        message_ts: '1700000000.000200',
        success_criterion: 'an offer',
        target_on: '2026-09-01',
      })
      .execute();
    const step = await database.db
      .insertInto('goal_steps')
      .values({ pair_id: pairId, position: 1, text: 'pick the role', done_by: 'U1MENTEE', done_at: at(2), owner: 'both', due_on: '2026-04-01' })
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(toGoalStep(step)).toEqual(columnsOf(step));

    const plan = await database.db.selectFrom('goal_plans').selectAll().where('pair_id', '=', pairId).executeTakeFirstOrThrow();
    expect(toGoalPlan(plan, [toGoalStep(step)])).toEqual({ ...columnsOf(plan), steps: [toGoalStep(step)] });
  });

  it('wrap-ups and reflections', async () => {
    const pairId = await pairWithEveryColumn();
    const wrapUp = await database.db
      .insertInto('wrap_ups')
      .values({
        pair_id: pairId,
        started_by: 'U1MENTEE',
        started_at: at(0),
        last_meeting_on: '2026-03-20',
        last_meeting_at: at(30),
        last_meeting_set_by: 'U1MENTOR',
        last_meeting_set_at: at(1),
        reminded_by: 'U1MENTOR',
        reminded_at: at(2),
        summary_at: at(3),
        summary_ts: '1700000000.000300',
        decision: 'continued',
        decided_by: 'U1MENTEE',
        decided_at: at(4),
        next_end_on: '2026-09-30',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(toWrapUp(wrapUp)).toEqual(columnsOf(wrapUp));

    const steps = [{ position: 1, text: 'pick the role', attainment: 'met' as const, comment: 'done early' }];
    await database.db
      .insertInto('reflections')
      .values({
        wrap_up_id: wrapUp.id,
        pair_id: pairId,
        user_id: 'U1MENTEE',
        learned: 'to ask',
        goal_attainment: 'partly',
        goal_comment: 'almost',
        steps: JSON.stringify(steps),
        expectations: 'met',
        expectations_comment: 'yes',
        highlight: 'the mock interview',
        next_step: 'stay_in_touch',
        thanks: 'thank you',
        created_at: at(5),
        updated_at: at(6),
      })
      .execute();
    const reflection = await database.db.selectFrom('reflections').selectAll().where('wrap_up_id', '=', wrapUp.id).executeTakeFirstOrThrow();
    expect(reflection.steps).toEqual(steps);
    // The domain names the ratings as the form does: `goal` and `next`.
    expect(toReflection(reflection)).toEqual(columnsOf(reflection, { goal_attainment: 'goal', next_step: 'next' }));
  });
});

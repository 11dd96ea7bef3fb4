/**
 * Forms are never lost (issue 12, point 4): with the database adding 1.6 s to every round trip, a
 * valid log, goal, inventory, agreement or reflection is answered within Slack's three seconds (the
 * form closes), stored once even when Submit is pressed twice, and posted. Postgres only: the
 * slowness comes from a TCP proxy between the app's pool and the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_BLOCKS, INPUT_ACTION, LOG_BLOCKS, REFLECTION_BLOCKS, VIEW_AGREEMENT, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { StandInView } from '../../src/dev/slack-stand-in.js';
import { TEST_DATABASE_URL } from '../support/database.js';
import { type OpenedPair, Scenario } from '../support/e2e.js';
import { goalValues, inventoryValues, openByCommand, submitGoal, submitInventory } from '../support/prepare.js';
import { openReflection, reflectionValues, submitReflection } from '../support/wrap-up.js';
import { useProxiedDatabase } from '../support/use-proxied-database.js';
import { appContext } from '../support/scheduler.js';
import { CLAIM_DEADLINE_MS, firstDelivery } from '../../src/services/scheduling/delivery.js';
import { isDatabaseUnavailable } from '../../src/domain/errors.js';

const SKIP = '(skipped without TEST_DATABASE_URL: the embedded database runs in the app’s process, with no connection to slow down)';
const ROUND_TRIP_MS = 1_600;
const SLACK_DEADLINE_MS = 3_000;
const NOW = new Date('2026-01-14T10:00:00Z');

let s: Scenario;
const { proxy, database } = useProxiedDatabase();
let prepare: OpenedPair;
let engage: OpenedPair;
let evaluate: OpenedPair;

beforeAll(async () => {
  if (!TEST_DATABASE_URL) return;
  s = await Scenario.start({ clock: () => NOW, database });
  prepare = await s.pairAt('prepare');
  engage = await s.pairAt('engage');
  evaluate = await s.pairAt('evaluate');
}, 180_000);

afterAll(async () => {
  if (TEST_DATABASE_URL) proxy.slow(0);
  await s?.stop();
});

type Values = Record<string, Record<string, Record<string, unknown>>>;
const text = (value: string) => ({ [INPUT_ACTION]: { type: 'plain_text_input', value } });

function agreementValues(): Values {
  const option = (value: string) => ({ [INPUT_ACTION]: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } } });
  return {
    [AGREEMENT_BLOCKS.priorities]: text('Land a first Salesforce role within six months.'),
    [AGREEMENT_BLOCKS.focusAreas]: text('Admin certification, CV, interviews.'),
    [AGREEMENT_BLOCKS.successMeasures]: text('Three interviews booked; certification passed.'),
    [AGREEMENT_BLOCKS.frequency]: option('weekly'),
    [AGREEMENT_BLOCKS.meetingMinutes]: option('45'),
    [AGREEMENT_BLOCKS.startsOn]: { [INPUT_ACTION]: { type: 'datepicker', selected_date: '2026-01-14' } },
    [AGREEMENT_BLOCKS.endsOn]: { [INPUT_ACTION]: { type: 'datepicker', selected_date: '2026-07-14' } },
    [AGREEMENT_BLOCKS.preferredDay]: option('thu'),
    [AGREEMENT_BLOCKS.preferredTime]: { [INPUT_ACTION]: { type: 'timepicker', selected_time: '17:30' } },
  };
}

async function openAgreement(): Promise<StandInView> {
  const triggerId = `${Date.now()}.7373.${Math.random().toString(16).slice(2)}`;
  await s.send(engage.mentee, '/mentor', 'agreement', engage.channelId, { triggerId });
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

const stepCount = (view: StandInView) =>
  (view.view.blocks as Array<{ block_id?: string }>).filter(
    (b) => b.block_id?.startsWith(REFLECTION_BLOCKS.step) && !b.block_id.startsWith(REFLECTION_BLOCKS.stepComment),
  ).length;

interface Form {
  name: string;
  submit: () => Promise<SlackReply>;
  rows: () => Promise<number>;
}

const count = async (query: Promise<Array<unknown>>) => (await query).length;

describe('the database answering 1.6 s late on every round trip', () => {
  it.skipIf(!TEST_DATABASE_URL)(`log, goal, inventory, agreement and reflection forms close in time and are stored once ${SKIP}`, async () => {
    // Every form opened while the database is quick (opening is not what is tested here).
    const goal = await openByCommand(s, prepare.mentee, prepare.channelId, 'goal');
    const inventory = await openByCommand(s, prepare.mentor, prepare.channelId, 'inventory');
    const agreement = await openAgreement();
    const reflection = await openReflection(s, evaluate.mentee, evaluate.channelId);
    const logViewId = 'VSLOWLOG1';
    const forms: Form[] = [
      {
        name: 'log',
        submit: () =>
          s.harness.slack.viewSubmission({
            userId: prepare.mentee.id,
            callbackId: VIEW_MEETING_LOG,
            viewId: logViewId,
            privateMetadata: JSON.stringify({ channelId: prepare.channelId }),
            values: { [LOG_BLOCKS.summary]: text('Slow database, quick answer.'), [LOG_BLOCKS.nextSteps]: text('Send the CV') },
          }),
        rows: () => count(s.db.selectFrom('meeting_logs').select('id').where('pair_id', '=', prepare.pairId).execute()),
      },
      {
        name: 'goal',
        submit: () => submitGoal(s, prepare.mentee, goal, goalValues('Land a first Salesforce role', 'Pick the role\nRewrite the CV')),
        rows: () => count(s.db.selectFrom('goal_plans').select('pair_id').where('pair_id', '=', prepare.pairId).execute()),
      },
      {
        name: 'inventory',
        submit: () => submitInventory(s, prepare.mentor, inventory, inventoryValues({ strengths: 'Listening', developmentAreas: 'Patience', shortTermGoals: 'Coach well', longTermGoals: 'Lead', expectations: 'Honesty', contribution: 'Time', rapport: 'Coffee' })),
        rows: () => count(s.db.selectFrom('self_inventories').select('pair_id').where('pair_id', '=', prepare.pairId).execute()),
      },
      {
        name: 'agreement',
        submit: () =>
          s.harness.slack.viewSubmission({ userId: engage.mentee.id, callbackId: VIEW_AGREEMENT, viewId: agreement.id, values: agreementValues(), privateMetadata: JSON.stringify({ channelId: engage.channelId }) }),
        rows: () => count(s.db.selectFrom('agreements').select('pair_id').where('pair_id', '=', engage.pairId).execute()),
      },
      {
        name: 'reflection',
        submit: () => submitReflection(s, evaluate.mentee, reflection, reflectionValues({}, stepCount(reflection))),
        rows: () => count(s.db.selectFrom('reflections').select('pair_id').where('pair_id', '=', evaluate.pairId).execute()),
      },
    ];
    for (const form of forms) expect(await form.rows(), form.name).toBe(0);

    proxy.slow(ROUND_TRIP_MS);
    const answered = await Promise.all(
      forms.map(async (form) => {
        const started = Date.now();
        const first = await form.submit();
        const ms = Date.now() - started;
        // The person presses Submit again (the first answer seemed slow to them).
        const second = await form.submit();
        return { name: form.name, ms, first, second };
      }),
    );
    for (const { name, ms, first, second } of answered) {
      console.log(`slow database: the ${name} form was answered in ${ms} ms`);
      expect(first.status, name).toBe(200);
      expect(ms, name).toBeLessThan(SLACK_DEADLINE_MS);
      // Closed: no field errors came back (a valid form).
      expect(first.json, `${name}: ${first.body}`).toBeUndefined();
      expect(second.status, name).toBe(200);
    }
    // Each is stored, once, while the database is still slow.
    for (const form of forms) await s.until(async () => (await form.rows()) > 0, 120_000);
    proxy.slow(0);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const form of forms) expect(await form.rows(), form.name).toBe(1);
  }, 300_000);

  it.skipIf(!TEST_DATABASE_URL)(`a claim given up on is released when it lands late; one made after the form closed is waited for ${SKIP}`, async () => {
    const ctx = appContext(s.db, s.standIn);
    const claimed = async (key: string) => (await s.db.selectFrom('slack_deliveries').select('key').where('key', '=', key).execute()).length;
    proxy.slow(CLAIM_DEADLINE_MS + 600);
    try {
      // The person was told to try again: the late claim must not turn their next try into a repeat.
      const givenUp = await firstDelivery(ctx, 'view:slow:U1:V1').catch((error: unknown) => error);
      expect(isDatabaseUnavailable(givenUp)).toBe(true);
      // The form already closed: nobody can be told beside it, so the database is waited for.
      await expect(firstDelivery(ctx, 'view:slow:U1:V2', { answered: () => true })).resolves.toBe(true);
    } finally {
      proxy.slow(0);
    }
    await s.until(async () => (await claimed('view:slow:U1:V1')) === 0, 30_000);
    expect(await claimed('view:slow:U1:V2')).toBe(1);
    await expect(firstDelivery(ctx, 'view:slow:U1:V1')).resolves.toBe(true);
  }, 60_000);
});

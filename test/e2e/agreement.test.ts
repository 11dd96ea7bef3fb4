/**
 * The mentoring agreement over signed HTTP: `/mentor agreement` opens the form, a valid submission
 * is stored, posted and pinned, sets the meeting rhythm and plans the end and check-in reminders;
 * invalid fields come back beside their fields with nothing stored; edits update the pinned post.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { fill } from '../../src/content/fill.js';
import { AGREEMENT_BLOCKS, INPUT_ACTION, VIEW_AGREEMENT } from '../../src/slack/ids.js';
import { allText, type OpenedPair } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

// Wednesday 14 January 2026, 10:00 UTC.
const NOW = new Date('2026-01-14T10:00:00Z');

type Values = Record<string, Record<string, Record<string, unknown>>>;

function formValues(fields: Partial<Record<keyof typeof AGREEMENT_BLOCKS, string | null>>): Values {
  const kinds: Record<keyof typeof AGREEMENT_BLOCKS, string> = {
    priorities: 'value',
    focusAreas: 'value',
    successMeasures: 'value',
    frequency: 'option',
    meetingMinutes: 'option',
    startsOn: 'date',
    endsOn: 'date',
    preferredDay: 'option',
    preferredTime: 'time',
  };
  const values: Values = {};
  for (const [field, blockId] of Object.entries(AGREEMENT_BLOCKS) as Array<[keyof typeof AGREEMENT_BLOCKS, string]>) {
    const value = fields[field] ?? null;
    const kind = kinds[field];
    const state =
      kind === 'value'
        ? { type: 'plain_text_input', value }
        : kind === 'date'
          ? { type: 'datepicker', selected_date: value }
          : kind === 'time'
            ? { type: 'timepicker', selected_time: value }
            : { type: 'static_select', selected_option: value === null ? null : { value, text: { type: 'plain_text', text: value } } };
    values[blockId] = { [INPUT_ACTION]: state };
  }
  return values;
}

const VALID = {
  priorities: 'Land a first Salesforce role within six months.',
  focusAreas: 'Admin certification, CV, interviews.',
  successMeasures: 'Three interviews booked; certification passed.',
  frequency: 'weekly',
  meetingMinutes: '45',
  startsOn: '2026-01-14',
  endsOn: '2026-07-14',
  preferredDay: 'thu',
  preferredTime: '17:30',
};

let pair: OpenedPair;

const { s } = useScenario({ start: NOW });

beforeAll(async () => {
  pair = await s.pairAt('engage');
});

async function openForm(user: { id: string }, channelId = pair.channelId) {
  const before = s.standIn.views.length;
  const triggerId = `trigger-${Math.random().toString(36).slice(2)}`;
  const reply = await s.send(user, '/mentor', 'agreement', channelId, { triggerId });
  expect(reply.status).toBe(200);
  const opened = await s.waitFor(() => s.standIn.views.length > before && s.standIn.views.at(-1));
  return { opened, triggerId };
}

function submit(user: { id: string }, viewId: string, values: Values, channelId = pair.channelId) {
  return s.harness.slack.viewSubmission({
    userId: user.id,
    callbackId: VIEW_AGREEMENT,
    viewId,
    values,
    privateMetadata: JSON.stringify({ channelId }),
  });
}

const agreementRow = () => s.db.selectFrom('agreements').selectAll().where('pair_id', '=', pair.pairId).executeTakeFirst();

describe('the mentoring agreement form', () => {
  it('opens with defaults: every two weeks, 60 minutes, today to six months later', async () => {
    const { opened, triggerId } = await openForm(pair.mentee);
    expect(opened.triggerId).toBe(triggerId);
    expect(opened.view.callback_id).toBe(VIEW_AGREEMENT);
    const json = JSON.stringify(opened.view);
    expect(json).toContain('"initial_date":"2026-01-14"');
    expect(json).toContain('"initial_date":"2026-07-14"');
    expect(json).toContain('"value":"biweekly"');
    expect(await agreementRow()).toBeUndefined();
  });

  it.each<[string, Partial<typeof VALID>, Partial<Record<keyof typeof AGREEMENT_BLOCKS, string>>]>([
    ['empty priorities', { priorities: '  ' }, { priorities: en.agreement.fieldErrors.required }],
    ['end before start', { endsOn: '2026-01-10' }, { endsOn: en.agreement.fieldErrors.endInPast }],
    ['end on the start day', { endsOn: '2026-01-14' }, { endsOn: en.agreement.fieldErrors.endBeforeStart }],
    ['start in the past', { startsOn: '2026-01-01' }, { startsOn: en.agreement.fieldErrors.startInPast }],
    ['a forged frequency', { frequency: 'daily' }, { frequency: en.agreement.fieldErrors.invalidChoice }],
    ['a forged length', { meetingMinutes: '90' }, { meetingMinutes: en.agreement.fieldErrors.invalidChoice }],
    ['a malformed date', { startsOn: '2026-02-30' }, { startsOn: en.agreement.fieldErrors.dateInvalid }],
    ['a forged time', { preferredTime: '25:00' }, { preferredTime: en.agreement.fieldErrors.invalidChoice }],
    ['text over 2,000 characters', { successMeasures: 'x'.repeat(2001) }, { successMeasures: fill(en.agreement.fieldErrors.tooLong, { max: 2000 }) }],
  ])('%s comes back as a field error and stores nothing', async (_name, change, expected) => {
    const { opened } = await openForm(pair.mentor);
    const reply = await submit(pair.mentor, opened.id, formValues({ ...VALID, ...change }));
    expect(reply.json).toEqual({
      response_action: 'errors',
      errors: Object.fromEntries(Object.entries(expected).map(([field, text]) => [AGREEMENT_BLOCKS[field as keyof typeof AGREEMENT_BLOCKS], text])),
    });
    expect(await agreementRow()).toBeUndefined();
  });

  it('a valid agreement is stored, posted, pinned, sets the rhythm and plans the end reminders', async () => {
    const { opened } = await openForm(pair.mentee);
    const mark = s.standIn.calls.length;
    const reply = await submit(pair.mentee, opened.id, formValues(VALID));
    expect(reply.json).toBeUndefined();
    const row = await s.until(agreementRow);
    expect(row).toMatchObject({
      priorities: VALID.priorities,
      frequency: 'weekly',
      meeting_minutes: 45,
      starts_on: '2026-01-14',
      ends_on: '2026-07-14',
      preferred_day: 'thu',
      preferred_time: '17:30',
      updated_by: pair.mentee.id,
      agreed_at: NOW,
    });
    const pin = await s.waitFor(() => s.callsSince(mark, 'pins.add')[0]);
    const post = s.callsSince(mark, 'chat.postMessage')[0];
    expect(post?.params.channel).toBe(pair.channelId);
    expect(pin.params).toMatchObject({ channel: pair.channelId });
    await s.until(async () => (await agreementRow())?.message_ts === pin.params.timestamp);
    const text = allText(post?.params.blocks);
    expect(text).toContain(en.agreement.frequencies.weekly);
    expect(text).toContain(VALID.focusAreas);
    expect((await s.pairRow(pair.pairId))?.cadence_days).toBe(7);

    const jobs = await s.until(async () => {
      const rows = await s.db.selectFrom('jobs').select(['kind', 'run_at']).where('pair_id', '=', pair.pairId).where('state', '=', 'pending').execute();
      return rows.some((job) => job.kind === 'end_reminder') && rows;
    });
    const kinds = jobs.map((job) => job.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['end_approaching', 'end_reminder', 'expectations_checkin']));
    const checkin = jobs.find((job) => job.kind === 'expectations_checkin');
    expect(checkin?.run_at).toEqual(new Date('2026-02-25T10:00:00Z'));
  });

  it('editing updates the pinned post in place and keeps the agreement date', async () => {
    const before = await agreementRow();
    const { opened } = await openForm(pair.mentor);
    expect(JSON.stringify(opened.view)).toContain(VALID.successMeasures);
    const mark = s.standIn.calls.length;
    await submit(pair.mentor, opened.id, formValues({ ...VALID, frequency: 'monthly', startsOn: '2026-01-14' }));
    const update = await s.waitFor(() => s.callsSince(mark, 'chat.update')[0]);
    expect(update.params.ts).toBe(before?.message_ts);
    expect(s.callsSince(mark, 'chat.postMessage')).toHaveLength(0);
    expect(s.callsSince(mark, 'pins.add')).toHaveLength(0);
    const after = await s.until(async () => {
      const row = await agreementRow();
      return row?.frequency === 'monthly' && row;
    });
    expect(after.agreed_at).toEqual(before?.agreed_at);
    expect(after.updated_by).toBe(pair.mentor.id);
    expect((await s.pairRow(pair.pairId))?.cadence_days).toBe(30);
  });

  it('refuses someone outside the pair, at the command and at a forged submission, with nothing written', async () => {
    const outsider = s.person('outsider');
    const answer = await s.run(outsider, '/mentor', 'agreement', pair.channelId);
    expect(answer.text).toBe(en.errors.not_member);
    const before = await agreementRow();
    const reply = await submit(outsider, 'V-FORGED', formValues({ ...VALID, priorities: 'hijacked' }));
    expect(reply.json).toEqual({ response_action: 'errors', errors: { [AGREEMENT_BLOCKS.priorities]: en.errors.not_member } });
    expect(await agreementRow()).toEqual(before);
  });

  it('speaks French to a French-speaking member', async () => {
    const frPair = await s.pairAt('engage', {
      mentor: s.person('mentor', { locale: 'fr-FR' }),
      mentee: s.person('mentee', { locale: 'fr-FR' }),
    });
    const { opened } = await openForm(frPair.mentee, frPair.channelId);
    expect(JSON.stringify(opened.view)).toContain(fr.agreement.title);
    const reply = await submit(frPair.mentee, opened.id, formValues({ ...VALID, endsOn: '2025-12-01' }), frPair.channelId);
    expect(reply.json).toMatchObject({ errors: { [AGREEMENT_BLOCKS.endsOn]: fr.agreement.fieldErrors.endInPast } });
  });
});

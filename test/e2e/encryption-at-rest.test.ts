/**
 * NOTES_ENCRYPTION_KEY end to end: a pair writes a goal and plan, inventories, an agreement, meeting
 * logs (command and form, with a private note and action items) and reflections, each carrying a
 * marker; then every table is dumped as stored (every column of every row, as text). With a key no
 * marker is found, and the app still shows the pair what they wrote; without one the same drive leaves
 * the marker in every table that holds member text, which shows the dump can see it.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_BLOCKS, INPUT_ACTION, LOG_BLOCKS, VIEW_AGREEMENT, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import type { Db } from '../../src/storage/db/database.js';
import { Keyring } from '../../src/storage/sealing/field-cipher.js';
import { keyIdsInUse } from '../../src/storage/sealing/notes-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { allText, type OpenedPair, type Person, Scenario } from '../support/e2e.js';
import { writeGoal, writeInventory } from '../support/prepare.js';
import { reflect } from '../support/wrap-up.js';

// Wednesday 14 January 2026, 10:00 UTC.
const NOW = new Date('2026-01-14T10:00:00Z');

/** Every table of the schema, every row, every column, as the database stores it. */
async function dumpTables(db: Db): Promise<Record<string, string>> {
  const raw = db.withoutPlugins();
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(raw);
  const dump: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(raw);
    dump[name] = rows.rows.map((row) => row.row).join('\n');
  }
  return dump;
}

/** Drives one pair through what members write, each text carrying `marker`. */
async function drive(s: Scenario, marker: string): Promise<OpenedPair> {
  const pair = await s.pairAt('prepare');
  await writeGoal(s, pair.mentee, pair, `Goal ${marker}`, [`Step one ${marker}`, `Step two ${marker}`]);
  await writeInventory(s, pair.mentee, pair, {
    strengths: `Strengths ${marker}`,
    developmentAreas: `Areas ${marker}`,
    shortTermGoals: `Short ${marker}`,
    longTermGoals: `Long ${marker}`,
    expectations: `Expectations ${marker}`,
    contribution: `Contribution ${marker}`,
    rapport: `Rapport ${marker}`,
  });
  await s.moveOn(pair.mentee, pair.channelId, 'engage');
  await submitAgreement(s, pair, marker);
  await s.moveOn(pair.mentee, pair.channelId, 'nurture');
  await s.run(pair.mentor, '/mentor-log', `Command log ${marker}\nnext: command action ${marker}`, pair.channelId);
  await submitLogForm(s, pair, pair.mentee, marker);
  await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
  for (const who of [pair.mentee, pair.mentor]) {
    await reflect(s, pair, who, {
      learned: `Learned ${marker}`,
      goalComment: `Goal comment ${marker}`,
      expectationsComment: `Expectations comment ${marker}`,
      highlight: `Highlight ${marker}`,
      thanks: `Thanks ${marker}`,
      stepComments: { 1: `Step comment ${marker}` },
    });
  }
  return pair;
}

async function openView(s: Scenario, who: Person, command: string, text: string, channelId: string) {
  const triggerId = `${Date.now()}.7777.${Math.random().toString(16).slice(2)}`;
  await s.send(who, command, text, channelId, { triggerId });
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

async function submitAgreement(s: Scenario, pair: OpenedPair, marker: string): Promise<void> {
  const view = await openView(s, pair.mentor, '/mentor', 'agreement', pair.channelId);
  const text = (value: string) => ({ [INPUT_ACTION]: { type: 'plain_text_input', value } });
  const option = (value: string) => ({ [INPUT_ACTION]: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } } });
  const reply = await s.harness.slack.viewSubmission({
    userId: pair.mentor.id,
    callbackId: VIEW_AGREEMENT,
    viewId: view.id,
    privateMetadata: JSON.stringify({ channelId: pair.channelId }),
    values: {
      [AGREEMENT_BLOCKS.priorities]: text(`Priorities ${marker}`),
      [AGREEMENT_BLOCKS.focusAreas]: text(`Focus ${marker}`),
      [AGREEMENT_BLOCKS.successMeasures]: text(`Success ${marker}`),
      [AGREEMENT_BLOCKS.frequency]: option('weekly'),
      [AGREEMENT_BLOCKS.meetingMinutes]: option('45'),
      [AGREEMENT_BLOCKS.startsOn]: { [INPUT_ACTION]: { type: 'datepicker', selected_date: '2026-01-14' } },
      [AGREEMENT_BLOCKS.endsOn]: { [INPUT_ACTION]: { type: 'datepicker', selected_date: '2026-07-14' } },
      [AGREEMENT_BLOCKS.preferredDay]: { [INPUT_ACTION]: { type: 'static_select', selected_option: null } },
      [AGREEMENT_BLOCKS.preferredTime]: { [INPUT_ACTION]: { type: 'timepicker', selected_time: null } },
    },
  });
  if (reply.json !== undefined) throw new Error(`agreement refused: ${reply.body}`);
  await s.until(async () => (await s.db.selectFrom('agreements').select('message_ts').where('pair_id', '=', pair.pairId).executeTakeFirst())?.message_ts);
}

async function submitLogForm(s: Scenario, pair: OpenedPair, who: Person, marker: string): Promise<void> {
  const view = await openView(s, who, '/mentor-log', '', pair.channelId);
  const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
  const before = await s.count('meeting_logs', pair.pairId);
  const reply = await s.harness.slack.viewSubmission({
    userId: who.id,
    callbackId: VIEW_MEETING_LOG,
    viewId: view.id,
    values: {
      [LOG_BLOCKS.metOn]: { value: { type: 'datepicker', selected_date: '2026-01-14' } },
      [LOG_BLOCKS.nextMeetingTime]: { value: { type: 'timepicker', selected_time: null } },
      [LOG_BLOCKS.privateNote]: text(`Private ${marker}`),
      [LOG_BLOCKS.summary]: text(`Form summary ${marker}`),
      [LOG_BLOCKS.achievements]: text(`Achievements ${marker}`),
      [LOG_BLOCKS.nextSteps]: text(`- form action ${marker}`),
      [LOG_BLOCKS.nextMeetingOn]: { value: { type: 'datepicker', selected_date: null } },
    },
  });
  if (reply.json !== undefined) throw new Error(`log refused: ${reply.body}`);
  await s.until(async () => (await s.count('meeting_logs', pair.pairId)) > before);
}

/** The tables that hold what members write: each must show the marker when no key is set. */
const MEMBER_TEXT_TABLES = ['action_items', 'agreements', 'goal_plans', 'goal_steps', 'meeting_logs', 'reflections', 'self_inventories'];

describe.each([
  ['with NOTES_ENCRYPTION_KEY', true],
  ['without a key', false],
])('what members write, stored %s', (_name, keyed) => {
  const marker = `MARKER${randomBytes(4).toString('hex')}`;
  const keyring = keyed ? Keyring.fromKeys(randomBytes(32)) : undefined;
  let database: TestDatabase;
  let s: Scenario;
  let pair: OpenedPair;
  let dump: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(keyring ? { keyring } : {});
    s = await Scenario.start({ clock: () => NOW, database });
    pair = await drive(s, marker);
    dump = await dumpTables(s.db);
  }, 120_000);

  afterAll(async () => {
    await s?.stop();
    await database?.destroy();
  });

  it(keyed ? 'leaves no trace of the marker in any table' : 'leaves the marker in every table of member text', () => {
    const withMarker = Object.keys(dump).filter((table) => dump[table]!.includes(marker));
    expect(Object.keys(dump)).toEqual(expect.arrayContaining(MEMBER_TEXT_TABLES));
    expect(withMarker).toEqual(keyed ? [] : MEMBER_TEXT_TABLES);
  });

  it('still shows the pair what they wrote, and the private note only to its author', async () => {
    const posts = s.posts(pair.channelId).map((message) => allText(message.blocks ?? message.text));
    for (const text of [`Goal ${marker}`, `Priorities ${marker}`, `Command log ${marker}`, `Form summary ${marker}`, `form action ${marker}`]) {
      expect(posts.some((post) => post.includes(text))).toBe(true);
    }
    expect(posts.some((post) => post.includes(`Private ${marker}`))).toBe(false);
    const history = await s.run(pair.mentee, '/mentor', 'history', pair.channelId);
    expect(history.text).toContain(`Form summary ${marker}`);
    const row = await s.db.selectFrom('meeting_logs').select('private_note').where('author_id', '=', pair.mentee.id).executeTakeFirstOrThrow();
    expect(row.private_note).toBe(`Private ${marker}`);
  });

  it(keyed ? 'seals every value with the configured key id' : 'holds no sealed value', async () => {
    expect(await keyIdsInUse(s.db)).toEqual(keyed ? [keyring!.current.id] : []);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { MAX_CONTACT_TEXT } from '../../src/services/programme/pair-admin.js';
import { INPUT_ACTION } from '../../src/slack/ids.js';
import { ACTION_PAIR_STATUS, COHORT_BLOCK, CONTACT_BLOCK, VIEW_CONTACT_PAIR, VIEW_MOVE_COHORT, VIEW_PAIR_STATUS } from '../../src/slack/programme/programme-ids.js';
import { allText, mention, type Person, type Scenario } from '../support/e2e.js';
import { directMessages } from '../support/programme.js';
import { useScenario } from '../support/use-scenario.js';

const START = new Date('2027-03-01T09:00:00Z');
let views = 0;

/** A form of the admins' Home, submitted as Slack sends it (a fresh view each time). */
async function submit(s: Scenario, who: Person, callbackId: string, block: string, pairId: number, value: string): Promise<void> {
  views += 1;
  const reply = await s.harness.slack.viewSubmission({
    userId: who.id,
    viewId: `VWORDS${views}`,
    callbackId,
    privateMetadata: JSON.stringify({ pairId }),
    values: { [block]: { [INPUT_ACTION]: { type: 'plain_text_input', value } } },
  });
  expect(reply.status).toBe(200);
}

/** The admin's direct messages after the first `from`, once there are `count` of them. */
async function nextMessages(s: Scenario, who: Person, from: number, count: number): Promise<string[]> {
  return s.waitFor(() => (directMessages(s, who).length >= from + count ? directMessages(s, who).slice(from) : undefined));
}

describe('"Message the pair" speaks of a message, not of meeting notes', () => {
  const { s } = useScenario({ start: START });

  it('refuses an empty or too long message with its own words, sends nothing, then sends a good one to each member', async () => {
    const [mentor, mentee] = [s.person('mentor'), s.person('mentee')];
    await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');
    const pair = await s.db.selectFrom('pairs').select('id').where('mentor_id', '=', mentor.id).executeTakeFirstOrThrow();
    const before = directMessages(s, s.admin).length;
    const membersBefore = [directMessages(s, mentor).length, directMessages(s, mentee).length];

    await submit(s, s.admin, VIEW_CONTACT_PAIR, CONTACT_BLOCK, pair.id, '  \n ');
    await submit(s, s.admin, VIEW_CONTACT_PAIR, CONTACT_BLOCK, pair.id, 'x'.repeat(MAX_CONTACT_TEXT + 1));
    const [empty, long] = await nextMessages(s, s.admin, before, 2);
    expect(empty).toContain(en.errors.contact_empty);
    expect(long).toContain(fill(en.errors.contact_too_long, { max: MAX_CONTACT_TEXT }));
    // Not the meeting log's words.
    for (const text of [empty, long]) {
      expect(text).not.toContain(en.errors.log_empty);
      expect(text).not.toContain(fill(en.errors.log_too_long, { max: MAX_CONTACT_TEXT }));
    }
    expect([directMessages(s, mentor).length, directMessages(s, mentee).length]).toEqual(membersBefore);

    await submit(s, s.admin, VIEW_CONTACT_PAIR, CONTACT_BLOCK, pair.id, 'How are things going?');
    await s.waitFor(() => directMessages(s, mentee).length > (membersBefore[1] ?? 0) || undefined);
    expect(directMessages(s, mentor).at(-1)).toContain('How are things going?');
    expect(directMessages(s, mentee).at(-1)).toContain('How are things going?');
  }, 120_000);
});

describe('a cohort name never echoes a broadcast', () => {
  const { s } = useScenario({ start: START });

  it('in /mentor pair … cohort, /mentor report, "Move to cohort" and "Status"', async () => {
    const [mentor, mentee] = [s.person('mentor'), s.person('mentee')];
    const opened = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)} cohort @here crew`, 'CGENERAL');
    expect(opened.text).toContain('@\u2060here crew');
    expect(opened.text).not.toMatch(/@here/u);
    const pair = await s.db.selectFrom('pairs').select('id').where('mentor_id', '=', mentor.id).executeTakeFirstOrThrow();

    const report = await s.run(s.admin, '/mentor', 'report @here crew', 'CGENERAL');
    expect(report.text).toContain(fill(en.programme.report.scopeCohort, { cohort: '@\u2060here crew' }));
    expect(report.text).not.toMatch(/@here/u);

    const before = directMessages(s, s.admin).length;
    await submit(s, s.admin, VIEW_MOVE_COHORT, COHORT_BLOCK, pair.id, '@channel & friends');
    const [moved] = await nextMessages(s, s.admin, before, 1);
    expect(moved).toContain(fill(en.programme.cohort.moved, { number: pair.id, cohort: '@\u2060channel &amp; friends' }));
    expect(moved).not.toMatch(/@channel/u);

    await s.harness.slack.blockAction({ userId: s.admin.id, actionId: ACTION_PAIR_STATUS, value: String(pair.id), responseUrl: s.standIn.newResponseUrl() });
    const status = await s.waitFor(() => s.standIn.views.find((entry) => entry.view.callback_id === VIEW_PAIR_STATUS));
    expect(allText(status.view.blocks)).toContain('@\u2060channel &amp; friends');
    expect(allText(status.view.blocks)).not.toMatch(/@channel/u);

    // Slack escapes a typed @channel as <!channel>: such a name is refused, nothing echoed.
    const special = await s.run(s.admin, '/mentor', 'report <!channel>', 'CGENERAL');
    expect(special.text).toContain(fill(en.errors.cohort_invalid, { max: 80 }));
    expect(special.text).not.toContain('<!channel>');
  }, 120_000);
});

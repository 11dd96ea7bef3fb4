/**
 * Erasing a pair reaches what the bot sent about it outside its channel: the admins' "not a good
 * fit" alert (it quotes the member's comment) and the programme report's files (they name the
 * pair). And the clicks that send something send it once per what they mean: "Contact the pair"
 * once per alert, "Add to calendar" once per version of the meeting and member, whatever the
 * number of clicks (each a new trigger id) or Slack's retries (the same one). Every assertion on
 * Slack reads the stand-in's state, not our calls.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import { ACTION_CALENDAR_FILE, ACTION_ERASE_CONFIRM, ACTION_FIT_CLOSE, ACTION_FIT_CONTACT } from '../../src/slack/ids.js';
import type { Answer, Person, Scenario } from '../support/e2e.js';
import { clickInDm, submitFit } from '../support/pulse.js';
import { useScenario } from '../support/use-scenario.js';

const DAY_MS = 24 * 3600_000;
const START = new Date('2031-03-03T10:00:00Z');
const SECRET = 'QZX-ERASE-REACH: my mentor never shows up';

/** What the bot's direct messages with `person` hold now in the stand-in (deleted ones are gone). */
const dmTexts = (s: Scenario, person: Person) => s.standIn.messages(person.id).map((message) => `${message.text}\n${JSON.stringify(message.blocks)}`);

/** A button pressed as Slack sends it, on the message `messageTs` of `channelId`; the reply to resend and the answer. */
async function press(s: Scenario, user: Person, input: { channelId: string; messageTs: string; actionId: string; value: string }): Promise<{ reply: SlackReply; answer: Answer }> {
  const responseUrl = s.standIn.newResponseUrl();
  const reply = await s.harness.slack.blockAction({ userId: user.id, ...input, responseUrl });
  expect(reply.status).toBe(200);
  return { reply, answer: await s.answerTo(responseUrl) };
}

/** Slack delivering the same click again (same trigger id), three times; each acknowledged and dropped. */
async function retried(s: Scenario, first: SlackReply): Promise<void> {
  for (const retryNum of [1, 2, 3]) {
    const again = await s.harness.slack.resend(first.sent!, retryNum);
    expect(again.status).toBe(200);
  }
  await settle(s);
}

/** The ack comes before the work: a wrongly repeated click would make Slack calls; wait until none come for a while. */
async function settle(s: Scenario, quietMs = 750): Promise<void> {
  let seen = -1;
  while (seen !== s.standIn.calls.length) {
    seen = s.standIn.calls.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

describe('a "not a good fit" alert and the report files', () => {
  const { s, clock } = useScenario({ start: START, pulse: true });

  it('contact once per alert; erasing the pair deletes the alert and every report file that names it', async () => {
    const pair = await s.pairAt('nurture');
    const other = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor-log', 'We met and set the first steps.', pair.channelId);
    clock.set(new Date(START.getTime() + DAY_MS));
    await s.harness.tick(clock.now());
    expect((await submitFit(s, pair.mentee, pair, 'not_a_fit', SECRET)).status).toBe(200);
    await s.harness.tick(clock.now());
    const alert = s.standIn.messages(s.admin.id).find((message) => JSON.stringify(message).includes(SECRET));
    if (alert === undefined) throw new Error('no alert in the admin’s direct messages');

    // "Contact the pair" twice (two trigger ids) and once retried by Slack: one message to each member.
    const onAlert = { channelId: alert.channel, messageTs: alert.ts, actionId: ACTION_FIT_CONTACT, value: String(pair.pairId) };
    const first = await press(s, s.admin, onAlert);
    const names = { mentor: `<@${pair.mentor.id}>`, mentee: `<@${pair.mentee.id}>` };
    expect(first.answer.text).toBe(fill(en.pulse.alert.contacted, names));
    await retried(s, first.reply);
    expect((await press(s, s.admin, onAlert)).answer.text).toBe(fill(en.pulse.alert.alreadyContacted, names));
    const contact = fill(en.pulse.adminContact, { admin: `<@${s.admin.id}>`, channel: `<#${pair.channelId}>` });
    for (const member of [pair.mentor, pair.mentee]) expect(dmTexts(s, member).filter((text) => text.includes(contact))).toHaveLength(1);

    // The admin closes the pair from the alert, then asks for the report: it covers both pairs.
    expect((await clickInDm(s, s.admin, ACTION_FIT_CLOSE, pair.pairId)).text).toBe(fill(en.pulse.alert.closed, { pair: pair.pairId }));
    await s.run(s.admin, '/mentor', 'report', 'CGENERAL');
    const reportFiles = await s.waitFor(() => (s.standIn.files(s.admin.id).length >= 2 ? s.standIn.files(s.admin.id) : undefined));
    expect(reportFiles.map((file) => file.filename.slice(-4)).sort()).toEqual(['.csv', '.png']);
    const kept = await s.db.selectFrom('uploaded_files').select(['pair_id', 'file_id']).where('file_id', 'in', reportFiles.map((file) => file.id)).execute();
    expect(kept).toHaveLength(4);
    expect(new Set(kept.map((row) => row.pair_id))).toEqual(new Set([pair.pairId, other.pairId]));

    await s.run(s.admin, '/mentor', `erase ${pair.pairId}`, 'CADMINDM');
    await clickInDm(s, s.admin, ACTION_ERASE_CONFIRM, pair.pairId);
    expect(await s.db.selectFrom('erasures').select('pair_id').where('pair_id', '=', pair.pairId).execute()).toHaveLength(1);
    // In Slack: the alert with the member's comment is gone, the report's files deleted (and their shares).
    expect(dmTexts(s, s.admin).filter((text) => text.includes(SECRET))).toEqual([]);
    for (const file of reportFiles) expect(s.standIn.files().find((stored) => stored.id === file.id)?.deleted).toBe(true);
    expect(s.standIn.messages(s.admin.id).filter((message) => reportFiles.some((file) => file.ts === message.ts))).toEqual([]);
    // The other pair needs no second deletion of the same files; its own rows are untouched.
    expect(await s.count('uploaded_files', other.pairId)).toBe(0);
    expect((await s.pairRow(other.pairId)).stage).toBe('nurture');
    // The members' contact notes stay: they say only that an admin would like to talk.
    expect(dmTexts(s, pair.mentee).filter((text) => text.includes(contact))).toHaveLength(1);
  }, 300_000);
});

describe('"Add to calendar" clicked again', () => {
  const { s } = useScenario({ start: START });

  it('sends each version of the meeting once to each member; a moved meeting sends the new version', async () => {
    const pair = await s.openPair();
    const calendar = async (who: Person) => {
      const post = s.posts(pair.channelId).at(-1);
      return press(s, who, { channelId: pair.channelId, messageTs: post?.ts ?? '', actionId: ACTION_CALENDAR_FILE, value: String(pair.pairId) });
    };
    const icsOf = (who: Person) => s.standIn.files(who.id).filter((file) => file.filename.endsWith('.ics'));

    await s.run(pair.mentee, '/mentor', 'meet 2031-03-07 14:00', pair.channelId);
    const first = await calendar(pair.mentor);
    expect(first.answer.text).toContain(en.firstWeeks.fileSent.slice(0, 40));
    await retried(s, first.reply);
    const second = await calendar(pair.mentor);
    expect(second.answer.text).toContain(en.firstWeeks.fileAlreadySent.slice(0, 40));
    expect(second.answer.text).toContain('https://calendar.google.com/calendar/render?action=TEMPLATE');
    expect(icsOf(pair.mentor)).toHaveLength(1);
    expect(icsOf(pair.mentor)[0]?.content).toContain('SEQUENCE:0');
    // The other member asks for the same version: theirs is their own first.
    expect((await calendar(pair.mentee)).answer.text).toContain(en.firstWeeks.fileSent.slice(0, 40));
    expect(icsOf(pair.mentee)).toHaveLength(1);

    await s.run(pair.mentor, '/mentor', 'meet 2031-03-10 10:00', pair.channelId);
    expect((await calendar(pair.mentor)).answer.text).toContain(en.firstWeeks.fileSent.slice(0, 40));
    expect((await calendar(pair.mentor)).answer.text).toContain(en.firstWeeks.fileAlreadySent.slice(0, 40));
    const files = icsOf(pair.mentor);
    expect(files).toHaveLength(2);
    expect(files[1]?.content).toContain('SEQUENCE:1');
    expect(await s.count('uploaded_files', pair.pairId)).toBe(3);
  }, 300_000);
});

/**
 * `npm run demo`: a whole mentoring relationship rehearsed against the real app, the embedded
 * database and a Slack stand-in on loopback, printed as the channel would read.
 * `npm run demo -- --locale fr` plays it in French.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHarness } from '../dev/harness.js';
import type { StandInMessage } from '../dev/slack-stand-in.js';
import { blocksToText, mrkdwn, type TranscriptNames } from '../dev/transcript.js';
import { openDatabase } from '../storage/db/database.js';
import { templateFor } from '../storage/db/embedded-template.js';
import { showPulse } from './demo-pulse.js';
import { addToCalendar, moveOnAnyway, planFirstMeeting } from './demo-first-weeks.js';
import { programmeDemo } from './demo-programme.js';

const locale = process.argv.includes('fr') || process.argv.includes('--fr') ? 'fr-FR' : 'en-US';
const people = {
  admin: { id: 'UADMIN01', name: 'ada', realName: 'Ada Admin', isAdmin: true, tz: 'Europe/London', locale },
  mentor: { id: 'UMENTOR1', name: 'marco', realName: 'Marco Rossi', tz: 'Europe/Rome', locale },
  mentee: { id: 'UMENTEE1', name: 'lea', realName: 'Léa Martin', tz: 'Europe/Paris', locale },
};

const dataDir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-demo-'));
const resources: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })];
let cleaning: Promise<void> | undefined;
/** Stops what was started and removes the temporary folder, once, however the demo ends. */
const cleanUp = () => (cleaning ??= (async () => {
  for (const release of resources.reverse()) await release().catch(() => undefined);
})());
const leave = (code: number) => void cleanUp().then(() => process.exit(code));
// `npm run demo | head` closes the pipe early; Ctrl-C or a kill stops it: both still clean up.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  stdoutClosed = true;
  leave(error.code === 'EPIPE' ? 0 : 1);
});
process.once('SIGINT', () => leave(130));
process.once('SIGTERM', () => leave(143));
process.once('SIGHUP', () => leave(129));

const database = await openDatabase({ dataDir }, { template: await templateFor(dataDir) });
resources.push(() => database.close());
const harness = await startHarness({ database, users: Object.values(people), pulse: true });
resources.push(() => harness.stop());
const { standIn, slack } = harness;
const names: TranscriptNames = {
  users: new Map([...Object.values(people).map((p) => [p.id, p.name] as [string, string]), [standIn.botUserId, 'mentor-coach']]),
  channels: new Map(),
  ...(process.stdout.isTTY ? { bold: (text: string) => `\u001b[1m${text}\u001b[22m` } : {}),
};
let channelId = '';
let shown = 0;
const out = (line = '') => {
  if (!stdoutClosed) process.stdout.write(`${line}\n`);
};

async function step(who: keyof typeof people, command: string, text = ''): Promise<Record<string, unknown> | undefined> {
  const person = people[who];
  const before = standIn.responses.length;
  out(`\n▶ @${person.name}: ${command}${text ? ` ${mrkdwn(text, names)}` : ''}`);
  const reply = await slack.slashCommand({ command, text, userId: person.id, channelId: channelId || 'CGENERAL1' });
  if (reply.status !== 200) throw new Error(`the app answered ${reply.status}`);
  const [response] = (await harness.waitForResponses(before + 1)).slice(before);
  if (!channelId) {
    channelId = [...standIn.channels.values()].find((channel) => channel.name.startsWith('mentoring-'))?.id ?? '';
    const channel = standIn.channels.get(channelId);
    if (channel) {
      names.channels.set(channel.id, channel.name);
      out(`\n#${channel.name}  — private, members: ${[...channel.members].map((id) => `@${names.users.get(id)}`).join(', ')}`);
      out(`topic: ${channel.topic}`);
    }
  }
  printChannel();
  if (response) out(`\n  (only @${person.name} sees) ${blocksToText(asBlocks(response), names).trim()}`);
  return response;
}

/** Ticks every item of the working agreement on the latest checklist post, as Slack sends a checkbox click. */
async function tickAgreement(who: keyof typeof people): Promise<void> {
  const person = people[who];
  const blockOf = (m: StandInMessage) => (m.blocks as Array<{ block_id?: string }>).find((b) => b.block_id?.startsWith('checklist:agreement:'));
  const message = standIn.messages(channelId).filter((m) => blockOf(m) !== undefined).at(-1);
  if (!message) throw new Error('no checklist in the channel');
  out(`\n▶ @${person.name} ticks the five items of the working agreement`);
  const updates = standIn.callsTo('chat.update').length;
  const selectedOptions = [0, 1, 2, 3, 4].map((index) => ({ value: String(index) }));
  const reply = await slack.blockAction({ userId: person.id, channelId, actionId: 'checklist_tick', blockId: blockOf(message)?.block_id, messageTs: message.ts, selectedOptions });
  if (reply.status !== 200) throw new Error(`the app answered ${reply.status}`);
  await harness.waitFor(() => standIn.callsTo('chat.update').length > updates);
  const updated = standIn.messages(channelId).find((m) => m.ts === message.ts);
  out(`\n@mentor-coach (updates its checklist post):${blocksToText(updated?.blocks ?? [], names)}`);
  printChannel();
}

/** Presses the button with this action id on the latest post that has one. */
async function press(who: keyof typeof people, actionId: string): Promise<void> {
  const person = people[who];
  const buttonOf = (m: StandInMessage) =>
    (m.blocks as Array<{ elements?: Array<{ action_id?: string; value?: string; text?: { text?: string } }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionId);
  const message = standIn.messages(channelId).filter((m) => buttonOf(m) !== undefined).at(-1);
  if (!message) throw new Error(`no ${actionId} button in the channel`);
  out(`\n▶ @${person.name} presses [ ${buttonOf(message)?.text?.text ?? actionId} ]`);
  const before = standIn.responses.length;
  const reply = await slack.blockAction({ userId: person.id, channelId, actionId, messageTs: message.ts });
  if (reply.status !== 200) throw new Error(`the app answered ${reply.status}`);
  const [response] = (await harness.waitForResponses(before + 1)).slice(before);
  printChannel();
  if (response) out(`\n  (only @${person.name} sees) ${blocksToText(asBlocks(response), names).trim()}`);
}

/** Picks a day in the latest date picker with this action id, as Slack sends the pick. */
async function pickDate(who: keyof typeof people, actionId: string, day: string): Promise<void> {
  const person = people[who];
  const pickerOf = (m: StandInMessage) =>
    (m.blocks as Array<{ elements?: Array<{ action_id?: string }> }>).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  const message = standIn.messages(channelId).filter((m) => pickerOf(m) !== undefined).at(-1);
  if (!message) throw new Error(`no ${actionId} date picker in the channel`);
  out(`\n▶ @${person.name} picks ${day} as the day of the last meeting`);
  const before = standIn.responses.length;
  const reply = await slack.blockAction({ userId: person.id, channelId, actionId, messageTs: message.ts, selectedDate: day });
  if (reply.status !== 200) throw new Error(`the app answered ${reply.status}`);
  const [response] = (await harness.waitForResponses(before + 1)).slice(before);
  printChannel();
  if (response) out(`\n  (only @${person.name} sees) ${blocksToText(asBlocks(response), names).trim()}`);
}

/** `/wrap-up reflect`: the form opens, and the member fills it in and saves it. */
async function reflect(who: keyof typeof people, answers: { learned: string; expectations: string; highlight: string; next: string; thanks: string }): Promise<void> {
  const person = people[who];
  const triggerId = `${Date.now()}.7777.${who}`;
  out(`\n▶ @${person.name}: /wrap-up reflect  (a form opens; @${person.name} fills it in and saves)`);
  const reply = await slack.slashCommand({ command: '/wrap-up', text: 'reflect', userId: person.id, channelId, triggerId });
  if (reply.status !== 200) throw new Error(`the app answered ${reply.status}`);
  const opened = await harness.waitFor(() => standIn.views.find((view) => view.triggerId === triggerId));
  const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
  const radio = (value: string) => ({ value: { type: 'radio_buttons', selected_option: { value } } });
  const ephemerals = standIn.callsTo('chat.postEphemeral').length;
  const submitted = await slack.viewSubmission({
    userId: person.id,
    callbackId: 'wrap_up_reflection',
    viewId: opened.id,
    values: {
      reflection_learned: text(answers.learned),
      reflection_expectations: radio(answers.expectations),
      reflection_highlight: text(answers.highlight),
      reflection_next: radio(answers.next),
      reflection_thanks: text(answers.thanks),
    },
  });
  if (submitted.status !== 200 || submitted.json !== undefined) throw new Error(`the reflection was refused: ${submitted.body}`);
  await harness.waitFor(() => standIn.callsTo('chat.postEphemeral').length > ephemerals);
  for (const line of [`learned: ${answers.learned}`, `highlight: ${answers.highlight}`, `thanks: ${answers.thanks}`]) out(`    ${line}`);
  printChannel();
}

function printChannel(): void {
  const messages = channelId ? standIn.messages(channelId) : [];
  for (const message of messages.slice(shown)) {
    out(`\n@mentor-coach:${blocksToText(message.blocks, names)}`);
  }
  shown = messages.length;
}

function asBlocks(response: Record<string, unknown>): unknown[] {
  return Array.isArray(response.blocks) ? response.blocks : [{ type: 'section', text: { text: String(response.text ?? '') } }];
}

try {
  const mention = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;
  out(`Mentor Coach demo — embedded database in ${dataDir}, Slack stand-in at ${standIn.apiUrl}`);
  await step('admin', '/mentor', `pair ${mention(people.mentor)} ${mention(people.mentee)}`);
  // The first weeks (issue 16): the first meeting planned in prepare, its calendar file, and a confirmation to move on.
  const firstWeeks = { harness, channelId, names, out, printChannel };
  const firstMeeting = new Date(Date.now() + 3 * 86_400_000);
  firstMeeting.setUTCHours(13, 0, 0, 0);
  await planFirstMeeting(firstWeeks, people.mentee, firstMeeting);
  await addToCalendar(firstWeeks, people.mentor);
  await moveOnAnyway(firstWeeks, people.mentee, await step('mentee', '/mentor', 'stage next'));
  await step(
    'mentee',
    '/mentor-log',
    'First meeting: we got to know each other and agreed to meet every two weeks.\nnext: write down my goal and a five-step plan\n- [ ] list the skills the target role needs',
  );
  await tickAgreement('mentee');
  await press('mentor', 'suggest_nurture');
  await step(
    'mentor',
    '/mentor-log',
    'Reviewed the CV together; the transferable skills section is much stronger.\nnext: research three companies before our next meeting',
  );
  await showPulse(harness, names, people, out);
  await step('mentee', '/mentor', 'status');
  await step('mentee', '/wrap-up');
  await pickDate('mentee', 'wrap_up_last_meeting', new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await reflect('mentee', {
    learned: 'How to tell my story in one minute, and to ask for what I need.',
    expectations: 'met',
    highlight: 'The mock interview where the pitch finally clicked.',
    next: 'stay_in_touch',
    thanks: 'Thank you, Marco, for every hour and every honest answer.',
  });
  await step('mentee', '/wrap-up', 'confirm');
  await reflect('mentor', {
    learned: 'That listening first makes the advice land.',
    expectations: 'met',
    highlight: 'Seeing the CV go from a list of tasks to a story.',
    next: 'stay_in_touch',
    thanks: 'Thank you, Léa, it was a pleasure.',
  });
  await press('mentor', 'wrap_up_stay_in_touch');
  const channel = standIn.channels.get(channelId);
  await programmeDemo(harness, people.admin, out);
  out('\nTry next: `npm run demo -- --fr` plays it in French; README "Creating the Slack app" runs it in your workspace');
  out('(Socket Mode, no public address needed), then type `/mentor help` in Slack.');
  out(`\n#${channel?.name} is now ${channel?.archived ? 'archived' : 'still open'}.`);
} catch (error) {
  // Stopped half-way (a closed pipe, Ctrl-C): the interrupted step's error is expected, not news.
  if (cleaning === undefined) throw error;
} finally {
  await cleanUp();
}

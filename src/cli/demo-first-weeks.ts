/**
 * The demo's first weeks (issue 16): the mentee plans the first meeting with the prepare post's
 * date and time picker, the mentor adds it to a calendar (the .ics file arrives in their direct
 * messages, as they would see it), and leaving prepare under 4/4 asks for a confirmation first.
 */
import type { Harness } from '../dev/harness.js';
import type { StandInMessage } from '../dev/slack-stand-in.js';
import { blocksToText, type TranscriptNames } from '../dev/transcript.js';

interface Person {
  id: string;
  name: string;
}

export interface DemoStage {
  harness: Harness;
  channelId: string;
  names: TranscriptNames;
  out: (line?: string) => void;
  printChannel: () => void;
}

const elementsOf = (m: StandInMessage) =>
  (m.blocks as Array<{ block_id?: string; elements?: Array<{ action_id?: string; value?: string; text?: { text?: string } }> }>).flatMap((b) =>
    (b.elements ?? []).map((e) => ({ ...e, blockId: b.block_id })),
  );

async function answer(demo: DemoStage, person: Person, before: number): Promise<Record<string, unknown> | undefined> {
  const [response] = (await demo.harness.waitForResponses(before + 1)).slice(before);
  demo.printChannel();
  if (response) {
    const blocks = Array.isArray(response.blocks) ? response.blocks : [{ type: 'section', text: { text: String(response.text ?? '') } }];
    demo.out(`\n  (only @${person.name} sees) ${blocksToText(blocks, demo.names).trim()}`);
  }
  return response;
}

/** The mentee picks the first meeting in the prepare post's picker, as Slack sends it (a UTC epoch). */
export async function planFirstMeeting(demo: DemoStage, mentee: Person, at: Date): Promise<void> {
  const { standIn, slack } = demo.harness;
  const message = standIn.messages(demo.channelId).filter((m) => elementsOf(m).some((e) => e.action_id === 'first_meeting_pick')).at(-1);
  const picker = message && elementsOf(message).find((e) => e.action_id === 'first_meeting_pick');
  if (!message || !picker) throw new Error('no first-meeting picker in the channel');
  demo.out(`\n▶ @${mentee.name} picks ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC in "Plan our first meeting" (Slack shows it in her zone)`);
  const before = standIn.responses.length;
  await slack.blockAction({
    userId: mentee.id,
    channelId: demo.channelId,
    actionId: 'first_meeting_pick',
    blockId: picker.blockId,
    messageTs: message.ts,
    selectedDateTime: Math.floor(at.getTime() / 1000),
  });
  await answer(demo, mentee, before);
}

/** "Add to calendar": the file lands in the member's direct messages; shown as they would open it. */
export async function addToCalendar(demo: DemoStage, who: Person): Promise<void> {
  const { standIn, slack } = demo.harness;
  const message = standIn.messages(demo.channelId).filter((m) => elementsOf(m).some((e) => e.action_id === 'calendar_file')).at(-1);
  const button = message && elementsOf(message).find((e) => e.action_id === 'calendar_file');
  if (!message || !button) throw new Error('no Add to calendar button in the channel');
  demo.out(`\n▶ @${who.name} presses [ ${button.text?.text ?? 'Add to calendar'} ]`);
  const before = standIn.responses.length;
  await slack.blockAction({ userId: who.id, channelId: demo.channelId, actionId: 'calendar_file', messageTs: message.ts, value: button.value });
  await answer(demo, who, before);
  const dm = [...standIn.channels.values()].find((c) => c.id.startsWith('D') && c.members.has(who.id));
  const file = dm ? standIn.files(dm.id).at(-1) : undefined;
  if (!file) return;
  demo.out(`\n  (direct message to @${who.name}) 📎 ${file.filename} — ${file.title ?? ''}`);
  if (file.initialComment) demo.out(`  ${blocksToText([{ type: 'section', text: { text: file.initialComment } }], demo.names).trim()}`);
  for (const line of (file.content ?? '').replace(/\r\n[ \t]/g, '').split(/\r?\n/).filter((l) => /^(?:UID|SEQUENCE|DTSTART|DTEND|SUMMARY|DESCRIPTION)/.test(l))) {
    demo.out(`    ${line}`);
  }
}

/** `/mentor stage next` under 4/4 answered with what is missing; the member confirms "Move on anyway". */
export async function moveOnAnyway(demo: DemoStage, who: Person, asked: Record<string, unknown> | undefined): Promise<void> {
  const value = /"action_id":"engage_anyway","value":"(\d+:[a-z]+)"/.exec(JSON.stringify(asked ?? {}))?.[1];
  if (value === undefined) return;
  const { standIn, slack } = demo.harness;
  demo.out(`\n▶ @${who.name} presses [ Move on anyway ] and confirms the dialog`);
  const before = standIn.responses.length;
  await slack.blockAction({ userId: who.id, channelId: demo.channelId, actionId: 'engage_anyway', value, responseUrl: standIn.newResponseUrl() });
  await answer(demo, who, before);
}

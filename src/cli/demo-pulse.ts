/**
 * The demo's "how the pair is doing" part: a scheduler pass a working day after the first logged
 * meeting, the direct messages it sends (the fit check, the session rating, the mentor's tips), and
 * the fit check answered by the mentee as she sees it.
 */
import type { Harness } from '../dev/harness.js';
import { blocksToText, type TranscriptNames } from '../dev/transcript.js';
import { ACTION_FIT_OPEN, FIT_BLOCKS, INPUT_ACTION, VIEW_FIT_CHECK } from '../slack/ids.js';

interface Person {
  id: string;
  name: string;
}

interface Element {
  type?: string;
  action_id?: string;
  value?: string;
  options?: Array<{ text?: { text?: string } }>;
}

type Block = { type?: string; label?: { text?: string }; hint?: { text?: string }; element?: Element; elements?: Element[] };

const blocksOf = (raw: unknown): Block[] => (typeof raw === 'string' ? (JSON.parse(raw) as Block[]) : ((raw as Block[] | undefined) ?? []));

export async function showPulse(harness: Harness, names: TranscriptNames, people: { mentor: Person; mentee: Person }, out: (line?: string) => void): Promise<void> {
  const { standIn, slack } = harness;
  const before = standIn.calls.length;
  out('\n⏩ A few days later, a scheduler pass (`npm run tick`) sends each member their private questions:');
  await harness.tick(new Date(Date.now() + 4 * 86_400_000));
  const direct = standIn.calls.slice(before).filter((call) => call.method === 'chat.postMessage' && (call.params.channel === people.mentee.id || call.params.channel === people.mentor.id));
  for (const call of direct) {
    const who = call.params.channel === people.mentee.id ? people.mentee : people.mentor;
    out(`\n@mentor-coach → direct message to @${who.name} (only @${who.name} sees it):${blocksToText(blocksOf(call.params.blocks), names)}`);
  }
  const fitButton = direct
    .filter((call) => call.params.channel === people.mentee.id)
    .flatMap((call) => blocksOf(call.params.blocks))
    .flatMap((block) => block.elements ?? [])
    .find((element) => element.action_id === ACTION_FIT_OPEN);
  if (!fitButton?.value) throw new Error('no fit check was sent to the mentee');

  const triggerId = `${Date.now()}.8888.fit`;
  out(`\n▶ @${people.mentee.name} presses its button and a form opens:`);
  const pressed = await slack.blockAction({ userId: people.mentee.id, channelId: `D${people.mentee.id.slice(1)}`, actionId: ACTION_FIT_OPEN, value: fitButton.value, triggerId });
  if (pressed.status !== 200) throw new Error(`the app answered ${pressed.status}`);
  const opened = await harness.waitFor(() => standIn.views.find((view) => view.triggerId === triggerId));
  for (const block of blocksOf(opened.view.blocks)) {
    out(`  ${block.label?.text ?? ''}`);
    for (const option of block.element?.options ?? []) out(`    ( ) ${option.text?.text ?? ''}`);
    if (block.hint?.text) out(`    [ ............ ]  ${block.hint.text}`);
  }
  out(`\n▶ @${people.mentee.name} picks the second answer and sends the form`);
  const submitted = await slack.viewSubmission({
    userId: people.mentee.id,
    callbackId: VIEW_FIT_CHECK,
    viewId: opened.id,
    values: { [FIT_BLOCKS.answer]: { [INPUT_ACTION]: { type: 'radio_buttons', selected_option: { value: 'fine' } } }, [FIT_BLOCKS.comment]: { [INPUT_ACTION]: { type: 'plain_text_input', value: null } } },
  });
  const answer = submitted.json as { view?: { blocks?: unknown[] } } | undefined;
  out(`\n  (only @${people.mentee.name} sees) ${blocksToText(answer?.view?.blocks ?? [], names).trim()}`);
}

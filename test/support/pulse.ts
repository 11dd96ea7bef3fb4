/** Helpers for "how the pair is doing": the bot's direct messages to one person, and their buttons and forms. */
import { ACTION_CHECKIN_OPEN, ACTION_FIT_OPEN, CHECKIN_BLOCKS, FIT_BLOCKS, INPUT_ACTION, VIEW_CHECKIN, VIEW_FIT_CHECK } from '../../src/slack/ids.js';
import { allText, type Answer, type OpenedPair, type Person, type Scenario } from './e2e.js';

export interface DirectMessage {
  text: string;
  raw: string;
}

/** Every message the bot posted to `user` directly (chat.postMessage to their user id). */
export function directMessages(s: Scenario, user: { id: string }): DirectMessage[] {
  return s.standIn
    .callsTo('chat.postMessage')
    .filter((call) => call.params.channel === user.id)
    .map((call) => ({ text: `${String(call.params.text)}\n${allText(parseBlocks(call.params.blocks))}`, raw: JSON.stringify(call.params) }));
}

function parseBlocks(blocks: unknown): unknown {
  return typeof blocks === 'string' ? JSON.parse(blocks) : blocks;
}

/** A button in someone's direct message, pressed by `user`; the answer on the click's response_url. */
export async function clickInDm(s: Scenario, user: Person, actionId: string, value: string | number): Promise<Answer> {
  const responseUrl = s.standIn.newResponseUrl();
  const reply = await s.harness.slack.blockAction({ userId: user.id, channelId: `D${user.id.slice(1)}`, actionId, value: String(value), responseUrl });
  if (reply.status !== 200) throw new Error(`click ${actionId}: HTTP ${reply.status}`);
  return s.answerTo(responseUrl);
}

const radio = (value: string | null) => ({ [INPUT_ACTION]: { type: 'radio_buttons', selected_option: value === null ? null : { value } } });
const textInput = (value: string | null) => ({ [INPUT_ACTION]: { type: 'plain_text_input', value } });

let triggers = 0;

/** Presses "Answer privately" and returns the form that opened (or the notice shown instead). */
export async function openForm(s: Scenario, user: Person, actionId: typeof ACTION_FIT_OPEN | typeof ACTION_CHECKIN_OPEN, pairId: number) {
  const triggerId = `${Date.now()}.7${++triggers}.pulse`;
  const reply = await s.harness.slack.blockAction({
    userId: user.id,
    channelId: `D${user.id.slice(1)}`,
    actionId,
    value: String(pairId),
    responseUrl: s.standIn.newResponseUrl(),
    triggerId,
  });
  if (reply.status !== 200) throw new Error(`open form: HTTP ${reply.status}`);
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

/** Submits the fit check form as `user` for `pair`; returns Slack's reply to the submission. */
export function submitFit(s: Scenario, user: Person, pair: Pick<OpenedPair, 'pairId'>, answer: string | null, comment: string | null) {
  return s.harness.slack.viewSubmission({
    userId: user.id,
    callbackId: VIEW_FIT_CHECK,
    privateMetadata: JSON.stringify({ pairId: pair.pairId }),
    values: { [FIT_BLOCKS.answer]: radio(answer), [FIT_BLOCKS.comment]: textInput(comment) },
  });
}

export function submitCheckin(s: Scenario, user: Person, pair: Pick<OpenedPair, 'pairId'>, scores: { progress: string; relationship: string }, comment: string | null) {
  return s.harness.slack.viewSubmission({
    userId: user.id,
    callbackId: VIEW_CHECKIN,
    privateMetadata: JSON.stringify({ pairId: pair.pairId }),
    values: {
      [CHECKIN_BLOCKS.progress]: radio(scores.progress),
      [CHECKIN_BLOCKS.relationship]: radio(scores.relationship),
      [CHECKIN_BLOCKS.comment]: textInput(comment),
    },
  });
}

/**
 * Helpers for the wrap-up end-to-end tests: the reflection form opened and submitted as Slack would,
 * the decision buttons under the summary, and a whole close for tests that only need a closed pair.
 */
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { StandInMessage, StandInView } from '../../src/dev/slack-stand-in.js';
import {
  ACTION_DECIDE_CLOSE,
  ACTION_DECIDE_CONTINUE,
  ACTION_DECIDE_STAY_IN_TOUCH,
  CONTINUE_END_BLOCK,
  REFLECTION_BLOCKS,
  VIEW_CONTINUE_CYCLE,
  VIEW_REFLECTION,
} from '../../src/slack/ids.js';
import type { Answer, OpenedPair, Person, Scenario } from './e2e.js';

export interface ReflectionAnswers {
  learned?: string | null;
  goal?: string | null;
  goalComment?: string | null;
  /** By step position. */
  steps?: Record<number, string | null>;
  stepComments?: Record<number, string | null>;
  expectations?: string | null;
  expectationsComment?: string | null;
  highlight?: string | null;
  next?: string | null;
  thanks?: string | null;
}

const text = (value: string | null | undefined) => ({ value: { type: 'plain_text_input', value: value ?? null } });
const radio = (value: string | null | undefined) => ({
  value: { type: 'radio_buttons', selected_option: value ? { value, text: { type: 'plain_text', text: value } } : null },
});

/** view.state.values of the reflection form; defaults answer everything validly. */
export function reflectionValues(answers: ReflectionAnswers = {}, stepCount = 0) {
  const pick = <K extends keyof ReflectionAnswers>(key: K, fallback: ReflectionAnswers[K]) => (key in answers ? answers[key] : fallback);
  const values: Record<string, Record<string, Record<string, unknown>>> = {
    [REFLECTION_BLOCKS.learned]: text(pick('learned', 'How to tell my story in one minute.') as string | null),
    [REFLECTION_BLOCKS.goal]: radio(pick('goal', 'met') as string | null),
    [REFLECTION_BLOCKS.goalComment]: text(pick('goalComment', null) as string | null),
    [REFLECTION_BLOCKS.expectations]: radio(pick('expectations', 'met') as string | null),
    [REFLECTION_BLOCKS.expectationsComment]: text(pick('expectationsComment', null) as string | null),
    [REFLECTION_BLOCKS.highlight]: text(pick('highlight', 'The mock interview.') as string | null),
    [REFLECTION_BLOCKS.next]: radio(pick('next', 'stay_in_touch') as string | null),
    [REFLECTION_BLOCKS.thanks]: text(pick('thanks', null) as string | null),
  };
  for (let position = 1; position <= stepCount; position += 1) {
    values[`${REFLECTION_BLOCKS.step}${position}`] = radio(answers.steps && position in answers.steps ? answers.steps[position] : 'met');
    values[`${REFLECTION_BLOCKS.stepComment}${position}`] = text(answers.stepComments?.[position] ?? null);
  }
  return values;
}

let triggers = 0;
const newTrigger = () => `${Date.now()}.5151.${(++triggers).toString(16)}`;

/** `/wrap-up reflect` in the pair's channel; resolves with the form opened for its trigger_id. */
export async function openReflection(s: Scenario, who: Person, channelId: string): Promise<StandInView> {
  const triggerId = newTrigger();
  const reply = await s.send(who, '/wrap-up', 'reflect', channelId, { triggerId });
  if (reply.status !== 200) throw new Error(`/wrap-up reflect: HTTP ${reply.status}`);
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

export function submitReflection(s: Scenario, who: Person, view: StandInView, values: ReturnType<typeof reflectionValues>, privateMetadata?: string): Promise<SlackReply> {
  return s.harness.slack.viewSubmission({ userId: who.id, callbackId: VIEW_REFLECTION, viewId: view.id, values, privateMetadata });
}

/** Opens and submits a valid reflection for `who`, and waits until it is stored. */
export async function reflect(s: Scenario, pair: OpenedPair, who: Person, answers: ReflectionAnswers = {}): Promise<void> {
  const view = await openReflection(s, who, pair.channelId);
  const stepCount = (view.view.blocks as Array<{ block_id?: string }>).filter(
    (b) => b.block_id?.startsWith(REFLECTION_BLOCKS.step) && !b.block_id.startsWith(REFLECTION_BLOCKS.stepComment),
  ).length;
  const answered = () => s.standIn.callsTo('chat.postEphemeral').filter((call) => call.params.user === who.id).length;
  const before = answered();
  const reply = await submitReflection(s, who, view, reflectionValues(answers, stepCount));
  if (reply.status !== 200 || reply.json !== undefined) throw new Error(`reflection refused: ${reply.body}`);
  // The author is answered privately once the reflection is stored (and any summary posted).
  await s.waitFor(() => answered() > before);
}

/** The latest post carrying the decision buttons. */
export function decisionPost(s: Scenario, pair: OpenedPair): StandInMessage {
  const post = [...s.posts(pair.channelId)].reverse().find((m) => JSON.stringify(m.blocks).includes(ACTION_DECIDE_CLOSE));
  if (!post) throw new Error('no decision buttons in the channel');
  return post;
}

export type Decision = 'continue' | 'stay_in_touch' | 'close';
const DECISION_ACTIONS: Record<Decision, string> = {
  continue: ACTION_DECIDE_CONTINUE,
  stay_in_touch: ACTION_DECIDE_STAY_IN_TOUCH,
  close: ACTION_DECIDE_CLOSE,
};

/** Clicks a decision button on the summary (the value is the pair id unless forged). */
export function decide(s: Scenario, pair: OpenedPair, who: { id: string }, decision: Decision, value = String(pair.pairId), messageTs?: string): Promise<Answer> {
  return s.click(who, { channelId: pair.channelId, actionId: DECISION_ACTIONS[decision], value, messageTs: messageTs ?? decisionPost(s, pair).ts });
}

/** "Continue": the button opens the form, whose end date is then submitted. */
export async function continueWith(s: Scenario, pair: OpenedPair, who: Person, endOn?: string): Promise<{ view: StandInView; reply: SlackReply }> {
  const triggerId = newTrigger();
  const reply = await s.harness.slack.blockAction({
    userId: who.id,
    channelId: pair.channelId,
    actionId: ACTION_DECIDE_CONTINUE,
    value: String(pair.pairId),
    messageTs: decisionPost(s, pair).ts,
    triggerId,
  });
  if (reply.status !== 200) throw new Error(`continue: HTTP ${reply.status}`);
  const view = await s.waitFor(() => s.standIn.views.find((v) => v.triggerId === triggerId));
  const initial = (view.view.blocks as Array<{ element?: { initial_date?: string } }>)[0]?.element?.initial_date ?? null;
  const submitted = await s.harness.slack.viewSubmission({
    userId: who.id,
    callbackId: VIEW_CONTINUE_CYCLE,
    viewId: view.id,
    values: { [CONTINUE_END_BLOCK]: { value: { type: 'datepicker', selected_date: endOn ?? initial } } },
  });
  return { view, reply: submitted };
}

/** The whole guided close, for tests that only need a closed pair: both reflect, confirm, close. */
export async function closeByWrapUp(s: Scenario, pair: OpenedPair, decision: 'close' | 'stay_in_touch' = 'close'): Promise<Answer> {
  if ((await s.pairRow(pair.pairId)).stage !== 'evaluate') await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
  await reflect(s, pair, pair.mentee);
  await reflect(s, pair, pair.mentor);
  await s.waitFor(() => s.posts(pair.channelId).some((m) => JSON.stringify(m.blocks).includes(ACTION_DECIDE_CLOSE)));
  return decide(s, pair, pair.mentor, decision);
}

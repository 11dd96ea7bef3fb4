/**
 * Helpers for the "start the conversation" end-to-end tests: find the icebreakers and checklist
 * posts, read what a message shows, and click as Slack would (checkboxes send their whole selection).
 */
import type { Catalog } from '../../src/content/index.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { StandInMessage } from '../../src/dev/slack-stand-in.js';
import { ACTION_CHECKLIST_TICK, ACTION_MORE_ICEBREAKERS, ACTION_SUGGEST_NURTURE } from '../../src/slack/ids.js';
import type { Answer, OpenedPair, Person, Scenario } from './e2e.js';

type Block = { type?: string; block_id?: string; elements?: Array<Record<string, unknown>> };
export type ListName = 'agreement' | 'topics';

function elements(message: StandInMessage): Array<Record<string, unknown>> {
  return (message.blocks as Block[]).flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));
}

export const hasAction = (message: StandInMessage, actionId: string) => elements(message).some((e) => e.action_id === actionId);
export const isChecklists = (message: StandInMessage) => hasAction(message, ACTION_CHECKLIST_TICK);

/** The pair's posts of one kind, oldest first. */
export const icebreakerPosts = (s: Scenario, pair: OpenedPair, c: Catalog) =>
  s.posts(pair.channelId).filter((message) => {
    const first = (message.blocks as Array<{ type?: string; text?: { text?: string } }>)[0];
    return first?.type === 'section' && first.text?.text?.startsWith(`*${c.engage.icebreakersTitle}*`) === true;
  });
export const checklistPosts = (s: Scenario, pair: OpenedPair) => s.posts(pair.channelId).filter(isChecklists);
export const suggestionPosts = (s: Scenario, pair: OpenedPair) =>
  s.posts(pair.channelId).filter((message) => hasAction(message, ACTION_SUGGEST_NURTURE));

/** The items a checklist message shows ticked, read from its checkboxes' initial_options. */
export function shownTicks(message: StandInMessage, list: ListName): number[] {
  const block = (message.blocks as Block[]).find((b) => b.block_id?.startsWith(`checklist:${list}:`));
  const initial = (block?.elements?.[0]?.initial_options ?? []) as Array<{ value: string }>;
  return initial.map((option) => Number(option.value));
}

/** The catalog indexes of the questions a post shows, given the catalog's questions. */
export function questionsIn(message: StandInMessage, catalogQuestions: readonly string[]): number[] {
  const text = JSON.stringify(message.blocks);
  return catalogQuestions.flatMap((question, index) => (text.includes(JSON.stringify(question).slice(1, -1)) ? [index] : []));
}

export interface TickInput {
  list: ListName;
  /** Every item selected on the element after the click. */
  selected: number[];
  /** Default: the pair's latest checklists post. */
  ts?: string;
  /** Default: the pair's own id (a forged payload names another). */
  blockId?: string;
  channelId?: string;
  responseUrl?: string;
}

/** A click on a checklist, as Slack sends it; resolves with the ack. */
export function tick(s: Scenario, who: Person, pair: OpenedPair, input: TickInput): Promise<SlackReply> {
  return s.harness.slack.blockAction({
    userId: who.id,
    channelId: input.channelId ?? pair.channelId,
    actionId: ACTION_CHECKLIST_TICK,
    blockId: input.blockId ?? `checklist:${input.list}:${pair.pairId}`,
    messageTs: input.ts ?? checklistPosts(s, pair).at(-1)?.ts,
    selectedOptions: input.selected.map((index) => ({ value: String(index) })),
    responseUrl: input.responseUrl ?? s.standIn.newResponseUrl(),
  });
}

/** A member's click that succeeds: resolves once the clicked message has been redrawn. */
export async function tickAndWait(s: Scenario, who: Person, pair: OpenedPair, input: TickInput): Promise<void> {
  const mark = s.standIn.calls.length;
  const reply = await tick(s, who, pair, input);
  if (reply.status !== 200) throw new Error(`tick: HTTP ${reply.status}`);
  await s.waitFor(() => s.callsSince(mark, 'chat.update').length > 0);
}

/** Clicks sent at once (each payload built before any is stored); resolves once each has redrawn its message. */
export async function tickAtOnce(s: Scenario, pair: OpenedPair, clicks: Array<[Person, TickInput]>): Promise<void> {
  const mark = s.standIn.calls.length;
  const replies = await Promise.all(clicks.map(([who, input]) => tick(s, who, pair, input)));
  if (replies.some((reply) => reply.status !== 200)) throw new Error('tick: refused');
  await s.waitFor(() => s.callsSince(mark, 'chat.update').length >= clicks.length);
}

/** A click that is refused: resolves with the private answer. */
export async function tickRefused(s: Scenario, who: Person, pair: OpenedPair, input: TickInput): Promise<Answer> {
  const responseUrl = s.standIn.newResponseUrl();
  await tick(s, who, pair, { ...input, responseUrl });
  return s.answerTo(responseUrl);
}

/** Presses "three more questions" on a post; resolves with the ack. */
export function pressMore(s: Scenario, who: Person, pair: OpenedPair, post: StandInMessage, responseUrl?: string): Promise<SlackReply> {
  return s.harness.slack.blockAction({
    userId: who.id,
    channelId: pair.channelId,
    actionId: ACTION_MORE_ICEBREAKERS,
    messageTs: post.ts,
    value: String(pair.pairId),
    responseUrl: responseUrl ?? s.standIn.newResponseUrl(),
  });
}

/**
 * Helpers for the preparation end-to-end tests: open the forms as Slack would (a command or a
 * button, each with its own trigger_id), submit them, click a step, and read what is stored.
 */
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { StandInMessage, StandInView } from '../../src/dev/slack-stand-in.js';
import { INVENTORY_FIELDS, type InventoryField } from '../../src/domain/prepare/inventory.js';
import {
  ACTION_GOAL_OPEN,
  ACTION_INVENTORY_OPEN,
  ACTION_ENGAGE_START,
  ACTION_STEP_DONE,
  GOAL_BLOCKS,
  INVENTORY_BLOCKS,
  VIEW_GOAL_PLAN,
  VIEW_INVENTORY,
} from '../../src/slack/ids.js';
import type { OpenedPair, Person, Scenario } from './e2e.js';

const input = (value: string | null) => ({ value: { type: 'plain_text_input', value } });

export function goalValues(goal: string | null, plan: string | null) {
  return { [GOAL_BLOCKS.goal]: input(goal), [GOAL_BLOCKS.plan]: input(plan) };
}

export function inventoryValues(answers: Partial<Record<InventoryField, string | null>>) {
  return Object.fromEntries(INVENTORY_FIELDS.map((field) => [INVENTORY_BLOCKS[field], input(answers[field] ?? null)]));
}

let triggers = 0;
const newTrigger = () => `${Date.now()}.4242.${(++triggers).toString(16)}`;

/** `/mentor goal` or `/mentor inventory` in the pair's channel; resolves with the modal opened for its trigger_id. */
export async function openByCommand(s: Scenario, who: Person, channelId: string, verb: 'goal' | 'inventory'): Promise<StandInView> {
  const triggerId = newTrigger();
  const reply = await s.send(who, '/mentor', verb, channelId, { triggerId });
  if (reply.status !== 200) throw new Error(`/mentor ${verb}: HTTP ${reply.status}`);
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

/** A click on one of the prepare post's buttons; resolves with the modal opened for the click's trigger_id. */
export async function openByButton(s: Scenario, who: Person, pair: OpenedPair, form: 'goal' | 'inventory'): Promise<StandInView> {
  const triggerId = newTrigger();
  const post = preparePost(s, pair);
  const reply = await s.harness.slack.blockAction({
    userId: who.id,
    channelId: pair.channelId,
    actionId: form === 'goal' ? ACTION_GOAL_OPEN : ACTION_INVENTORY_OPEN,
    messageTs: post.ts,
    triggerId,
  });
  if (reply.status !== 200) throw new Error(`open ${form}: HTTP ${reply.status}`);
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

export function submitGoal(s: Scenario, who: Person, view: StandInView, values: ReturnType<typeof goalValues>, privateMetadata?: string): Promise<SlackReply> {
  return s.harness.slack.viewSubmission({ userId: who.id, callbackId: VIEW_GOAL_PLAN, viewId: view.id, values, privateMetadata });
}

export function submitInventory(s: Scenario, who: Person, view: StandInView, values: ReturnType<typeof inventoryValues>, privateMetadata?: string): Promise<SlackReply> {
  return s.harness.slack.viewSubmission({ userId: who.id, callbackId: VIEW_INVENTORY, viewId: view.id, values, privateMetadata });
}

/** Opens the goal form by command and submits it; resolves once the goal post shows the goal. */
export async function writeGoal(s: Scenario, who: Person, pair: OpenedPair, goal: string, steps: string[]): Promise<void> {
  const view = await openByCommand(s, who, pair.channelId, 'goal');
  const reply = await submitGoal(s, who, view, goalValues(goal, steps.join('\n')));
  if (reply.json !== undefined) throw new Error(`goal refused: ${reply.body}`);
  await s.until(async () => {
    const row = await goalRow(s, pair.pairId);
    return row?.goal === goal && row.message_ts !== null && goalPost(s, pair)?.ts === row.message_ts;
  });
}

/** Opens the member's inventory form by command and submits it; resolves once it is stored and summarised. */
export async function writeInventory(s: Scenario, who: Person, pair: OpenedPair, answers: Partial<Record<InventoryField, string>>): Promise<void> {
  const view = await openByCommand(s, who, pair.channelId, 'inventory');
  const reply = await submitInventory(s, who, view, inventoryValues(answers));
  if (reply.json !== undefined) throw new Error(`inventory refused: ${reply.body}`);
  await s.until(async () => (await inventoryRow(s, pair.pairId, who.id))?.message_ts != null);
}

/** A click on a step's button (done by default), as Slack sends it from the goal post. */
export function clickStep(s: Scenario, who: Person, pair: OpenedPair, stepId: number, actionId = ACTION_STEP_DONE, responseUrl?: string): Promise<SlackReply> {
  return s.harness.slack.blockAction({
    userId: who.id,
    channelId: pair.channelId,
    actionId,
    value: String(stepId),
    messageTs: goalPost(s, pair)?.ts,
    responseUrl: responseUrl ?? s.standIn.newResponseUrl(),
  });
}

type Block = { type?: string; block_id?: string; accessory?: Record<string, unknown>; elements?: Array<Record<string, unknown>> };
const actionIds = (message: StandInMessage) =>
  (message.blocks as Block[]).flatMap((block) => [
    ...(block.elements ?? []).map((element) => element.action_id),
    ...(block.accessory ? [block.accessory.action_id] : []),
  ]);

/** The pair's latest prepare post (the one carrying the inventory button). */
export function preparePost(s: Scenario, pair: OpenedPair): StandInMessage {
  const post = s.posts(pair.channelId).filter((message) => actionIds(message).includes(ACTION_INVENTORY_OPEN)).at(-1);
  if (!post) throw new Error('no prepare post');
  return post;
}

/** The goal post: the only message with step buttons. */
export const goalPost = (s: Scenario, pair: OpenedPair) =>
  s.posts(pair.channelId).find((message) => (message.blocks as Block[]).some((block) => block.block_id?.startsWith('goal_step_')));

export const suggestionPosts = (s: Scenario, pair: OpenedPair) =>
  s.posts(pair.channelId).filter((message) => actionIds(message).includes(ACTION_ENGAGE_START));

/** The step buttons a message shows, in order: [step id, action id]. */
export function stepButtons(message: StandInMessage): Array<[number, string]> {
  return (message.blocks as Block[]).flatMap((block) =>
    block.block_id?.startsWith('goal_step_') && block.accessory ? [[Number(block.accessory.value), String(block.accessory.action_id)] as [number, string]] : [],
  );
}

export const goalRow = (s: Scenario, pairId: number) => s.db.selectFrom('goal_plans').selectAll().where('pair_id', '=', pairId).executeTakeFirst();
export const stepRows = (s: Scenario, pairId: number) =>
  s.db.selectFrom('goal_steps').selectAll().where('pair_id', '=', pairId).orderBy('position').execute();
export const inventoryRow = (s: Scenario, pairId: number, userId: string) =>
  s.db.selectFrom('self_inventories').selectAll().where('pair_id', '=', pairId).where('user_id', '=', userId).executeTakeFirst();

/** What a refusal must leave unchanged. */
export async function prepSnapshot(s: Scenario, pair: OpenedPair) {
  return {
    goals: await s.count('goal_plans', pair.pairId),
    steps: JSON.stringify(await stepRows(s, pair.pairId)),
    inventories: await s.count('self_inventories', pair.pairId),
    posts: s.posts(pair.channelId).length,
  };
}

import { type Catalog, fill, labelled } from '../../content/index.js';
import { INVENTORY_FIELDS } from '../../domain/prepare/inventory.js';
import type { GoalPlanView, GoalStepView, InventoryView, PrepareMessage } from '../../services/prepare/prepare-posts.js';
import type { PairRef } from '../../services/slack-port.js';
import { ACTION_GOAL_OPEN, ACTION_ENGAGE_START, ACTION_STEP_DONE, ACTION_STEP_UNDO } from '../ids.js';
import { buttonElement, context, header, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { buttonValueOf } from '../codecs.js';
import { slackDate } from '../kit/dates.js';
import { buttonRow, NOT_READY, READY } from './prepare-checklist-blocks.js';
import { safeText } from '../kit/safe-text.js';
import { prepareBlocks } from '../pairs/stage-content.js';

/** An inventory answer in the channel summary: one line, this many characters at most. */
export const SUMMARY_ANSWER_LENGTH = 140;

const mention = (userId: string) => `<@${userId}>`;

/** The preparation stage's posts, in the pair's language. */
export function renderPrepareMessage(c: Catalog, pair: PairRef, message: PrepareMessage): SlackMessage {
  switch (message.kind) {
    case 'prepare':
      return { text: c.prepare.title, blocks: prepareBlocks(c, pair.id, message.progress) };
    case 'goalPlan':
      return goalPlanMessage(c, pair.id, message.plan);
    case 'inventory':
      return inventoryMessage(c, message.inventory);
    case 'suggestEngage': {
      const text = fill(c.prepareChecklist.suggestion, { mentor: mention(pair.mentorId), mentee: mention(pair.menteeId) });
      return {
        text,
        blocks: [
          ...sections(`:tada: ${text}`),
          buttonRow([{ text: c.prepareChecklist.suggestionButton, actionId: ACTION_ENGAGE_START, value: String(pair.id), primary: true }]),
        ],
      };
    }
  }
}

function goalPlanMessage(c: Catalog, pairId: number, plan: GoalPlanView): SlackMessage {
  const g = c.goalPlan;
  const goal = safeText(plan.goal);
  const done = plan.steps.filter((step) => step.doneAt !== null).length;
  const facts = [
    fill(g.stepsDone, { done, total: plan.steps.length }),
    fill(g.byline, { user: mention(plan.updatedBy), date: slackDate(plan.updatedAt, c.locale) }),
  ];
  return {
    text: labelled(c, g.title, goal, true),
    blocks: [
      header(g.title),
      ...sections(`:dart: ${labelled(c, g.goal, goal)}`),
      ...sections(`*${g.plan}*`),
      ...plan.steps.map((step) => stepBlock(c, step)),
      context(facts.join(' · ')),
      buttonRow([{ text: g.editButton, actionId: ACTION_GOAL_OPEN, value: String(pairId) }]),
    ],
  };
}

/** One step with the button that flips it; the button says which way, so a second click changes nothing. */
function stepBlock(c: Catalog, step: GoalStepView): KnownBlock {
  const g = c.goalPlan;
  const isDone = step.doneAt !== null;
  const by = isDone && step.doneBy ? ` — _${fill(g.doneBy, { user: mention(step.doneBy) })}_` : '';
  return {
    type: 'section',
    block_id: `goal_step_${step.id}`,
    text: { type: 'mrkdwn', text: `${isDone ? READY : NOT_READY}  *${step.position}.* ${safeText(step.text)}${by}` },
    accessory: buttonElement(isDone ? g.undoButton : g.doneButton, isDone ? ACTION_STEP_UNDO : ACTION_STEP_DONE, buttonValueOf(step.id), {
      style: isDone ? undefined : 'primary',
    }),
  };
}

function inventoryMessage(c: Catalog, inventory: InventoryView): SlackMessage {
  const s = c.selfInventory;
  const lead = fill(inventory.firstTime ? s.shared : s.updated, { user: mention(inventory.userId) });
  const lines = INVENTORY_FIELDS.flatMap((field) => {
    const answer = inventory.answers[field];
    return answer === null ? [] : [`•  ${labelled(c, s.fields[field], safeText(oneLine(answer, SUMMARY_ANSWER_LENGTH)))}`];
  });
  return {
    text: lead,
    blocks: [...sections(`:memo: ${lead}`), ...sections(lines.join('\n')), context(s.hint)],
  };
}

/** A shortened, single-line version of an answer; cut on a character, never inside one. */
export function oneLine(text: string, max: number): string {
  // Each run of spaces is read once: `\s*\n\s*` rescanned a long run from each of its characters.
  const flat = text.replace(/\s+/g, (run) => (run.includes('\n') ? ' / ' : ' ')).trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

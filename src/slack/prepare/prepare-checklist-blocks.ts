import { type Catalog, fill } from '../../content/index.js';
import { PREPARE_ITEMS, type PrepareProgress } from '../../domain/prepare/prep-checklist.js';
import { ACTION_GOAL_OPEN, ACTION_INVENTORY_OPEN } from '../ids.js';
import { buttonElement, divider, type KnownBlock, sections, titled } from '../kit/blocks.js';

export const READY = '✅';
export const NOT_READY = '⬜';

/** A row of buttons whose value is the same id (the pair's, a step's). */
export function buttonRow(buttons: Array<{ text: string; actionId: string; value: string; primary?: boolean }>): KnownBlock {
  return {
    type: 'actions',
    elements: buttons.map((b) => buttonElement(b.text, b.actionId, b.value, { style: b.primary ? 'primary' : undefined })),
  };
}

/** The checklist at the foot of the prepare post: "2/4 ready", each item, and the two forms' buttons. */
export function prepareChecklistBlocks(c: Catalog, pairId: number, progress: PrepareProgress): KnownBlock[] {
  const p = c.prepareChecklist;
  const lines = PREPARE_ITEMS.map((item) => `${progress.ready[item] ? READY : NOT_READY}  ${p.items[item]}`);
  const title = `${p.title} · ${fill(p.progress, { done: progress.done, total: progress.total })}`;
  return [
    divider(),
    ...sections(titled(title, lines.join('\n'))),
    buttonRow([
      {
        text: progress.ready.goal ? c.goalPlan.editButton : p.goalButton,
        actionId: ACTION_GOAL_OPEN,
        value: String(pairId),
        primary: !progress.ready.goal,
      },
      { text: p.inventoryButton, actionId: ACTION_INVENTORY_OPEN, value: String(pairId) },
    ]),
  ];
}

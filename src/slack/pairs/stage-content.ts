import type { Catalog } from '../../content/index.js';
import { NO_PREPARE_FACTS, prepareProgress, type PrepareProgress } from '../../domain/prepare/prep-checklist.js';
import type { OpenStage } from '../../domain/stages.js';
import { ACTION_AGREEMENT_EDIT } from '../ids.js';
import { bullets, button, checklist, context, header, type KnownBlock, sections, titled } from '../kit/blocks.js';
import { prepareChecklistBlocks } from '../prepare/prepare-checklist-blocks.js';
import { wrapUpControls } from '../evaluate/wrap-up-controls.js';

/** What each stage brings to the channel when a pair enters it. */
export function stageContentBlocks(c: Catalog, stage: OpenStage, pairId: number): KnownBlock[] {
  switch (stage) {
    case 'prepare':
      return prepareBlocks(c, pairId);
    case 'engage':
      return engageBlocks(c);
    case 'nurture':
      return nurtureBlocks(c);
    case 'evaluate':
      return evaluateBlocks(c, pairId);
  }
}

/** The prepare post; redrawn in place with the checklist's progress as the pair fills it in. */
export function prepareBlocks(c: Catalog, pairId: number, progress: PrepareProgress = prepareProgress(NO_PREPARE_FACTS)): KnownBlock[] {
  const p = c.prepare;
  const examples = p.examples.map((example) => `*${example.name}* — ${example.goal}\n${bullets(example.plan)}`);
  return [
    header(p.title),
    ...sections(p.intro),
    ...sections(titled(p.goalTitle, p.goalBody)),
    ...examples.flatMap((example) => sections(example)),
    ...sections(titled(p.inventoryTitle, bullets(p.inventory))),
    ...prepareChecklistBlocks(c, pairId, progress),
    context(p.nextHint),
  ];
}

/** The icebreakers and the two checklists follow in posts of their own (see engage-messages.ts). */
function engageBlocks(c: Catalog): KnownBlock[] {
  const e = c.engage;
  return [
    header(e.title),
    ...sections(e.intro),
    ...sections(titled(e.tipsTitle, bullets(e.tips))),
    context(e.nextHint),
    // The agreement form takes its channel from the click; the value is only a label for it.
    button(c.home.fillAgreementButton, ACTION_AGREEMENT_EDIT, 'engage', 'primary'),
  ];
}

function nurtureBlocks(c: Catalog): KnownBlock[] {
  const n = c.nurture;
  return [
    header(n.title),
    ...sections(n.intro),
    ...sections(titled(n.activitiesTitle, bullets(n.activities))),
    ...sections(titled(n.expectationsTitle, n.expectations)),
    ...sections(titled(c.tips.title, bullets(c.tips.items))),
    context(n.logHint),
  ];
}

function evaluateBlocks(c: Catalog, pairId: number): KnownBlock[] {
  const v = c.evaluate;
  return [
    header(v.title),
    ...sections(v.intro),
    ...sections(titled(v.checklistTitle, checklist(v.checklist))),
    ...sections(c.evaluateWrapUp.howItGoes),
    ...sections(v.confirmHint),
    ...wrapUpControls(c, pairId),
  ];
}

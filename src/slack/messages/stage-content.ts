import type { Catalog } from '../../content/index.js';
import type { OpenStage } from '../../domain/stages.js';
import { ACTION_WRAP_UP_CONFIRM } from '../ids.js';
import { bullets, button, checklist, context, divider, header, type KnownBlock, sections, titled } from './blocks.js';

export const ICEBREAKERS_PER_POST = 3;

/** What each stage brings to the channel when a pair enters it. */
export function stageContentBlocks(c: Catalog, stage: OpenStage, pairId: number): KnownBlock[] {
  switch (stage) {
    case 'prepare':
      return prepareBlocks(c);
    case 'engage':
      return engageBlocks(c, pairId);
    case 'nurture':
      return nurtureBlocks(c);
    case 'evaluate':
      return evaluateBlocks(c, pairId);
  }
}

function prepareBlocks(c: Catalog): KnownBlock[] {
  const p = c.prepare;
  const examples = p.examples.map((example) => `*${example.name}* — ${example.goal}\n${bullets(example.plan)}`);
  return [
    header(p.title),
    ...sections(p.intro),
    ...sections(titled(p.goalTitle, p.goalBody)),
    ...examples.flatMap((example) => sections(example)),
    ...sections(titled(p.inventoryTitle, bullets(p.inventory))),
    context(p.nextHint),
  ];
}

function engageBlocks(c: Catalog, pairId: number): KnownBlock[] {
  const e = c.engage;
  return [
    header(e.title),
    ...sections(e.intro),
    ...sections(titled(e.tipsTitle, bullets(e.tips))),
    ...sections(titled(e.icebreakersTitle, bullets(pickIcebreakers(e.icebreakers, pairId)))),
    divider(),
    ...sections(titled(e.agreementTitle, checklist(e.agreement))),
    ...sections(titled(e.topicsTitle, checklist(e.topics))),
    context(e.nextHint),
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
    ...sections(v.confirmHint),
    button(c.wrapUp.confirmButton, ACTION_WRAP_UP_CONFIRM, String(pairId), 'danger'),
  ];
}

/** A different trio for each pair, so neighbouring pairs do not all start with the same question. */
export function pickIcebreakers(all: readonly string[], pairId: number): string[] {
  const start = (pairId * ICEBREAKERS_PER_POST) % all.length;
  return Array.from({ length: Math.min(ICEBREAKERS_PER_POST, all.length) }, (_, i) => all[(start + i) % all.length] ?? '');
}

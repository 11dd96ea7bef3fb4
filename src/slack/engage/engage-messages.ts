import type { types } from '@slack/bolt';
import { type Catalog, fill, labelled } from '../../content/index.js';
import { CHECKLIST_SIZE, type ChecklistName, type ChecklistsState } from '../../domain/engage/checklists.js';
import { ACTION_CHECKLIST_TICK, ACTION_MORE_ICEBREAKERS, ACTION_SUGGEST_NURTURE } from '../ids.js';
import { bullets, button, context, type KnownBlock, sections, type SlackMessage, titled } from '../kit/blocks.js';
import { slackDate } from '../kit/dates.js';
import { checklistBlockId } from '../codecs.js';

/** Three icebreakers (by catalog index) and the button for three more, or a note that these were the last. */
export function icebreakersMessage(c: Catalog, pairId: number, questions: readonly number[], remaining: number): SlackMessage {
  const e = c.engage;
  const texts = questions.map((index) => e.icebreakers[index] ?? '').filter((question) => question !== '');
  if (texts.length === 0) {
    return { text: e.icebreakersTitle, blocks: sections(titled(e.icebreakersTitle, c.engageProgress.noMoreIcebreakers)) };
  }
  return {
    text: labelled(c, e.icebreakersTitle, texts.join(' · '), true),
    blocks: [
      ...sections(titled(e.icebreakersTitle, bullets(texts))),
      context(c.engageProgress.icebreakersHint),
      remaining > 0 ? button(c.engageProgress.moreButton, ACTION_MORE_ICEBREAKERS, String(pairId)) : context(c.engageProgress.lastIcebreakers),
    ],
  };
}


/** The working agreement and the discussion topics as checkboxes, ticked as stored, with their progress. */
export function checklistsMessage(c: Catalog, pairId: number, state: ChecklistsState): SlackMessage {
  const v = c.engageProgress;
  const progress = {
    agreement: fill(v.agreementProgress, { done: state.ticked.agreement.length, total: CHECKLIST_SIZE }),
    topics: fill(v.topicsProgress, { done: state.ticked.topics.length, total: CHECKLIST_SIZE }),
  };
  const list = (name: ChecklistName, title: string, items: readonly string[]): KnownBlock[] => [
    ...sections(`*${title}*`),
    checkboxes(checklistBlockId(name, pairId), items, state.ticked[name]),
    context(progress[name]),
  ];
  const blocks = [
    ...sections(v.checklistsIntro),
    ...list('agreement', c.engage.agreementTitle, c.engage.agreement),
    ...list('topics', c.engage.topicsTitle, c.engage.topics),
  ];
  if (state.last) blocks.push(context(fill(v.lastChange, { user: `<@${state.last.by}>`, date: slackDate(state.last.at, c.locale) })));
  return { text: `${labelled(c, c.engage.agreementTitle, progress.agreement, true)} · ${labelled(c, c.engage.topicsTitle, progress.topics, true)}`, blocks };
}

/** Posted once: everything is in place to move on to nurturing the relationship. */
export function suggestNurtureMessage(c: Catalog, pairId: number): SlackMessage {
  const text = fill(c.engageProgress.suggestNurture, { stage: c.stageNames.nurture });
  return {
    text,
    blocks: [...sections(text), button(c.engageProgress.suggestNurtureButton, ACTION_SUGGEST_NURTURE, String(pairId), 'primary')],
  };
}

function checkboxes(blockId: string, items: readonly string[], ticked: readonly number[]): KnownBlock {
  const options: types.PlainTextOption[] = items.map((item, index) => ({
    text: { type: 'plain_text', text: item, emoji: true },
    value: String(index),
  }));
  const initial = options.filter((_, index) => ticked.includes(index));
  return {
    type: 'actions',
    block_id: blockId,
    elements: [
      // Slack refuses an empty initial_options: leave it out when nothing is ticked.
      { type: 'checkboxes', action_id: ACTION_CHECKLIST_TICK, options, ...(initial.length > 0 ? { initial_options: initial } : {}) },
    ],
  };
}

import type { webApi } from '@slack/bolt';
import { type Catalog, fill } from '../../content/index.js';
import {
  ATTAINMENTS,
  MAX_HIGHLIGHT,
  MAX_LEARNED,
  MAX_REFLECTION_COMMENT,
  MAX_THANKS,
  NEXT_STEPS,
} from '../../domain/evaluate/reflection.js';
import type { ReflectionForm } from '../../services/evaluate/reflection.js';
import { INPUT_ACTION, REFLECTION_BLOCKS, VIEW_REFLECTION } from '../ids.js';
import { context, divider, type KnownBlock } from '../kit/blocks.js';

/** What the submission needs back: the channel (checked again) and the steps it showed, by id. */
export interface ReflectionMetadata {
  channelId: string;
  stepIds: number[];
}

const plain = (text: string) => ({ type: 'plain_text' as const, text });
/** Slack refuses a label over 2,000 characters; a goal is 300 at most, a step 200. */
const label = (text: string) => plain([...text].length > 2000 ? `${[...text].slice(0, 1999).join('')}…` : text);

/** The reflection form: prefilled with the member's own reflection when they edit it. */
export function reflectionModal(c: Catalog, form: ReflectionForm) {
  const m = c.evaluateWrapUp.modal;
  const current = form.current;
  const text = (blockId: string, text: string, max: number, optional: boolean, initial: string | null | undefined, placeholder?: string): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional,
    label: label(text),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: true,
      max_length: max,
      ...(placeholder ? { placeholder: plain(placeholder) } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  });
  const choice = (blockId: string, text: string, options: ReadonlyArray<{ value: string; text: string }>, initial: string | null | undefined): KnownBlock => {
    const all = options.map((o) => ({ text: plain(o.text), value: o.value }));
    const chosen = all.find((o) => o.value === initial);
    return {
      type: 'input',
      block_id: blockId,
      label: label(text),
      element: { type: 'radio_buttons', action_id: INPUT_ACTION, options: all, ...(chosen ? { initial_option: chosen } : {}) },
    };
  };
  const ratings = ATTAINMENTS.map((a) => ({ value: a, text: c.evaluateWrapUp.attainments[a] }));
  const blocks: KnownBlock[] = [text(REFLECTION_BLOCKS.learned, m.learnedLabel, MAX_LEARNED, false, current?.learned, m.learnedPlaceholder), divider()];
  if (form.goal === null) {
    blocks.push(context(m.noGoal));
  } else {
    blocks.push(
      choice(REFLECTION_BLOCKS.goal, fill(m.goalLabel, { goal: form.goal }), ratings, current?.goal),
      text(REFLECTION_BLOCKS.goalComment, m.commentLabel, MAX_REFLECTION_COMMENT, true, current?.goalComment),
    );
    for (const step of form.steps) {
      // A step edited since keeps its position but not its rating: only an unchanged text is prefilled.
      const before = current?.steps.find((s) => s.position === step.position && s.text === step.text);
      blocks.push(
        choice(`${REFLECTION_BLOCKS.step}${step.position}`, fill(m.stepLabel, { position: step.position, step: step.text }), ratings, before?.attainment),
        text(`${REFLECTION_BLOCKS.stepComment}${step.position}`, m.commentLabel, MAX_REFLECTION_COMMENT, true, before?.comment),
      );
    }
  }
  blocks.push(
    divider(),
    choice(REFLECTION_BLOCKS.expectations, m.expectationsLabel, ratings, current?.expectations),
    text(REFLECTION_BLOCKS.expectationsComment, m.commentLabel, MAX_REFLECTION_COMMENT, true, current?.expectationsComment),
    text(REFLECTION_BLOCKS.highlight, m.highlightLabel, MAX_HIGHLIGHT, false, current?.highlight, m.highlightPlaceholder),
    choice(REFLECTION_BLOCKS.next, m.nextLabel, NEXT_STEPS.map((n) => ({ value: n, text: c.evaluateWrapUp.nextSteps[n] })), current?.next),
    { ...text(REFLECTION_BLOCKS.thanks, m.thanksLabel, MAX_THANKS, true, current?.thanks), hint: plain(m.thanksHint) } as KnownBlock,
  );
  const metadata: ReflectionMetadata = { channelId: form.channelId, stepIds: form.steps.map((s) => s.id) };
  return {
    type: 'modal' as const,
    callback_id: VIEW_REFLECTION,
    private_metadata: JSON.stringify(metadata),
    title: plain(m.title),
    submit: plain(m.submit),
    close: plain(m.cancel),
    blocks,
  };
}

/** Opens the form; trigger_id lives three seconds, so the caller does nothing slow before this. */
export async function openReflectionModal(client: webApi.WebClient, c: Catalog, triggerId: string, form: ReflectionForm): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: reflectionModal(c, form) });
}

import type { Catalog } from '../../content/index.js';
import { CHECKIN_SCORES, COMMENT_MAX, FIT_ANSWERS } from '../../domain/pulse/answers.js';
import { CHECKIN_BLOCKS, FIT_BLOCKS, INPUT_ACTION, VIEW_CHECKIN, VIEW_FIT_CHECK } from '../ids.js';
import type { KnownBlock } from '../kit/blocks.js';
import { formModal, plain } from '../kit/modal.js';

function comment(blockId: string, label: string, hint: string): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    hint: plain(hint),
    element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: COMMENT_MAX },
  };
}

function choice(blockId: string, label: string, options: ReadonlyArray<{ value: string; text: string }>): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: { type: 'radio_buttons', action_id: INPUT_ACTION, options: options.map((one) => ({ value: one.value, text: plain(one.text) })) },
  };
}

/** "How is this pairing going?": four answers and a comment whose hint says who reads it. */
export function fitCheckModal(c: Catalog, pairId: number) {
  const f = c.pulse.fitCheck;
  return formModal({
    callbackId: VIEW_FIT_CHECK,
    about: { pairId },
    title: f.modalTitle,
    submit: f.submit,
    blocks: [
      choice(FIT_BLOCKS.answer, f.question, FIT_ANSWERS.map((answer) => ({ value: answer, text: f.answers[answer] }))),
      comment(FIT_BLOCKS.comment, f.commentLabel, f.commentHint),
    ],
  });
}

/** The midpoint check-in: progress and relationship, 1 to 5, and a private comment. */
export function checkinModal(c: Catalog, pairId: number) {
  const k = c.pulse.checkin;
  const scores = CHECKIN_SCORES.map((score) => ({ value: String(score), text: k.scores[score - 1] ?? String(score) }));
  return formModal({
    callbackId: VIEW_CHECKIN,
    about: { pairId },
    title: k.modalTitle,
    submit: k.submit,
    blocks: [
      choice(CHECKIN_BLOCKS.progress, k.progressLabel, scores),
      choice(CHECKIN_BLOCKS.relationship, k.relationshipLabel, scores),
      comment(CHECKIN_BLOCKS.comment, k.commentLabel, k.commentHint),
    ],
  });
}

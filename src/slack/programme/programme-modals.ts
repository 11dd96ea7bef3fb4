import { type Catalog, fill } from '../../content/index.js';
import { MAX_COHORT_NAME } from '../../domain/programme/cohort-name.js';
import { LIST_FILE_EXTENSIONS, MAX_LIST_FILE_KB } from '../../domain/programme/list-file.js';
import type { AdminPairStatus } from '../../services/programme/pair-admin.js';
import { MAX_CONTACT_TEXT } from '../../services/programme/pair-admin.js';
import { INPUT_ACTION } from '../ids.js';
import { sections } from '../kit/blocks.js';
import { formModal, plain } from '../kit/modal.js';
import { COHORT_BLOCK, CONTACT_BLOCK, PAIR_FILE_BLOCK, PAIR_MANY_BLOCK, VIEW_CONTACT_PAIR, VIEW_MOVE_COHORT, VIEW_PAIR_MANY, VIEW_PAIR_STATUS } from './programme-ids.js';
import { safeText } from '../kit/safe-text.js';

/** Slack's limit for a text input, and so for a pasted list (a CSV of more lines goes in several lists). */
export const PAIR_LIST_INPUT_MAX = 3000;

function textInput(blockId: string, label: string, maxLength: number, options: { multiline?: boolean; hint?: string; optional?: boolean } = {}) {
  return {
    type: 'input' as const,
    block_id: blockId,
    label: plain(label),
    ...(options.optional === true ? { optional: true } : {}),
    ...(options.hint === undefined ? {} : { hint: plain(options.hint) }),
    element: { type: 'plain_text_input' as const, action_id: INPUT_ACTION, multiline: options.multiline ?? false, max_length: maxLength },
  };
}

/**
 * "Pair many": one pair a line or a CSV pasted, or a CSV uploaded (a list longer than the text
 * input's 3,000 characters). Both inputs are optional for Slack; the submission asks for exactly one.
 */
export function pairManyModal(c: Catalog) {
  const p = c.programme.pairMany;
  return {
    type: 'modal' as const,
    callback_id: VIEW_PAIR_MANY,
    title: plain(p.modalTitle),
    submit: plain(p.submit),
    blocks: [
      textInput(PAIR_MANY_BLOCK, p.listLabel, PAIR_LIST_INPUT_MAX, { multiline: true, hint: p.listHint, optional: true }),
      {
        type: 'input' as const,
        block_id: PAIR_FILE_BLOCK,
        optional: true,
        label: plain(p.fileLabel),
        hint: plain(fill(p.fileHint, { max: MAX_LIST_FILE_KB })),
        element: { type: 'file_input' as const, action_id: INPUT_ACTION, filetypes: [...LIST_FILE_EXTENSIONS], max_files: 1 },
      },
    ],
  };
}

/** "Message the pair": the admin's note, sent to each member privately. */
export function contactModal(c: Catalog, target: { pairId: number; mentorId: string; menteeId: string }) {
  const t = c.programme.contact;
  return formModal({
    callbackId: VIEW_CONTACT_PAIR,
    about: { pairId: target.pairId },
    title: t.title,
    submit: t.submit,
    blocks: [
      ...sections(fill(t.intro, { mentor: `<@${target.mentorId}>`, mentee: `<@${target.menteeId}>` })),
      textInput(CONTACT_BLOCK, t.label, MAX_CONTACT_TEXT, { multiline: true }),
    ],
  });
}

/** "Move to cohort": the cohort's name (a new name makes a new cohort). */
export function moveCohortModal(c: Catalog, pairId: number) {
  const t = c.programme.cohort;
  return formModal({ callbackId: VIEW_MOVE_COHORT, about: { pairId }, title: t.moveTitle, submit: t.moveSubmit, blocks: [textInput(COHORT_BLOCK, t.moveLabel, MAX_COHORT_NAME)] });
}

/** "Status": one pair's counts and dates. */
export function statusModal(c: Catalog, status: AdminPairStatus) {
  const s = c.programme.status;
  const r = c.programme.report;
  const text = fill(s.body, {
    number: status.pairId,
    channel: `<#${status.channelId}>`,
    mentor: `<@${status.mentorId}>`,
    mentee: `<@${status.menteeId}>`,
    stage: c.stageNames[status.stage],
    days: status.daysInStage,
    cohort: status.cohort === null ? s.none : safeText(status.cohort),
    meetings: status.meetingsLogged,
    lastMeeting: status.lastMeetingOn ?? s.none,
    agreement: status.agreement ? r.yes : r.no,
    preparation: `${status.preparation.done}/${status.preparation.total}`,
  });
  return { type: 'modal' as const, callback_id: VIEW_PAIR_STATUS, title: plain(s.title), close: plain(s.close), blocks: sections(text) };
}

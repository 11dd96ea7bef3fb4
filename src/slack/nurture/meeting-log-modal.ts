import type { Catalog } from '../../content/index.js';
import { itemLine } from '../../domain/nurture/log-edit.js';
import { MAX_LOG_LENGTH } from '../../domain/nurture/meeting-log.js';
import type { LogEditor } from '../../services/nurture/edit-log.js';
import { INPUT_ACTION, LOG_BLOCKS, VIEW_MEETING_LOG } from '../ids.js';
import type { KnownBlock } from '../kit/blocks.js';

export interface LogModalMetadata {
  channelId: string;
  /** Set when the form edits a posted log rather than adding one. */
  logId?: number;
}

/**
 * The `/mentor-log` form, empty or holding a posted log to edit. The channel (and the log) travel
 * in private_metadata and are checked again on submit.
 */
export function meetingLogModal(c: Catalog, metadata: LogModalMetadata, options: { today?: string; editor?: LogEditor } = {}) {
  const m = c.log.modal;
  const editor = options.editor;
  const initial = (value: string | null | undefined) => (value ? { initial_value: value } : {});
  const nextSteps = editor?.openItems.map((item) => itemLine(item, m.ownerPrefixes)).join('\n');
  const text = (blockId: string, label: string, placeholder: string | undefined, optional: boolean, value?: string | null): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: true,
      max_length: MAX_LOG_LENGTH,
      ...initial(value),
      ...(placeholder ? { placeholder: { type: 'plain_text', text: placeholder } } : {}),
    },
  });
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: LOG_BLOCKS.metOn,
      optional: true,
      label: { type: 'plain_text', text: m.metOnLabel },
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...dateOf(editor ? editor.metOn : options.today) },
    },
    text(LOG_BLOCKS.summary, m.summaryLabel, m.summaryPlaceholder, false, editor?.summary),
    text(LOG_BLOCKS.achievements, m.achievementsLabel, m.achievementsPlaceholder, true, editor?.achievements),
    {
      ...text(LOG_BLOCKS.nextSteps, m.nextStepsLabel, undefined, true, nextSteps),
      hint: { type: 'plain_text', text: editor ? m.editNextStepsHint : m.nextStepsHint },
    } as KnownBlock,
    {
      type: 'input',
      block_id: LOG_BLOCKS.nextMeetingOn,
      optional: true,
      label: { type: 'plain_text', text: m.nextMeetingLabel },
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...dateOf(editor?.nextMeetingOn) },
    },
    {
      type: 'input',
      block_id: LOG_BLOCKS.nextMeetingTime,
      optional: true,
      label: { type: 'plain_text', text: m.nextMeetingTimeLabel },
      hint: { type: 'plain_text', text: m.nextMeetingTimeHint },
      element: {
        type: 'timepicker',
        action_id: INPUT_ACTION,
        ...(editor?.nextMeetingTime ? { initial_time: editor.nextMeetingTime } : {}),
      },
    },
    { ...text(LOG_BLOCKS.privateNote, m.privateNoteLabel, undefined, true, editor?.privateNote), hint: { type: 'plain_text', text: m.privateNoteHint } } as KnownBlock,
  ];
  return {
    type: 'modal' as const,
    callback_id: VIEW_MEETING_LOG,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text' as const, text: editor ? m.editTitle : m.title },
    submit: { type: 'plain_text' as const, text: m.submit },
    close: { type: 'plain_text' as const, text: m.cancel },
    blocks,
  };
}

function dateOf(day: string | null | undefined) {
  return day ? { initial_date: day } : {};
}

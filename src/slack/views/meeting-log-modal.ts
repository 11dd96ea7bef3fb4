import type { Catalog } from '../../content/index.js';
import { MAX_LOG_LENGTH } from '../../domain/meeting-log.js';
import { INPUT_ACTION, LOG_BLOCKS, VIEW_MEETING_LOG } from '../ids.js';
import type { KnownBlock } from '../messages/blocks.js';

export interface LogModalMetadata {
  channelId: string;
}

/** The `/mentor-log` form. The channel travels in private_metadata and is checked again on submit. */
export function meetingLogModal(c: Catalog, metadata: LogModalMetadata, options: { today?: string } = {}) {
  const m = c.log.modal;
  const text = (blockId: string, label: string, placeholder: string | undefined, optional: boolean): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: true,
      max_length: MAX_LOG_LENGTH,
      ...(placeholder ? { placeholder: { type: 'plain_text', text: placeholder } } : {}),
    },
  });
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: LOG_BLOCKS.metOn,
      optional: true,
      label: { type: 'plain_text', text: m.metOnLabel },
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...(options.today ? { initial_date: options.today } : {}) },
    },
    text(LOG_BLOCKS.summary, m.summaryLabel, m.summaryPlaceholder, false),
    text(LOG_BLOCKS.achievements, m.achievementsLabel, m.achievementsPlaceholder, true),
    { ...text(LOG_BLOCKS.nextSteps, m.nextStepsLabel, undefined, true), hint: { type: 'plain_text', text: m.nextStepsHint } } as KnownBlock,
    {
      type: 'input',
      block_id: LOG_BLOCKS.nextMeetingOn,
      optional: true,
      label: { type: 'plain_text', text: m.nextMeetingLabel },
      element: { type: 'datepicker', action_id: INPUT_ACTION },
    },
    {
      type: 'input',
      block_id: LOG_BLOCKS.nextMeetingTime,
      optional: true,
      label: { type: 'plain_text', text: m.nextMeetingTimeLabel },
      hint: { type: 'plain_text', text: m.nextMeetingTimeHint },
      element: { type: 'timepicker', action_id: INPUT_ACTION },
    },
    { ...text(LOG_BLOCKS.privateNote, m.privateNoteLabel, undefined, true), hint: { type: 'plain_text', text: m.privateNoteHint } } as KnownBlock,
  ];
  return {
    type: 'modal' as const,
    callback_id: VIEW_MEETING_LOG,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text' as const, text: m.title },
    submit: { type: 'plain_text' as const, text: m.submit },
    close: { type: 'plain_text' as const, text: m.cancel },
    blocks,
  };
}

import type { Catalog } from '../../content/index.js';
import {
  ACTION_LAST_MEETING_PICK,
  ACTION_REFLECTION_OPEN,
  ACTION_WRAP_UP_CONFIRM,
  LAST_MEETING_BLOCK_PREFIX,
} from '../ids.js';
import { type KnownBlock, sections } from '../kit/blocks.js';

/**
 * The wrap-up's controls: the last meeting's date picker (its block names the pair, as a date picker
 * has no value), the reflection form and the step to the celebration summary. Shown on the evaluate
 * post and in the answer to `/wrap-up`, where the picker starts on the next planned meeting.
 */
export function wrapUpControls(c: Catalog, pairId: number, lastMeetingDefault?: string): KnownBlock[] {
  const k = c.evaluateWrapUp;
  return [
    ...sections(k.lastMeetingLabel),
    {
      type: 'actions',
      block_id: `${LAST_MEETING_BLOCK_PREFIX}${pairId}`,
      elements: [
        {
          type: 'datepicker',
          action_id: ACTION_LAST_MEETING_PICK,
          placeholder: { type: 'plain_text', text: k.lastMeetingPlaceholder },
          ...(lastMeetingDefault ? { initial_date: lastMeetingDefault } : {}),
        },
      ],
    },
    {
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: k.reflectButton, emoji: true }, action_id: ACTION_REFLECTION_OPEN, value: String(pairId), style: 'primary' },
        { type: 'button', text: { type: 'plain_text', text: c.wrapUp.confirmButton, emoji: true }, action_id: ACTION_WRAP_UP_CONFIRM, value: String(pairId) },
      ],
    },
  ];
}

import type { Catalog } from '../../content/index.js';
import {
  ACTION_LAST_MEETING_PICK,
  ACTION_REFLECTION_OPEN,
  ACTION_WRAP_UP_CONFIRM,
} from '../ids.js';
import { buttonElement, type KnownBlock, sections } from '../kit/blocks.js';
import { buttonValueOf, lastMeetingBlockId } from '../codecs.js';

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
      block_id: lastMeetingBlockId(pairId),
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
        buttonElement(k.reflectButton, ACTION_REFLECTION_OPEN, buttonValueOf(pairId), { style: 'primary' }),
        buttonElement(c.wrapUp.confirmButton, ACTION_WRAP_UP_CONFIRM, buttonValueOf(pairId)),
      ],
    },
  ];
}

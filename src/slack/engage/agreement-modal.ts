import type { Catalog } from '../../content/index.js';
import {
  type Agreement,
  DEFAULT_FREQUENCY,
  DEFAULT_MINUTES,
  defaultDates,
  FREQUENCIES,
  MAX_AGREEMENT_TEXT,
  MEETING_MINUTES,
  WEEKDAYS,
} from '../../domain/engage/agreement.js';
import { fill } from '../../content/index.js';
import { AGREEMENT_BLOCKS, INPUT_ACTION, VIEW_AGREEMENT } from '../ids.js';
import type { KnownBlock } from '../kit/blocks.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (text: string, value: string) => ({ text: plain(text), value });

/** The mentoring agreement form, prefilled with the pair's agreement or with sensible defaults. */
export function agreementModal(c: Catalog, channelId: string, current: Agreement | null, today: string) {
  const a = c.agreement;
  const dates = current ?? defaultDates(today);
  const text = (blockId: string, label: string, placeholder: string, value: string | undefined): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: true,
      max_length: MAX_AGREEMENT_TEXT,
      placeholder: plain(placeholder),
      ...(value ? { initial_value: value } : {}),
    },
  });
  const select = (blockId: string, label: string, options: Array<{ text: ReturnType<typeof plain>; value: string }>, initial: string | null, optional = false): KnownBlock => {
    const chosen = options.find((o) => o.value === initial);
    return {
      type: 'input',
      block_id: blockId,
      optional,
      label: plain(label),
      element: { type: 'static_select', action_id: INPUT_ACTION, options, ...(chosen ? { initial_option: chosen } : {}) },
    };
  };
  const date = (blockId: string, label: string, initial: string, hint?: string): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: { type: 'datepicker', action_id: INPUT_ACTION, initial_date: initial },
  });
  return {
    type: 'modal' as const,
    callback_id: VIEW_AGREEMENT,
    private_metadata: JSON.stringify({ channelId }),
    title: plain(a.title),
    submit: plain(a.submit),
    close: plain(a.cancel),
    blocks: [
      text(AGREEMENT_BLOCKS.priorities, a.prioritiesLabel, a.prioritiesPlaceholder, current?.priorities),
      text(AGREEMENT_BLOCKS.focusAreas, a.focusAreasLabel, a.focusAreasPlaceholder, current?.focusAreas),
      text(AGREEMENT_BLOCKS.successMeasures, a.successMeasuresLabel, a.successMeasuresPlaceholder, current?.successMeasures),
      select(
        AGREEMENT_BLOCKS.frequency,
        a.frequencyLabel,
        FREQUENCIES.map((f) => option(a.frequencies[f], f)),
        current?.frequency ?? DEFAULT_FREQUENCY,
      ),
      select(
        AGREEMENT_BLOCKS.meetingMinutes,
        a.minutesLabel,
        MEETING_MINUTES.map((m) => option(fill(a.minutes, { minutes: m }), String(m))),
        String(current?.meetingMinutes ?? DEFAULT_MINUTES),
      ),
      date(AGREEMENT_BLOCKS.startsOn, a.startLabel, dates.startsOn),
      date(AGREEMENT_BLOCKS.endsOn, a.endLabel, dates.endsOn, a.endHint),
      select(AGREEMENT_BLOCKS.preferredDay, a.preferredDayLabel, WEEKDAYS.map((d) => option(a.weekdays[d], d)), current?.preferredDay ?? null, true),
      {
        type: 'input',
        block_id: AGREEMENT_BLOCKS.preferredTime,
        optional: true,
        label: plain(a.preferredTimeLabel),
        element: { type: 'timepicker', action_id: INPUT_ACTION, ...(current?.preferredTime ? { initial_time: current.preferredTime } : {}) },
      },
    ],
  };
}

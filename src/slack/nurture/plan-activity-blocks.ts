import type { Catalog } from '../../content/index.js';
import { ACTION_ADD_TO_PLAN } from '../ids.js';
import { type KnownBlock, sections } from '../kit/blocks.js';

/** The nurture activities, each with "Add to our plan" (value: `<pair id>:<activity index>`). */
export function activityButtons(c: Catalog, pairId: number): KnownBlock[] {
  return [
    ...sections(`*${c.nurture.activitiesTitle}*`),
    ...c.nurture.activities.map(
      (activity, index): KnownBlock => ({
        type: 'section',
        text: { type: 'mrkdwn', text: `•  ${activity}` },
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: c.firstWeeks.addToPlanButton, emoji: true },
          action_id: ACTION_ADD_TO_PLAN,
          value: `${pairId}:${index}`,
        },
      }),
    ),
  ];
}

/** The value of an "Add to our plan" button, or undefined when it is not one. */
export function readActivityValue(value: string | undefined): { pairId: number; index: number } | undefined {
  const match = /^(\d{1,9}):(\d{1,2})$/.exec(value ?? '');
  return match ? { pairId: Number(match[1]), index: Number(match[2]) } : undefined;
}

import type { Catalog } from '../../content/index.js';
import { ACTION_ADD_TO_PLAN } from '../ids.js';
import { buttonElement, type KnownBlock, sections } from '../kit/blocks.js';
import { activityValue } from '../codecs.js';

/** The nurture activities, each with "Add to our plan" (value: `<pair id>:<activity index>`). */
export function activityButtons(c: Catalog, pairId: number): KnownBlock[] {
  return [
    ...sections(`*${c.nurture.activitiesTitle}*`),
    ...c.nurture.activities.map(
      (activity, index): KnownBlock => ({
        type: 'section',
        text: { type: 'mrkdwn', text: `•  ${activity}` },
        accessory: buttonElement(c.firstWeeks.addToPlanButton, ACTION_ADD_TO_PLAN, activityValue(pairId, index)),
      }),
    ),
  ];
}

import { type Catalog, fill } from '../../content/index.js';
import type { Agreement } from '../../domain/engage/agreement.js';
import { ACTION_AGREEMENT_EDIT } from '../ids.js';
import { button, context, header, sections, type SlackMessage, titled } from '../kit/blocks.js';
import { calendarDay } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

/** The pinned mentoring agreement: what the pair agreed, in their words, and a button to change it. */
export function agreementMessage(c: Catalog, agreement: Agreement, updatedBy: string): SlackMessage {
  const a = c.agreement;
  const when = [
    a.frequencies[agreement.frequency],
    fill(a.minutes, { minutes: agreement.meetingMinutes }),
    ...(agreement.preferredDay ? [a.weekdays[agreement.preferredDay]] : []),
    ...(agreement.preferredTime ? [agreement.preferredTime] : []),
  ].join(' · ');
  const period = fill(a.period, {
    start: calendarDay(agreement.startsOn, c.locale),
    end: calendarDay(agreement.endsOn, c.locale),
  });
  return {
    text: a.title,
    blocks: [
      header(a.title),
      ...sections(titled(a.prioritiesLabel, safeText(agreement.priorities))),
      ...sections(titled(a.focusAreasLabel, safeText(agreement.focusAreas))),
      ...sections(titled(a.successMeasuresLabel, safeText(agreement.successMeasures))),
      ...sections(titled(a.meetingsLabel, `${when}\n${period}`)),
      context(fill(a.updatedBy, { user: `<@${updatedBy}>` })),
      button(a.editButton, ACTION_AGREEMENT_EDIT, 'edit'),
    ],
  };
}

import type { WrapUpTexts } from '../../sections/wrap-up.js';

export const wrapUpEn: WrapUpTexts = {
  confirmPrompt:
    'Ready to wrap up? Go through the checklist together first. Once you confirm, the relationship is closed and this channel is archived.',
  confirmButton: 'Celebrate and decide',
  alreadyEvaluating:
    'You’re already wrapping up. Pick the day of your last meeting below, write your reflection with `/wrap-up reflect`, then run `/wrap-up confirm`.',
  closedBy: '{user} closed this mentoring relationship.',
  summaryTitle: 'Your mentoring journey',
  summaryBody: 'Days together: *{days}* · Meetings: *{meetings}* · Action items done: *{done}* of *{total}*',
  farewell:
    'Congratulations to you both, and thank you for the time and care you put into this. Stay in touch, and keep growing!',
  closed: 'The relationship is closed and the channel is being archived. Thank you!',
};

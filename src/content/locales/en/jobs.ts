import type { JobsTexts } from '../../sections/jobs.js';

export const jobsEn: JobsTexts = {
  title: 'Scheduled reminders',
  counts: 'Waiting: *{pending}* · Failed: *{failed}*',
  none: 'No reminder has failed.',
};

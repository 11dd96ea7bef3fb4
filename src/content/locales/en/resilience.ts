import type { ResilienceTexts } from '../../sections/resilience.js';

export const resilienceEn: ResilienceTexts = {
  slackBusy: 'Slack asked us to slow down, so this did not go through. Please try again in {seconds} seconds.',
  formLate: 'Your form was not saved: {reason}',
  formKeptFirst: 'We saved the version you sent first after all (the database was slow a moment ago). To change it, close this form and edit what we posted.',
};

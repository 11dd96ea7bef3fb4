import type { JobsTexts } from '../../sections/jobs.js';

export const jobsFr: JobsTexts = {
  title: 'Rappels planifiés',
  counts: 'En attente : *{pending}* · En échec : *{failed}*',
  none: 'Aucun rappel n’a échoué.',
};

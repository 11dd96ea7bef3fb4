import type { ResilienceTexts } from '../../sections/resilience.js';

export const resilienceFr: ResilienceTexts = {
  slackBusy: 'Slack nous a demandé de ralentir, cela n’a donc pas abouti. Réessayez dans {seconds} secondes.',
  formLate: 'Votre formulaire n’a pas été enregistré : {reason}',
};

import type { ResilienceTexts } from '../../sections/resilience.js';

export const resilienceFr: ResilienceTexts = {
  slackBusy: 'Slack nous a demandé de ralentir, cela n’a donc pas abouti. Réessayez dans {seconds} secondes.',
  formLate: 'Votre formulaire n’a pas été enregistré : {reason}',
  formKeptFirst: 'Nous avons finalement enregistré la première version envoyée (la base de données était lente à l’instant). Pour la modifier, fermez ce formulaire et modifiez ce que nous avons publié.',
};

import type { EngageProgressTexts } from '../../sections/engage-progress.js';

export const engageProgressFr: EngageProgressTexts = {
  icebreakersHint: 'Choisissez-en une et répondez chacun à votre tour. Il n’y a pas de mauvaise réponse.',
  moreButton: 'Trois autres questions',
  lastIcebreakers: 'Ce sont nos derniers brise-glace. Désormais, vos propres questions prendront le relais.',
  noMoreIcebreakers:
    'Vous avez vu tous nos brise-glace, et nous n’en répéterons aucun. Vos propres questions sont souvent les meilleures !',
  checklistsIntro:
    'Cochez un point une fois que vous en avez parlé et que vous êtes d’accord. Vous voyez tous les deux les mêmes listes, et nous les gardons en mémoire.',
  agreementProgress: '{done}/{total} convenus',
  topicsProgress: '{done}/{total} abordés',
  lastChange: 'Dernière modification : {user}, {date}',
  suggestNurture:
    'Votre accord de travail est complet et votre première rencontre est consignée : bravo ! Dès que vous êtes prêts tous les deux, passez à l’étape *{stage}*.',
  suggestNurtureButton: 'Passer à l’étape suivante',
};

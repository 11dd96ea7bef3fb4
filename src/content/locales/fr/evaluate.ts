import type { EvaluateTexts } from '../../sections/evaluate.js';

export const evaluateFr: EvaluateTexts = {
  title: 'Étape 4 · Évaluer et conclure',
  intro:
    'Votre mentorat arrive à son terme : prenez le temps, ensemble, de regarder en arrière, de mesurer le chemin parcouru et de décider de la suite.',
  checklistTitle: 'Avant de clôturer',
  checklist: [
    'Prendre du recul sur la relation et sur ce que chacun de vous en retire.',
    'Reprendre vos attentes et vos objectifs : lesquels ont été atteints, et jusqu’où ?',
    'Décider ensemble de poursuivre ou non la relation.',
    'Fixer la date de votre dernière rencontre, et vous la rappeler à l’avance pour bien la préparer.',
    'Célébrer vos réussites et repérer ce que vous êtes désormais en mesure de transmettre à d’autres.',
    'Terminer en beauté : ce que vous avez préféré, ce qui vous restera, les leçons qui ont compté.',
    'Pour le mentoré : remercier son mentor, lui dire combien ses conseils ont compté, et lui demander s’il accepte d’avoir des nouvelles de ses progrès.',
  ],
  confirmHint:
    'Une fois vos deux bilans écrits, lancez `/wrap-up confirm` ou cliquez sur *Célébrer et décider* : nous publions votre bilan de parcours et vous choisissez la suite.',
};

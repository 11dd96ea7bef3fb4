import type { SelfInventoryTexts } from '../../sections/self-inventory.js';

export const selfInventoryFr: SelfInventoryTexts = {
  fields: {
    strengths: 'Mes points forts',
    developmentAreas: 'Ce que je veux développer',
    shortTermGoals: 'Mes objectifs pour les prochains mois',
    longTermGoals: 'Mes objectifs pour les prochaines années',
    expectations: 'Ce que j’attends de cette relation',
    contribution: 'Ce que j’apporte : idées, connaissances, compétences',
    rapport: 'Comment j’aime créer un lien',
  },
  placeholders: {
    strengths: 'Ce que vous faites bien, et votre façon de travailler',
    developmentAreas: 'En toute franchise : c’est là-dessus que porteront vos rencontres',
    shortTermGoals: 'Où vous voulez en être dans quelques mois',
    longTermGoals: 'Où vous voulez en être dans quelques années',
    expectations: 'À quoi ressemblerait, pour vous, un mentorat réussi',
    contribution: 'Expérience, contacts et compétences que vous pouvez partager',
    rapport: 'Un café, des anecdotes, entrer tout de suite dans le vif du sujet…',
  },
  modal: {
    title: 'Mon bilan personnel',
    submit: 'Enregistrer',
    cancel: 'Annuler',
    intro:
      'Faites le point avant de vous rencontrer. Vos réponses sont conservées pour votre binôme, un court résumé est publié dans votre canal, et vous pouvez les modifier à tout moment.',
  },
  shared: '{user} a partagé son bilan personnel.',
  updated: '{user} a mis à jour son bilan personnel.',
  hint: 'Chacun remplit le sien, avec `/mentor inventory` ou le bouton du message de préparation.',
  fieldErrors: {
    required: 'Répondez à cette question : elle oriente votre première rencontre.',
    tooLong: 'Texte trop long : {max} caractères au maximum.',
  },
};

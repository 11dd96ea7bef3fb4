import type { GoalPlanTexts } from '../../sections/goal-plan.js';

export const goalPlanFr: GoalPlanTexts = {
  title: 'Objectif et plan',
  goal: 'Objectif',
  plan: 'Plan',
  stepsDone: 'Étapes terminées : {done} sur {total}',
  byline: 'Dernière modification par {user} le {date}',
  doneBy: 'terminée par {user}',
  doneButton: 'Marquer comme faite',
  undoButton: 'Rouvrir',
  editButton: 'Modifier l’objectif et le plan',
  modal: {
    title: 'Objectif et plan',
    submit: 'Enregistrer',
    cancel: 'Annuler',
    intro:
      'Cet objectif est celui du mentoré, formulé avec ses propres mots. Le mentor peut l’aider à le mettre par écrit, et chacun de vous peut y revenir pour le modifier.',
    goalLabel: 'Quel est votre objectif ?',
    goalPlaceholder: 'Un seul objectif, aussi précis que possible',
    planLabel: 'Votre plan, étape par étape',
    planPlaceholder: 'Une étape concrète par ligne',
    planHint:
      'Notez de {min} à {max} étapes, une par ligne, dans l’ordre où vous les aborderez. Vous pourrez cocher chacune d’elles dans le canal une fois terminée.',
    examplesTitle: 'Besoin d’inspiration ? Deux objectifs et leurs plans',
  },
  fieldErrors: {
    goalRequired: 'Notez votre objectif.',
    goalTooLong: 'Gardez un objectif court : {max} caractères au maximum.',
    tooFewSteps: 'Un plan compte au moins {min} étapes, une par ligne.',
    tooManySteps: 'Limitez le plan à {max} étapes : regroupez-en ou retirez-en quelques-unes.',
    stepTooLong: 'L’étape {number} est trop longue : {max} caractères au maximum par étape.',
    planTooLong: 'Le plan est trop long : {max} caractères au maximum en tout.',
  },
};

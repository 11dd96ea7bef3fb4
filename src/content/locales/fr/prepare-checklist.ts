import type { PrepareChecklistTexts } from '../../sections/prepare-checklist.js';

export const prepareChecklistFr: PrepareChecklistTexts = {
  title: 'Liste de préparation',
  progress: 'Avancement : {done}/{total}',
  items: {
    goal: 'L’objectif du mentoré',
    plan: 'Un plan en étapes concrètes',
    mentorInventory: 'Le bilan personnel du mentor',
    menteeInventory: 'Le bilan personnel du mentoré',
  },
  goalButton: 'Rédiger l’objectif et le plan',
  inventoryButton: 'Remplir mon bilan personnel',
  suggestion:
    'Bravo {mentor} et {mentee} : l’objectif, le plan et vos deux bilans personnels sont prêts. Vous voilà parés pour une première rencontre : fixez une date et passez à l’étape suivante.',
  suggestionButton: 'Lancer la conversation',
  statusLabel: 'Préparation',
};

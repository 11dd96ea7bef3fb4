import type { StageNamesTexts } from '../../sections/stage-names.js';

export const stageNamesFr: StageNamesTexts = {
  prepare: 'Se préparer',
  engage: 'Lancer la conversation',
  nurture: 'Faire vivre la relation',
  evaluate: 'Évaluer et conclure',
  closed: 'Clôturée',
};

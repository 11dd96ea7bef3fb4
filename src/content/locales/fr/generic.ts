import type { GenericTexts } from '../../sections/generic.js';

export const genericFr: GenericTexts = {
  failed: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  field: '*{label} :* {value}',
  plainField: '{label} : {value}',
  working: 'Création du canal de mentorat en cours…',
};

import type { GenericTexts } from '../../sections/generic.js';

export const genericFr: GenericTexts = {
  failed: 'Un problème est survenu de mon côté. Réessayez dans un instant.',
  working: 'Création du canal de mentorat en cours…',
};

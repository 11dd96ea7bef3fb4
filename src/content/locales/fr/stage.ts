import type { StageTexts } from '../../sections/stage.js';

export const stageFr: StageTexts = {
  changed: '{user} a fait passer le binôme de *{from}* à *{to}*.',
  done: 'C’est fait : vous êtes maintenant à l’étape *{stage}*.',
};

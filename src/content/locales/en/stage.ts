import type { StageTexts } from '../../sections/stage.js';

export const stageEn: StageTexts = {
  changed: '{user} moved this pair from *{from}* to *{to}*.',
  done: 'Done: you’re now at the *{stage}* stage.',
};

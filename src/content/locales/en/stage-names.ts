import type { StageNamesTexts } from '../../sections/stage-names.js';

export const stageNamesEn: StageNamesTexts = {
  prepare: 'Prepare',
  engage: 'Start the conversation',
  nurture: 'Nurture the relationship',
  evaluate: 'Evaluate and wrap up',
  closed: 'Closed',
};

import type { Catalog } from './catalog.js';
import { stageNamesEn } from './locales/en/stage-names.js';
import { helpEn } from './locales/en/help.js';
import { errorsEn } from './locales/en/errors.js';
import { deliveryEn } from './locales/en/delivery.js';
import { eraseEn } from './locales/en/erase.js';
import { logLimitsEn } from './locales/en/log-limits.js';
import { pulseEn } from './locales/en/pulse.js';
import { firstWeeksEn } from './locales/en/first-weeks.js';
import { resilienceEn } from './locales/en/resilience.js';
import { programmeEn } from './locales/en/programme.js';
import { genericEn } from './locales/en/generic.js';
import { pairEn } from './locales/en/pair.js';
import { welcomeEn } from './locales/en/welcome.js';
import { prepareEn } from './locales/en/prepare.js';
import { engageEn } from './locales/en/engage.js';
import { nurtureEn } from './locales/en/nurture.js';
import { evaluateEn } from './locales/en/evaluate.js';
import { tipsEn } from './locales/en/tips.js';
import { stageEn } from './locales/en/stage.js';
import { logEn } from './locales/en/log.js';
import { statusEn } from './locales/en/status.js';
import { historyEn } from './locales/en/history.js';
import { exportEn } from './locales/en/export.js';
import { engageProgressEn } from './locales/en/engage-progress.js';
import { nudgesEn } from './locales/en/nudges.js';
import { goalPlanEn } from './locales/en/goal-plan.js';
import { selfInventoryEn } from './locales/en/self-inventory.js';
import { prepareChecklistEn } from './locales/en/prepare-checklist.js';
import { agendaEn } from './locales/en/agenda.js';
import { jobsEn } from './locales/en/jobs.js';
import { homeEn } from './locales/en/home.js';
import { agreementEn } from './locales/en/agreement.js';
import { wrapUpEn } from './locales/en/wrap-up.js';
import { evaluateWrapUpEn } from './locales/en/evaluate-wrap-up.js';

/** English texts. Every sentence is our own; the facts come from the mentoring lifecycle reference. */
export const en: Catalog = {
  locale: 'en',
  stageNames: stageNamesEn,
  help: helpEn,
  errors: errorsEn,
  delivery: deliveryEn,
  erase: eraseEn,
  logLimits: logLimitsEn,
  firstWeeks: firstWeeksEn,
  resilience: resilienceEn,
  programme: programmeEn,
  generic: genericEn,
  pair: pairEn,
  welcome: welcomeEn,
  prepare: prepareEn,
  engage: engageEn,
  nurture: nurtureEn,
  evaluate: evaluateEn,
  tips: tipsEn,
  stage: stageEn,
  log: logEn,
  status: statusEn,
  history: historyEn,
  export: exportEn,
  engageProgress: engageProgressEn,
  nudges: nudgesEn,
  goalPlan: goalPlanEn,
  selfInventory: selfInventoryEn,
  prepareChecklist: prepareChecklistEn,
  agenda: agendaEn,
  jobs: jobsEn,
  home: homeEn,
  agreement: agreementEn,
  wrapUp: wrapUpEn,
  evaluateWrapUp: evaluateWrapUpEn,
  pulse: pulseEn,
};

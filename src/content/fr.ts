import type { Catalog } from './catalog.js';
import { stageNamesFr } from './locales/fr/stage-names.js';
import { helpFr } from './locales/fr/help.js';
import { errorsFr } from './locales/fr/errors.js';
import { deliveryFr } from './locales/fr/delivery.js';
import { eraseFr } from './locales/fr/erase.js';
import { logLimitsFr } from './locales/fr/log-limits.js';
import { pulseFr } from './locales/fr/pulse.js';
import { firstWeeksFr } from './locales/fr/first-weeks.js';
import { resilienceFr } from './locales/fr/resilience.js';
import { programmeFr } from './locales/fr/programme.js';
import { genericFr } from './locales/fr/generic.js';
import { pairFr } from './locales/fr/pair.js';
import { welcomeFr } from './locales/fr/welcome.js';
import { prepareFr } from './locales/fr/prepare.js';
import { engageFr } from './locales/fr/engage.js';
import { nurtureFr } from './locales/fr/nurture.js';
import { evaluateFr } from './locales/fr/evaluate.js';
import { tipsFr } from './locales/fr/tips.js';
import { stageFr } from './locales/fr/stage.js';
import { logFr } from './locales/fr/log.js';
import { statusFr } from './locales/fr/status.js';
import { historyFr } from './locales/fr/history.js';
import { exportFr } from './locales/fr/export.js';
import { engageProgressFr } from './locales/fr/engage-progress.js';
import { nudgesFr } from './locales/fr/nudges.js';
import { goalPlanFr } from './locales/fr/goal-plan.js';
import { selfInventoryFr } from './locales/fr/self-inventory.js';
import { prepareChecklistFr } from './locales/fr/prepare-checklist.js';
import { agendaFr } from './locales/fr/agenda.js';
import { jobsFr } from './locales/fr/jobs.js';
import { homeFr } from './locales/fr/home.js';
import { agreementFr } from './locales/fr/agreement.js';
import { wrapUpFr } from './locales/fr/wrap-up.js';
import { evaluateWrapUpFr } from './locales/fr/evaluate-wrap-up.js';

/**
 * French texts, addressing people as "vous". French typography: a no-break space (U+00A0)
 * precedes ":" and a narrow no-break space (U+202F) precedes ";", "!" and "?", so Slack never
 * wraps a line just before them.
 */
export const fr: Catalog = {
  locale: 'fr',
  stageNames: stageNamesFr,
  help: helpFr,
  errors: errorsFr,
  delivery: deliveryFr,
  erase: eraseFr,
  logLimits: logLimitsFr,
  firstWeeks: firstWeeksFr,
  resilience: resilienceFr,
  programme: programmeFr,
  generic: genericFr,
  pair: pairFr,
  welcome: welcomeFr,
  prepare: prepareFr,
  engage: engageFr,
  nurture: nurtureFr,
  evaluate: evaluateFr,
  tips: tipsFr,
  stage: stageFr,
  log: logFr,
  status: statusFr,
  history: historyFr,
  export: exportFr,
  engageProgress: engageProgressFr,
  nudges: nudgesFr,
  goalPlan: goalPlanFr,
  selfInventory: selfInventoryFr,
  prepareChecklist: prepareChecklistFr,
  agenda: agendaFr,
  jobs: jobsFr,
  home: homeFr,
  agreement: agreementFr,
  wrapUp: wrapUpFr,
  evaluateWrapUp: evaluateWrapUpFr,
  pulse: pulseFr,
};

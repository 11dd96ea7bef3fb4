import { z } from 'zod';
import { LOCALES } from '../domain/locale.js';
import { STAGE_NAMES_PLACEHOLDERS, stageNamesSchema } from './sections/stage-names.js';
import { HELP_PLACEHOLDERS, helpSchema } from './sections/help.js';
import { ERRORS_PLACEHOLDERS, errorsSchema } from './sections/errors.js';
import { DELIVERY_PLACEHOLDERS, deliverySchema } from './sections/delivery.js';
import { ERASE_PLACEHOLDERS, eraseSchema } from './sections/erase.js';
import { LOG_LIMITS_PLACEHOLDERS, logLimitsSchema } from './sections/log-limits.js';
import { PULSE_PLACEHOLDERS, pulseSchema } from './sections/pulse.js';
import { FIRST_WEEKS_PLACEHOLDERS, firstWeeksSchema } from './sections/first-weeks.js';
import { RESILIENCE_PLACEHOLDERS, resilienceSchema } from './sections/resilience.js';
import { PROGRAMME_PLACEHOLDERS, programmeSchema } from './sections/programme.js';
import { GENERIC_PLACEHOLDERS, genericSchema } from './sections/generic.js';
import { PAIR_PLACEHOLDERS, pairSchema } from './sections/pair.js';
import { WELCOME_PLACEHOLDERS, welcomeSchema } from './sections/welcome.js';
import { PREPARE_PLACEHOLDERS, prepareSchema } from './sections/prepare.js';
import { ENGAGE_PLACEHOLDERS, engageSchema } from './sections/engage.js';
import { NURTURE_PLACEHOLDERS, nurtureSchema } from './sections/nurture.js';
import { EVALUATE_PLACEHOLDERS, evaluateSchema } from './sections/evaluate.js';
import { TIPS_PLACEHOLDERS, tipsSchema } from './sections/tips.js';
import { STAGE_PLACEHOLDERS, stageSchema } from './sections/stage.js';
import { LOG_PLACEHOLDERS, logSchema } from './sections/log.js';
import { STATUS_PLACEHOLDERS, statusSchema } from './sections/status.js';
import { HISTORY_PLACEHOLDERS, historySchema } from './sections/history.js';
import { EXPORT_PLACEHOLDERS, exportSchema } from './sections/export.js';
import { ENGAGE_PROGRESS_PLACEHOLDERS, engageProgressSchema } from './sections/engage-progress.js';
import { NUDGES_PLACEHOLDERS, nudgesSchema } from './sections/nudges.js';
import { GOAL_PLAN_PLACEHOLDERS, goalPlanSchema } from './sections/goal-plan.js';
import { SELF_INVENTORY_PLACEHOLDERS, selfInventorySchema } from './sections/self-inventory.js';
import { PREPARE_CHECKLIST_PLACEHOLDERS, prepareChecklistSchema } from './sections/prepare-checklist.js';
import { AGENDA_PLACEHOLDERS, agendaSchema } from './sections/agenda.js';
import { JOBS_PLACEHOLDERS, jobsSchema } from './sections/jobs.js';
import { HOME_PLACEHOLDERS, homeSchema } from './sections/home.js';
import { AGREEMENT_PLACEHOLDERS, agreementSchema } from './sections/agreement.js';
import { WRAP_UP_PLACEHOLDERS, wrapUpSchema } from './sections/wrap-up.js';
import { EVALUATE_WRAP_UP_PLACEHOLDERS, evaluateWrapUpSchema } from './sections/evaluate-wrap-up.js';
import type { Placeholders } from './text.js';

/*
 * The catalog: everything the bot says, in one language, composed of sections. Each section is
 * `sections/<name>.ts` (its zod schema, whose z.infer is the type, its placeholders, doc comments
 * saying what each text is for) with its texts in `locales/en/<name>.ts` and `locales/fr/<name>.ts`.
 * Texts may hold `{placeholders}` that `fill()` replaces; both languages use the same ones for the same
 * key (checked at boot and by test/unit/content.test.ts). Texts use Slack mrkdwn, never raw mentions:
 * callers pass `<@U…>` in placeholders.
 *
 * To add a section: (1) write `sections/<name>.ts` with `<name>Schema` and `<NAME>_PLACEHOLDERS`
 * (copy `sections/resilience.ts`); (2) write its texts in `locales/en/<name>.ts` and
 * `locales/fr/<name>.ts`, typed by the section's type; (3) add one line to `catalogSchema` and one to
 * `CALLER_PLACEHOLDERS` below, and one line to `en.ts` and `fr.ts`. A new key in an existing section
 * touches only the section file and one file per language.
 */

/** Validates one language's catalog. Objects are strict, so a misspelt key is reported, not ignored. */
export const catalogSchema = z.strictObject({
  locale: z.enum(LOCALES),
  stageNames: stageNamesSchema,
  help: helpSchema,
  errors: errorsSchema,
  delivery: deliverySchema,
  erase: eraseSchema,
  logLimits: logLimitsSchema,
  firstWeeks: firstWeeksSchema,
  resilience: resilienceSchema,
  programme: programmeSchema,
  generic: genericSchema,
  pair: pairSchema,
  welcome: welcomeSchema,
  prepare: prepareSchema,
  engage: engageSchema,
  nurture: nurtureSchema,
  evaluate: evaluateSchema,
  tips: tipsSchema,
  stage: stageSchema,
  log: logSchema,
  status: statusSchema,
  history: historySchema,
  export: exportSchema,
  engageProgress: engageProgressSchema,
  nudges: nudgesSchema,
  goalPlan: goalPlanSchema,
  selfInventory: selfInventorySchema,
  prepareChecklist: prepareChecklistSchema,
  agenda: agendaSchema,
  jobs: jobsSchema,
  home: homeSchema,
  agreement: agreementSchema,
  wrapUp: wrapUpSchema,
  evaluateWrapUp: evaluateWrapUpSchema,
  pulse: pulseSchema,
});

/** Everything the bot says, in one language: the type is the schema. */
export type Catalog = z.infer<typeof catalogSchema>;

/**
 * The placeholders callers pass, by key path. A text may only use the placeholders listed for its
 * path (none when the path is absent). Outside `errors`, it must use all of them, so that no
 * information the caller provides is silently dropped; an error sentence may leave one out.
 */
export const CALLER_PLACEHOLDERS: Placeholders = {
  ...STAGE_NAMES_PLACEHOLDERS,
  ...HELP_PLACEHOLDERS,
  ...ERRORS_PLACEHOLDERS,
  ...DELIVERY_PLACEHOLDERS,
  ...ERASE_PLACEHOLDERS,
  ...LOG_LIMITS_PLACEHOLDERS,
  ...FIRST_WEEKS_PLACEHOLDERS,
  ...RESILIENCE_PLACEHOLDERS,
  ...PROGRAMME_PLACEHOLDERS,
  ...GENERIC_PLACEHOLDERS,
  ...PAIR_PLACEHOLDERS,
  ...WELCOME_PLACEHOLDERS,
  ...PREPARE_PLACEHOLDERS,
  ...ENGAGE_PLACEHOLDERS,
  ...NURTURE_PLACEHOLDERS,
  ...EVALUATE_PLACEHOLDERS,
  ...TIPS_PLACEHOLDERS,
  ...STAGE_PLACEHOLDERS,
  ...LOG_PLACEHOLDERS,
  ...STATUS_PLACEHOLDERS,
  ...HISTORY_PLACEHOLDERS,
  ...EXPORT_PLACEHOLDERS,
  ...ENGAGE_PROGRESS_PLACEHOLDERS,
  ...NUDGES_PLACEHOLDERS,
  ...GOAL_PLAN_PLACEHOLDERS,
  ...SELF_INVENTORY_PLACEHOLDERS,
  ...PREPARE_CHECKLIST_PLACEHOLDERS,
  ...AGENDA_PLACEHOLDERS,
  ...JOBS_PLACEHOLDERS,
  ...HOME_PLACEHOLDERS,
  ...AGREEMENT_PLACEHOLDERS,
  ...WRAP_UP_PLACEHOLDERS,
  ...EVALUATE_WRAP_UP_PLACEHOLDERS,
  ...PULSE_PLACEHOLDERS,
};

export { HELP_COMMANDS, type HelpCommand } from './sections/help.js';

import { z } from 'zod';
import { AGENDA_TOPICS } from '../domain/nurture/agenda.js';
import { CHECKLIST_SIZE } from '../domain/engage/checklists.js';
import { ERROR_CODES } from '../domain/errors.js';
import { ICEBREAKER_COUNT } from '../domain/engage/icebreakers.js';
import { INVENTORY_FIELDS } from '../domain/prepare/inventory.js';
import { LOCALES, type Locale } from '../domain/locale.js';
import { OPEN_STAGES, STAGES } from '../domain/stages.js';
import { HELP_COMMANDS, type Catalog } from './catalog.js';
import { placeholders } from './fill.js';
import { CLOSING_PLACEHOLDERS, closingSchema } from './sections/closing.js';
import { DELIVERY_PLACEHOLDERS, deliverySchema } from './sections/delivery.js';
import { ERASE_PLACEHOLDERS, eraseSchema } from './sections/erase.js';
import { LOG_LIMITS_PLACEHOLDERS, logLimitsSchema } from './sections/log-limits.js';
import { RESILIENCE_PLACEHOLDERS, resilienceSchema } from './sections/resilience.js';
import { PROGRAMME_PLACEHOLDERS, programmeSchema } from './sections/programme.js';

/** A non-empty text with no leading or trailing whitespace, optionally capped (Slack limits). */
function text(max?: number) {
  const base = z.string().min(1, 'must not be empty');
  const capped = max === undefined ? base : base.max(max, `must be at most ${max} characters`);
  return capped.refine((value) => value === value.trim(), 'must not start or end with whitespace');
}

function list(min: number) {
  return z.array(text()).min(min, `must hold at least ${min} items`);
}

function exactly(count: number, max?: number) {
  return z.array(text(max)).length(count, `must hold exactly ${count} items`);
}

/** Validates one language's catalog. Objects are strict, so a misspelt key is reported, not ignored. */
export const catalogSchema = z.strictObject({
  locale: z.enum(LOCALES),
  stageNames: z.record(z.enum(STAGES), text(60)),
  help: z.strictObject({
    title: text(150),
    intro: text(),
    commands: z.record(z.enum(HELP_COMMANDS), text()),
    footer: text(),
  }),
  errors: z.record(z.enum(ERROR_CODES), text()),
  delivery: deliverySchema,
  erase: eraseSchema,
  logLimits: logLimitsSchema,
  resilience: resilienceSchema,
  programme: programmeSchema,
  generic: z.strictObject({ failed: text(), working: text() }),
  pair: z.strictObject({
    opened: text(),
    // Slack caps a channel topic at 250 characters; leave room for the names filled in.
    topic: text(150),
  }),
  welcome: z.strictObject({
    title: text(150),
    body: text(),
    stagesTitle: text(150),
    stages: z.record(z.enum(OPEN_STAGES), text()),
    commandsHint: text(),
  }),
  prepare: z.strictObject({
    title: text(150),
    intro: text(),
    goalTitle: text(150),
    goalBody: text(),
    examples: z
      .array(z.strictObject({ name: text(), goal: text(), plan: list(1) }))
      .min(2, 'must hold at least 2 items'),
    inventoryTitle: text(150),
    inventory: list(6),
    nextHint: text(),
  }),
  engage: z.strictObject({
    title: text(150),
    intro: text(),
    tipsTitle: text(150),
    tips: list(1),
    icebreakersTitle: text(150),
    icebreakers: exactly(ICEBREAKER_COUNT),
    agreementTitle: text(150),
    // Checkbox options: Slack caps an option's text at 75 characters.
    agreement: exactly(CHECKLIST_SIZE, 75),
    topicsTitle: text(150),
    topics: exactly(CHECKLIST_SIZE, 75),
    nextHint: text(),
  }),
  nurture: z.strictObject({
    title: text(150),
    intro: text(),
    activitiesTitle: text(150),
    activities: list(4),
    expectationsTitle: text(150),
    expectations: text(),
    logHint: text(),
  }),
  evaluate: z.strictObject({
    title: text(150),
    intro: text(),
    checklistTitle: text(150),
    checklist: list(5),
    confirmHint: text(),
  }),
  tips: z.strictObject({ title: text(150), items: list(5) }),
  stage: z.strictObject({ changed: text(), done: text() }),
  log: z.strictObject({
    title: text(150),
    byline: text(),
    summary: text(),
    achievements: text(),
    nextSteps: text(),
    nextMeeting: text(),
    saved: text(),
    syntaxHint: text(),
    owners: z.strictObject({ mentor: text(80), mentee: text(80), both: text(80) }),
    due: text(150),
    doneButton: text(75),
    doneBy: text(150),
    overdue: text(80),
    markedDone: text(),
    doneCount: text(150),
    deleteButton: text(75),
    deleted: text(),
    editButton: text(75),
    edited: text(150),
    // Slack limits: modal title and buttons 24 characters, input placeholders 150.
    modal: z.strictObject({
      title: text(24),
      submit: text(24),
      cancel: text(24),
      summaryLabel: text(2000),
      summaryPlaceholder: text(150),
      achievementsLabel: text(2000),
      achievementsPlaceholder: text(150),
      nextStepsLabel: text(2000),
      nextStepsHint: text(2000),
      nextMeetingLabel: text(2000),
      metOnLabel: text(2000),
      nextMeetingTimeLabel: text(2000),
      nextMeetingTimeHint: text(2000),
      privateNoteLabel: text(2000),
      privateNoteHint: text(2000),
      editTitle: text(24),
      editNextStepsHint: text(2000),
      ownerPrefixes: z.strictObject({ mentor: text(20), mentee: text(20), both: text(20) }),
    }),
    fieldErrors: z.strictObject({
      summaryRequired: text(),
      tooLong: text(),
      dateInPast: text(),
      dateInvalid: text(),
      metInFuture: text(),
      timeInvalid: text(),
      timeInPast: text(),
      timeNeedsDate: text(),
    }),
  }),
  status: z.strictObject({
    title: text(150),
    stage: text(),
    meetings: text(),
    openItems: text(),
    lastMeeting: text(),
    never: text(),
    none: text(),
    more: text(),
    openedOn: text(),
    guessedMeeting: text(),
  }),
  history: z.strictObject({
    title: text(150),
    byline: text(),
    achievements: text(),
    actionItems: text(),
    privateNote: text(),
    owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
    due: text(),
    done: text(),
    open: text(),
    older: text(75),
    newer: text(75),
    empty: text(),
    noOlder: text(),
  }),
  export: z.strictObject({
    title: text(),
    exportedOn: text(),
    pairHeading: text(),
    mentor: text(),
    mentee: text(),
    stage: text(),
    openedOn: text(),
    closedOn: text(),
    goalHeading: text(),
    noGoal: text(),
    planHeading: text(),
    noPlan: text(),
    stepDone: text(),
    agreementHeading: text(),
    noAgreement: text(),
    priorities: text(),
    focusAreas: text(),
    successMeasures: text(),
    rhythm: text(),
    frequencies: z.strictObject({ weekly: text(), biweekly: text(), monthly: text() }),
    meetingLength: text(),
    period: text(),
    preferredSlot: text(),
    weekdays: z.strictObject({ mon: text(), tue: text(), wed: text(), thu: text(), fri: text() }),
    agreedOn: text(),
    logsHeading: text(),
    noLogs: text(),
    logTitle: text(),
    summary: text(),
    achievements: text(),
    nextSteps: text(),
    nextMeeting: text(),
    privateNote: text(),
    itemsHeading: text(),
    noItems: text(),
    itemNumber: text(),
    itemText: text(),
    itemOwner: text(),
    itemDue: text(),
    itemStatus: text(),
    itemFrom: text(),
    owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
    nobody: text(),
    statuses: z.strictObject({ open: text(), done: text() }),
    fileTitle: text(200),
    comment: text(),
    done: text(),
  }),
  conversation: z.strictObject({
    icebreakersHint: text(),
    moreButton: text(75),
    lastIcebreakers: text(),
    noMoreIcebreakers: text(),
    checklistsIntro: text(),
    agreementProgress: text(),
    topicsProgress: text(),
    lastChange: text(),
    suggestNurture: text(),
    suggestNurtureButton: text(75),
  }),
  nudges: z.strictObject({
    prepareStalled: text(),
    meetingOverdue: text(),
    actionDue: text(),
    actionOverdue: text(),
    expectationsCheckin: text(),
    endApproaching: text(),
    endReminder: text(),
    lastMeetingWeek: text(),
    lastMeetingDay: text(),
    noResponse: text(),
    noResponseAdmins: text(),
    snoozeButton: text(75),
    doneButton: text(75),
    pauseButton: text(75),
    continueButton: text(75),
    closeButton: text(75),
    snoozed: text(),
    dismissed: text(),
    paused: text(),
    resumed: text(),
    keptGoing: text(),
    answeredBy: text(),
  }),
  // Slack limits: modal title, submit and close 24 characters, buttons 75, labels 2000, placeholders 150.
  goalPlan: z.strictObject({
    title: text(150),
    goal: text(),
    plan: text(),
    stepsDone: text(),
    byline: text(),
    doneBy: text(),
    doneButton: text(75),
    undoButton: text(75),
    editButton: text(75),
    modal: z.strictObject({
      title: text(24),
      submit: text(24),
      cancel: text(24),
      intro: text(3000),
      goalLabel: text(2000),
      goalPlaceholder: text(150),
      planLabel: text(2000),
      planPlaceholder: text(150),
      planHint: text(2000),
      examplesTitle: text(150),
    }),
    fieldErrors: z.strictObject({
      goalRequired: text(),
      goalTooLong: text(),
      tooFewSteps: text(),
      tooManySteps: text(),
      stepTooLong: text(),
      planTooLong: text(),
    }),
  }),
  selfInventory: z.strictObject({
    fields: z.record(z.enum(INVENTORY_FIELDS), text(2000)),
    placeholders: z.record(z.enum(INVENTORY_FIELDS), text(150)),
    modal: z.strictObject({ title: text(24), submit: text(24), cancel: text(24), intro: text(3000) }),
    shared: text(),
    updated: text(),
    hint: text(),
    fieldErrors: z.strictObject({ required: text(), tooLong: text() }),
  }),
  prepChecklist: z.strictObject({
    title: text(150),
    progress: text(),
    items: z.strictObject({ goal: text(), plan: text(), mentorInventory: text(), menteeInventory: text() }),
    goalButton: text(75),
    inventoryButton: text(75),
    suggestion: text(),
    suggestionButton: text(75),
    statusLabel: text(),
  }),
  agenda: z.strictObject({
    title: text(150),
    when: text(),
    meetingNumber: text(),
    itemsTitle: text(),
    noItems: text(),
    due: text(),
    overdue: text(),
    owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
    stepsTitle: text(),
    topicsTitle: text(),
    topics: z.record(z.enum(AGENDA_TOPICS), text()),
    checkIn: text(),
    postButton: text(75),
    posted: text(),
    preview: text(),
    guessed: text(),
  }),
  jobs: z.strictObject({ title: text(150), counts: text(), none: text() }),
  // Slack limits: buttons 75 characters, modal title and close 24, headers 150.
  home: z.strictObject({
    title: text(150),
    intro: text(),
    empty: text(),
    yourMentor: text(),
    yourMentee: text(),
    nextMeeting: text(),
    noNextMeeting: text(),
    openItems: text(),
    noOpenItems: text(),
    workingAgreement: text(),
    mentoringAgreement: text(),
    signed: text(),
    notSigned: text(),
    paused: text(),
    fillAgreementButton: text(75),
    logMeetingButton: text(75),
    morePairs: text(),
    footer: text(),
    noticeTitle: text(24),
    noticeClose: text(24),
    admin: z.strictObject({
      title: text(150),
      intro: text(),
      none: text(),
      stageCount: text(),
      attentionCount: text(),
      members: text(),
      lastLog: text(),
      lastLogToday: text(),
      noLog: text(),
      noLogToday: text(),
      dayOne: text(),
      days: text(),
      needsAttention: text(),
      paused: text(),
      more: text(),
    }),
  }),
  agreement: z.strictObject({
    title: text(24),
    prioritiesLabel: text(2000),
    prioritiesPlaceholder: text(150),
    focusAreasLabel: text(2000),
    focusAreasPlaceholder: text(150),
    successMeasuresLabel: text(2000),
    successMeasuresPlaceholder: text(150),
    frequencyLabel: text(2000),
    frequencies: z.strictObject({ weekly: text(75), biweekly: text(75), monthly: text(75) }),
    minutesLabel: text(2000),
    minutes: text(75),
    startLabel: text(2000),
    endLabel: text(2000),
    endHint: text(2000),
    preferredDayLabel: text(2000),
    weekdays: z.strictObject({ mon: text(75), tue: text(75), wed: text(75), thu: text(75), fri: text(75) }),
    preferredTimeLabel: text(2000),
    meetingsLabel: text(),
    period: text(),
    updatedBy: text(),
    editButton: text(75),
    submit: text(24),
    cancel: text(24),
    saved: text(),
    fieldErrors: z.strictObject({
      required: text(),
      tooLong: text(),
      invalidChoice: text(),
      dateInvalid: text(),
      startInPast: text(),
      endBeforeStart: text(),
      endInPast: text(),
    }),
  }),
  wrapUp: z.strictObject({
    confirmPrompt: text(),
    // Slack caps button text at 75 characters.
    confirmButton: text(75),
    alreadyEvaluating: text(),
    closedBy: text(),
    summaryTitle: text(150),
    summaryBody: text(),
    farewell: text(),
    closed: text(),
  }),
  closing: closingSchema,
});

// The schema and the interface must describe the same shape; this line stops compiling if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesCatalog: Same<z.infer<typeof catalogSchema>, Catalog> = true;

/**
 * The placeholders callers pass, by key path. A text may only use the placeholders listed for its
 * path (none when the path is absent). Outside `errors`, it must use all of them, so that no
 * information the caller provides is silently dropped; an error sentence may leave one out.
 */
export const CALLER_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'errors.already_in_stage': ['stage'],
  'errors.log_too_long': ['max'],
  'errors.command_too_long': ['max'],
  'errors.cohort_invalid': ['max'],
  'errors.cohort_unknown': ['cohort'],
  'errors.pair_list_too_long': ['max'],
  'errors.log_too_many_items': ['max', 'count'],
  'errors.bot_user': ['user'],
  'errors.user_not_found': ['user'],
  'errors.page_invalid': ['page'],
  'errors.owner_not_member': ['user'],
  'errors.action_item_unknown': ['number'],
  'pair.opened': ['channel', 'mentor', 'mentee'],
  'pair.topic': ['mentor', 'mentee'],
  'welcome.body': ['mentor', 'mentee'],
  'stage.changed': ['user', 'from', 'to'],
  'stage.done': ['stage'],
  'log.byline': ['user', 'date'],
  'log.saved': ['count'],
  'log.due': ['date'],
  'log.doneBy': ['user'],
  'log.deleted': ['user'],
  'log.edited': ['date'],
  'status.guessedMeeting': ['date'],
  'log.markedDone': ['number', 'item'],
  'log.fieldErrors.tooLong': ['max'],
  'status.title': ['stage', 'number'],
  'status.more': ['count'],
  'status.openedOn': ['date'],
  'wrapUp.closedBy': ['user'],
  'nudges.meetingOverdue': ['days'],
  'nudges.actionDue': ['item', 'due'],
  'nudges.actionOverdue': ['item', 'due'],
  'nudges.endApproaching': ['end'],
  'nudges.endReminder': ['end'],
  'nudges.noResponseAdmins': ['channel'],
  'nudges.snoozed': ['date'],
  'nudges.paused': ['user'],
  'history.title': ['page'],
  'history.byline': ['date', 'user'],
  'history.due': ['date'],
  'history.noOlder': ['page'],
  'export.title': ['mentor', 'mentee'],
  'export.exportedOn': ['date', 'user'],
  'export.stepDone': ['date'],
  'export.meetingLength': ['minutes'],
  'export.period': ['start', 'end'],
  'export.agreedOn': ['date'],
  'export.logTitle': ['date', 'user'],
  'export.fileTitle': ['mentor', 'mentee'],
  'export.comment': ['user'],
  'nudges.resumed': ['user'],
  'nudges.keptGoing': ['user'],
  'nudges.answeredBy': ['user'],
  'agenda.when': ['date'],
  'agenda.meetingNumber': ['number'],
  'agenda.due': ['date'],
  'agenda.overdue': ['date'],
  'jobs.counts': ['pending', 'failed'],
  'goalPlan.stepsDone': ['done', 'total'],
  'goalPlan.byline': ['user', 'date'],
  'goalPlan.doneBy': ['user'],
  'goalPlan.modal.planHint': ['min', 'max'],
  'goalPlan.fieldErrors.goalTooLong': ['max'],
  'goalPlan.fieldErrors.tooFewSteps': ['min'],
  'goalPlan.fieldErrors.tooManySteps': ['max'],
  'goalPlan.fieldErrors.stepTooLong': ['number', 'max'],
  'goalPlan.fieldErrors.planTooLong': ['max'],
  'selfInventory.shared': ['user'],
  'selfInventory.updated': ['user'],
  'selfInventory.fieldErrors.tooLong': ['max'],
  'prepChecklist.progress': ['done', 'total'],
  'prepChecklist.suggestion': ['mentor', 'mentee'],
  'home.yourMentor': ['user'],
  'home.yourMentee': ['user'],
  'home.morePairs': ['count'],
  'home.admin.stageCount': ['stage', 'count'],
  'home.admin.attentionCount': ['count'],
  'home.admin.members': ['mentor', 'mentee'],
  'home.admin.lastLog': ['days'],
  'home.admin.noLog': ['days'],
  'home.admin.days': ['count'],
  'home.admin.more': ['count'],
  'agreement.minutes': ['minutes'],
  'agreement.period': ['start', 'end'],
  'agreement.updatedBy': ['user'],
  'agreement.fieldErrors.tooLong': ['max'],
  'wrapUp.summaryBody': ['days', 'meetings', 'done', 'total'],
  'conversation.agreementProgress': ['done', 'total'],
  'conversation.topicsProgress': ['done', 'total'],
  'conversation.lastChange': ['user', 'date'],
  'conversation.suggestNurture': ['stage'],
  ...DELIVERY_PLACEHOLDERS,
  ...ERASE_PLACEHOLDERS,
  ...LOG_LIMITS_PLACEHOLDERS,
  ...RESILIENCE_PLACEHOLDERS,
  ...PROGRAMME_PLACEHOLDERS,
  ...CLOSING_PLACEHOLDERS,
};

/**
 * Checks every catalog at boot: the schema, that each language has exactly the key paths of
 * English (arrays included, item by item), and that each text uses the same placeholders as its
 * English counterpart and only those its callers pass. Throws one Error listing every problem,
 * one per line.
 */
export function checkCatalogs(catalogs: Record<Locale, Catalog>): void {
  const problems: string[] = [];
  const reference = catalogs.en as Catalog | undefined;
  const referenceLeaves = reference === undefined ? undefined : leaves(reference);

  for (const locale of LOCALES) {
    const catalog = catalogs[locale] as Catalog | undefined;
    if (catalog === undefined) {
      problems.push(`${locale}: the catalog is missing`);
      continue;
    }

    const parsed = catalogSchema.safeParse(catalog);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${locale}: ${formatPath(issue.path)} ${issue.message}`);
      }
    }
    if (catalog.locale !== locale) {
      problems.push(`${locale}: locale is "${String(catalog.locale)}" but the catalog is registered as ${locale}`);
    }

    const own = leaves(catalog);
    for (const [path, value] of own) {
      if (typeof value === 'string') problems.push(...checkCallerPlaceholders(locale, path, value));
    }

    if (locale === 'en' || referenceLeaves === undefined) continue;
    for (const [path, enValue] of referenceLeaves) {
      if (!own.has(path)) {
        problems.push(`${locale}: ${path} is missing (en has it)`);
        continue;
      }
      const value = own.get(path);
      if (typeof value !== 'string' || typeof enValue !== 'string') continue;
      const mine = placeholders(value);
      const theirs = placeholders(enValue);
      if (mine.join() !== theirs.join()) {
        problems.push(`${locale}: ${path} uses ${describe(mine)} but en uses ${describe(theirs)}`);
      }
    }
    for (const path of own.keys()) {
      if (!referenceLeaves.has(path)) problems.push(`${locale}: ${path} is not in en`);
    }
  }

  if (problems.length > 0) {
    throw new Error(`Content catalogs are invalid:\n${[...new Set(problems)].join('\n')}`);
  }
}

function checkCallerPlaceholders(locale: string, path: string, value: string): string[] {
  const allowed = CALLER_PLACEHOLDERS[path] ?? [];
  const used = placeholders(value);
  const problems: string[] = [];
  const unknown = used.filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    problems.push(
      `${locale}: ${path} uses ${describe(unknown)}, which callers do not pass (allowed: ${describe([...allowed].sort())})`,
    );
  }
  if (!path.startsWith('errors.')) {
    const missing = allowed.filter((name) => !used.includes(name));
    if (missing.length > 0) problems.push(`${locale}: ${path} must use ${describe([...missing].sort())}`);
  }
  return problems;
}

/** Every leaf value of a catalog by path, e.g. `errors.not_admin`, `engage.agreement[2]`. */
function leaves(value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) leaves(item, path === '' ? key : `${path}.${key}`, into);
  } else {
    into.set(path, value);
  }
  return into;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(catalog)' : out;
}

function describe(names: readonly string[]): string {
  return names.length === 0 ? 'no placeholder' : names.map((name) => `{${name}}`).join(' ');
}

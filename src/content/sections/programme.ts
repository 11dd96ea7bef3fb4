import { z } from 'zod';
import { type Placeholders, text, texts } from '../text.js';
import { ATTENTION_FLAGS } from '../../domain/programme/attention-flags.js';
import { ROW_PROBLEMS } from '../../domain/programme/pair-list.js';
import { REPORT_COLUMNS } from '../../domain/programme/report.js';

/**
 * Running a programme (issue 17): cohorts, "pair many", the report and its chart, and the admins'
 * Home by cohort with its attention flags. The schema is the type (z.infer).
 */

/** The status of a list's line: will open, opened, refused by Slack at opening, or what is wrong with it. */
export const BULK_LINE_STATUSES = ['ready', 'opened', 'failed', ...ROW_PROBLEMS] as const;

export const programmeSchema = z.strictObject({
  pairMany: z.strictObject({
    /** Home button and modal title (Slack: 24 characters for a title). */
    button: text(75),
    modalTitle: text(24),
    listLabel: text(2000),
    listHint: text(2000),
    submit: text(24),
    /** The answer once the list is sent: the preview comes by direct message. */
    received: text(),
    /** The form's second way in: a CSV uploaded (file_input). */
    fileLabel: text(2000),
    fileHint: text(2000),
    /** Field errors: neither way was used, or both (or several files). */
    needOne: text(),
    notBoth: text(),
  }),
  bulk: z.strictObject({
    /** {count} lines */
    title: text(150),
    preview: text(),
    running: text(),
    done: text(),
    cancelled: text(),
    /** {ready} {invalid} */
    counts: text(),
    /** {opened} {ready} {failed} {invalid} */
    progress: text(),
    /** {number} {mentor} {mentee} {cohort} {status} */
    line: text(),
    /** {cohort} */
    inCohort: text(),
    unknownPerson: text(75),
    status: texts(BULK_LINE_STATUSES, 150),
    /** {count} */
    openButton: text(75),
    cancelButton: text(75),
    nothingToOpen: text(),
    /** {count}: lines beyond what one message can show. */
    moreLines: text(),
    /** {people}: sent at once, replaced by the preview when every person is looked up. */
    checking: text(),
    /** What "checking…" becomes when the check could not finish: nothing was stored. */
    checkStopped: text(),
  }),
  report: z.strictObject({
    /** {pairs} {scope} */
    ready: text(),
    /** {cohort} */
    scopeCohort: text(150),
    scopeAll: text(150),
    csvTitle: text(150),
    chartTitle: text(150),
    columns: texts(REPORT_COLUMNS, 60),
    yes: text(20),
    no: text(20),
    noCohort: text(60),
    stagesChart: text(150),
    weeksChart: text(150),
    axisPairs: text(60),
    axisMeetings: text(60),
    axisWeek: text(60),
    axisCohort: text(60),
    legendStage: text(60),
    /** A report with no pair in it: nothing is sent. */
    empty: text(),
  }),
  cohort: z.strictObject({
    /** `/mentor pair … cohort X`: {channel} {mentor} {mentee} {cohort} */
    opened: text(),
    /** {number} {cohort} */
    moved: text(),
    moveButton: text(75),
    moveTitle: text(24),
    moveLabel: text(2000),
    moveSubmit: text(24),
  }),
  home: z.strictObject({
    title: text(150),
    intro: text(),
    /** {cohort} {count} */
    cohortTitle: text(150),
    /** {from} {to} */
    cohortDates: text(150),
    noCohort: text(60),
    /** {count} */
    attentionCount: text(),
    attentionNone: text(),
    /** {number} {channel} {mentor} {mentee} {stage} {flags} */
    flaggedPair: text(),
    flags: texts(ATTENTION_FLAGS, 150),
    contactButton: text(75),
    statusButton: text(75),
    /** {page} {pages} */
    page: text(150),
    previous: text(75),
    next: text(75),
  }),
  contact: z.strictObject({
    title: text(24),
    /** {mentor} {mentee} */
    intro: text(),
    label: text(2000),
    submit: text(24),
    /** The direct message each member receives: {admin} {text} */
    message: text(),
    /** {mentor} {mentee} */
    sent: text(),
  }),
  status: z.strictObject({
    title: text(24),
    /** {number} {channel} {mentor} {mentee} {stage} {days} {cohort} {meetings} {lastMeeting} {agreement} {preparation} */
    body: text(),
    none: text(60),
    close: text(24),
  }),
});

export type ProgrammeTexts = z.infer<typeof programmeSchema>;

/** The placeholders callers pass, by key path. */
export const PROGRAMME_PLACEHOLDERS: Placeholders = {
  'programme.pairMany.fileHint': ['max'],
  'programme.bulk.title': ['count'],
  'programme.bulk.counts': ['ready', 'invalid'],
  'programme.bulk.progress': ['opened', 'ready', 'failed', 'invalid'],
  'programme.bulk.line': ['number', 'mentor', 'mentee', 'cohort', 'status'],
  'programme.bulk.inCohort': ['cohort'],
  'programme.bulk.openButton': ['count'],
  'programme.bulk.moreLines': ['count'],
  'programme.bulk.checking': ['people'],
  'programme.report.ready': ['pairs', 'scope'],
  'programme.report.scopeCohort': ['cohort'],
  'programme.cohort.opened': ['channel', 'mentor', 'mentee', 'cohort'],
  'programme.cohort.moved': ['number', 'cohort'],
  'programme.home.cohortTitle': ['cohort', 'count'],
  'programme.home.cohortDates': ['from', 'to'],
  'programme.home.attentionCount': ['count'],
  'programme.home.flaggedPair': ['number', 'channel', 'mentor', 'mentee', 'stage', 'flags'],
  'programme.home.page': ['page', 'pages'],
  'programme.contact.intro': ['mentor', 'mentee'],
  'programme.contact.message': ['admin', 'text'],
  'programme.contact.sent': ['mentor', 'mentee'],
  'programme.status.body': ['number', 'channel', 'mentor', 'mentee', 'stage', 'days', 'cohort', 'meetings', 'lastMeeting', 'agreement', 'preparation'],
};

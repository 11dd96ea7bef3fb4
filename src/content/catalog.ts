import type { AgendaTopic } from '../domain/nurture/agenda.js';
import type { ErrorCode } from '../domain/errors.js';
import type { ExportTexts } from '../domain/pairs/export-markdown.js';
import type { InventoryField } from '../domain/prepare/inventory.js';
import type { Locale } from '../domain/locale.js';
import type { OpenStage, Stage } from '../domain/stages.js';
import type { ClosingTexts } from './sections/closing.js';
import type { DeliveryTexts } from './sections/delivery.js';
import type { EraseTexts } from './sections/erase.js';
import type { LogLimitsTexts } from './sections/log-limits.js';
import type { ResilienceTexts } from './sections/resilience.js';
import type { ProgrammeTexts } from './sections/programme.js';

/**
 * Everything the bot says, in one language. Texts may hold `{placeholders}` that
 * `fill()` replaces; both languages must use the same placeholders for the same key
 * (checked at boot and by test/unit/content.test.ts). Texts use Slack mrkdwn
 * (*bold*, _italic_), never raw mentions: callers pass `<@U…>` in placeholders.
 */
export interface Catalog {
  locale: Locale;
  /** Human names of the stages, e.g. engage = "Start the conversation". */
  stageNames: Record<Stage, string>;
  help: {
    title: string;
    intro: string;
    /** One line each, describing the command shown beside it in `usage`. */
    commands: Record<HelpCommand, string>;
    footer: string;
  };
  /** One sentence per error code, saying what went wrong and what to do instead. */
  errors: Record<ErrorCode, string>;
  /** The database out of reach, a pair's channel out of reach. */
  delivery: DeliveryTexts;
  /** `/mentor erase`: a closed pair's records deleted by an admin, after confirmation. */
  erase: EraseTexts;
  /** A meeting log at Slack's limits: too many items, a record cut short, a post that failed after saving. */
  logLimits: LogLimitsTexts;
  /** Slack rate limits and late forms, told to the person whose request they touched. */
  resilience: ResilienceTexts;
  /** Running a programme: cohorts, pair many, the report and chart, the admins' Home by cohort. */
  programme: ProgrammeTexts;
  generic: {
    /** Unexpected failure on our side; invites a retry. */
    failed: string;
    /** Shown while a slow command (opening a pair) is being carried out. */
    working: string;
  };
  pair: {
    /** Ephemeral to the admin. {channel} {mentor} {mentee} */
    opened: string;
    /** Channel topic (plain text, max 250 chars). {mentor} {mentee} are display names. */
    topic: string;
  };
  welcome: {
    title: string;
    /** {mentor} {mentee} are mentions. */
    body: string;
    stagesTitle: string;
    /** One line per stage explaining what happens in it; the stage's name is printed before it. */
    stages: Record<OpenStage, string>;
    commandsHint: string;
  };
  prepare: {
    title: string;
    intro: string;
    goalTitle: string;
    goalBody: string;
    /** Worked examples: a first job in the ecosystem; administrator to technical architect. */
    examples: Array<{ name: string; goal: string; plan: string[] }>;
    inventoryTitle: string;
    /** Self-inventory prompts for each member. */
    inventory: string[];
    nextHint: string;
  };
  engage: {
    title: string;
    intro: string;
    tipsTitle: string;
    /** Tips for a calm first meeting. */
    tips: string[];
    icebreakersTitle: string;
    /** ICEBREAKER_COUNT questions (src/domain/engage/icebreakers.ts, at least 20), in the same order in every language; three per post. */
    icebreakers: string[];
    agreementTitle: string;
    /** Exactly five checkbox items (75 characters at most): commitments, ground rules, confidentiality, mentor's actions, communication. */
    agreement: string[];
    topicsTitle: string;
    /** Exactly five discussion topics, checkbox items of 75 characters at most. */
    topics: string[];
    nextHint: string;
  };
  nurture: {
    title: string;
    intro: string;
    activitiesTitle: string;
    /** Growth activities: career plan, CV and transferable skills, company research, mock interview and pitch. */
    activities: string[];
    expectationsTitle: string;
    expectations: string;
    logHint: string;
  };
  evaluate: {
    title: string;
    intro: string;
    checklistTitle: string;
    /** Wrap-up checklist: reflect, review expectations and goals, decide to continue, last meeting date, celebrate, end well, thank. */
    checklist: string[];
    confirmHint: string;
  };
  /** Tips that hold in every stage: honesty, own research, hard questions with tact, thanks, follow through. */
  tips: { title: string; items: string[] };
  stage: {
    /** Channel line. {user} {from} {to} */
    changed: string;
    /** Ephemeral to the member who changed it. {stage} */
    done: string;
  };
  log: {
    title: string;
    /** {user} {date} */
    byline: string;
    summary: string;
    achievements: string;
    nextSteps: string;
    nextMeeting: string;
    /** Ephemeral confirmation. {count} action items */
    saved: string;
    /** Hint shown when /mentor-log text has no action items. */
    syntaxHint: string;
    /** Who carries an action item, shown beside it. */
    owners: { mentor: string; mentee: string; both: string };
    /** An action item's due day. {date} */
    due: string;
    doneButton: string;
    /** {user} */
    doneBy: string;
    overdue: string;
    /** `/mentor done 3`. {number} {item} */
    markedDone: string;
    /** `/mentor status`: how many action items are done. */
    doneCount: string;
    deleteButton: string;
    /** Replaces a deleted log's record. {user} */
    deleted: string;
    editButton: string;
    /** Added to the byline of a log changed after it was posted. {date} */
    edited: string;
    modal: {
      title: string;
      submit: string;
      cancel: string;
      summaryLabel: string;
      summaryPlaceholder: string;
      achievementsLabel: string;
      achievementsPlaceholder: string;
      nextStepsLabel: string;
      nextStepsHint: string;
      nextMeetingLabel: string;
      metOnLabel: string;
      nextMeetingTimeLabel: string;
      nextMeetingTimeHint: string;
      privateNoteLabel: string;
      privateNoteHint: string;
      /** Title of the form when it edits a posted log. */
      editTitle: string;
      /** The next-steps hint when editing: done items are not listed. */
      editNextStepsHint: string;
      /**
       * Words that start a next step to name its owner (`mentee: send the CV`); they must be ones
       * src/domain/nurture/action-item.ts reads (checked by a test).
       */
      ownerPrefixes: { mentor: string; mentee: string; both: string };
    };
    fieldErrors: {
      summaryRequired: string;
      /** {max} */
      tooLong: string;
      dateInPast: string;
      dateInvalid: string;
      metInFuture: string;
      timeInvalid: string;
      timeInPast: string;
      timeNeedsDate: string;
    };
  };
  status: {
    /** {stage} {number} */
    title: string;
    stage: string;
    meetings: string;
    openItems: string;
    lastMeeting: string;
    never: string;
    none: string;
    /** {count} more open items not listed */
    more: string;
    /** {date} */
    openedOn: string;
    /** A next meeting nobody set: two weeks after the last one. {date} is a Slack date token. */
    guessedMeeting: string;
  };
  /** `/mentor history`: the pair's logs, a page at a time, newest first. */
  history: {
    /** {page} */
    title: string;
    /** One log's first line. {date} {user} */
    byline: string;
    achievements: string;
    actionItems: string;
    /** The reader's own private note on a log they wrote. */
    privateNote: string;
    owners: Record<'mentor' | 'mentee' | 'both', string>;
    /** {date} */
    due: string;
    done: string;
    open: string;
    /** Button: the next page back in time. */
    older: string;
    /** Button: the page before, closer to today. */
    newer: string;
    /** The pair has no log yet. */
    empty: string;
    /** A page past the oldest log. {page} */
    noOlder: string;
  };
  /** `/mentor export`: the Markdown file's words, and the messages around it. */
  export: ExportTexts & {
    /** The file's title in Slack. {mentor} {mentee} */
    fileTitle: string;
    /** Posted with the file in the channel. {user} */
    comment: string;
    /** Ephemeral to the requester once the file is in the channel. */
    done: string;
  };
  /** "Start the conversation" made interactive: more icebreakers, the two checklists, the move to nurture. */
  conversation: {
    /** Under the icebreakers. */
    icebreakersHint: string;
    /** Button under the icebreakers; posts three more. */
    moreButton: string;
    /** Under the last unseen icebreakers, instead of the button. */
    lastIcebreakers: string;
    /** Ephemeral: every icebreaker has been shown to this pair. */
    noMoreIcebreakers: string;
    /** Above the two checklists. */
    checklistsIntro: string;
    /** {done} {total} */
    agreementProgress: string;
    /** {done} {total} */
    topicsProgress: string;
    /** The latest tick or untick. {user} {date} */
    lastChange: string;
    /** Channel post, once per pair. {stage} is the nurture stage's name. */
    suggestNurture: string;
    suggestNurtureButton: string;
  };
  nudges: {
    /** Goal or plan still missing a week after the pair opened. */
    prepareStalled: string;
    /** No meeting logged for the agreed rhythm and half of it. {days} = agreed rhythm in days */
    meetingOverdue: string;
    /** {item} {due} */
    actionDue: string;
    /** {item} {due} */
    actionOverdue: string;
    expectationsCheckin: string;
    /** Three weeks before the planned end. {end} */
    endApproaching: string;
    /** One week before the planned end. {end} */
    endReminder: string;
    /** A week before the last meeting the pair set. {date} */
    lastMeetingWeek: string;
    /** The working day before the last meeting. {date} */
    lastMeetingDay: string;
    /** Asked after three nudges met with silence. */
    noResponse: string;
    /** Direct message to programme admins. {channel} */
    noResponseAdmins: string;
    snoozeButton: string;
    doneButton: string;
    pauseButton: string;
    continueButton: string;
    closeButton: string;
    /** Ephemeral. {date} */
    snoozed: string;
    dismissed: string;
    /** Channel line. {user} */
    paused: string;
    /** Channel line. {user} */
    resumed: string;
    /** Channel line. {user} */
    keptGoing: string;
    /** Replaces a nudge someone answered. {user} */
    answeredBy: string;
  };
  /** The mentee's goal and plan: its form and its post in the channel, where steps are ticked off. */
  goalPlan: {
    /** Header of the goal post. */
    title: string;
    goal: string;
    plan: string;
    /** {done} {total} */
    stepsDone: string;
    /** {user} {date} */
    byline: string;
    /** After a step that is done. {user} */
    doneBy: string;
    doneButton: string;
    undoButton: string;
    editButton: string;
    modal: {
      title: string;
      submit: string;
      cancel: string;
      /** Whose goal it is and who may write it. */
      intro: string;
      goalLabel: string;
      goalPlaceholder: string;
      planLabel: string;
      planPlaceholder: string;
      /** {min} {max} */
      planHint: string;
      /** Above the two worked examples (prepare.examples). */
      examplesTitle: string;
    };
    fieldErrors: {
      goalRequired: string;
      /** {max} */
      goalTooLong: string;
      /** {min} */
      tooFewSteps: string;
      /** {max} */
      tooManySteps: string;
      /** {number} is the step's position, {max} the limit. */
      stepTooLong: string;
      /** {max}: the whole plan's limit, checked before it is split into steps. */
      planTooLong: string;
    };
  };
  /** Each member's self-inventory: its form, and the short summary posted in the channel. */
  selfInventory: {
    /** Labels of the form's fields, also used in the summary. */
    fields: Record<InventoryField, string>;
    /** Placeholders of the form's fields (150 characters at most). */
    placeholders: Record<InventoryField, string>;
    modal: { title: string; submit: string; cancel: string; intro: string };
    /** Channel post, the first time. {user} */
    shared: string;
    /** Channel post, after an edit. {user} */
    updated: string;
    /** Under the summary: how each member fills in or edits their own. */
    hint: string;
    fieldErrors: {
      required: string;
      /** {max} */
      tooLong: string;
    };
  };
  /** The preparation checklist (prepare post and /mentor status) and the one suggestion to meet. */
  prepChecklist: {
    title: string;
    /** {done} {total} */
    progress: string;
    items: {
      goal: string;
      plan: string;
      mentorInventory: string;
      menteeInventory: string;
    };
    goalButton: string;
    inventoryButton: string;
    /** Posted once, when the checklist is complete. {mentor} {mentee} */
    suggestion: string;
    suggestionButton: string;
    /** Label of the progress line in /mentor status. */
    statusLabel: string;
  };
  /** The agenda posted before each meeting, and shown by `/mentor agenda`. */
  agenda: {
    title: string;
    /** {date} is a Slack date token: each reader sees their own zone. */
    when: string;
    /** {number} is the meeting's number. */
    meetingNumber: string;
    itemsTitle: string;
    noItems: string;
    /** {date} */
    due: string;
    /** {date} */
    overdue: string;
    owners: { mentor: string; mentee: string; both: string };
    stepsTitle: string;
    topicsTitle: string;
    topics: Record<AgendaTopic, string>;
    checkIn: string;
    postButton: string;
    /** Answer to the clicker once it is in the channel. */
    posted: string;
    /** Above the ephemeral preview of `/mentor agenda`. */
    preview: string;
    /** Under an agenda whose date is the two-week default, not one the pair set. */
    guessed: string;
  };
  jobs: {
    title: string;
    /** {pending} {failed} */
    counts: string;
    none: string;
  };
  /** The App Home tab: the reader's own pairs, and the programme overview for admins. */
  home: {
    title: string;
    intro: string;
    /** Shown to someone in no active pair. */
    empty: string;
    /** {user} is a mention of the other member. */
    yourMentor: string;
    /** {user} is a mention of the other member. */
    yourMentee: string;
    /** Labels (this one, openItems, workingAgreement, mentoringAgreement) end with their colon; French puts a no-break space before it. */
    nextMeeting: string;
    noNextMeeting: string;
    openItems: string;
    noOpenItems: string;
    workingAgreement: string;
    mentoringAgreement: string;
    signed: string;
    notSigned: string;
    /** The pair's reminders are paused. */
    paused: string;
    /** Opens the agreement form when there is no agreement yet (75 characters at most). */
    fillAgreementButton: string;
    /** Opens the meeting-log form (75 characters at most). */
    logMeetingButton: string;
    /** {count} pairs not listed. */
    morePairs: string;
    footer: string;
    /** The small window that explains why a Home button could not help: title and close, 24 characters at most. */
    noticeTitle: string;
    noticeClose: string;
    /** Programme admins only: dates and counts, never what a pair wrote. */
    admin: {
      title: string;
      intro: string;
      none: string;
      /** {stage} {count} */
      stageCount: string;
      /** {count} */
      attentionCount: string;
      /** {mentor} {mentee} are mentions. */
      members: string;
      /** {days} is a duration such as "3 days". */
      lastLog: string;
      lastLogToday: string;
      /** {days} is a duration such as "3 days". */
      noLog: string;
      noLogToday: string;
      dayOne: string;
      /** {count} */
      days: string;
      needsAttention: string;
      paused: string;
      /** {count} pairs not listed. */
      more: string;
    };
  };
  agreement: {
    title: string;
    prioritiesLabel: string;
    prioritiesPlaceholder: string;
    focusAreasLabel: string;
    focusAreasPlaceholder: string;
    successMeasuresLabel: string;
    successMeasuresPlaceholder: string;
    frequencyLabel: string;
    frequencies: Record<'weekly' | 'biweekly' | 'monthly', string>;
    minutesLabel: string;
    /** {minutes} */
    minutes: string;
    startLabel: string;
    endLabel: string;
    endHint: string;
    preferredDayLabel: string;
    weekdays: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri', string>;
    preferredTimeLabel: string;
    meetingsLabel: string;
    /** {start} {end} */
    period: string;
    /** {user} */
    updatedBy: string;
    editButton: string;
    submit: string;
    cancel: string;
    /** Ephemeral after saving. */
    saved: string;
    fieldErrors: {
      required: string;
      /** {max} */
      tooLong: string;
      invalidChoice: string;
      dateInvalid: string;
      startInPast: string;
      endBeforeStart: string;
      endInPast: string;
    };
  };
  wrapUp: {
    /** Channel message with the confirm button. */
    confirmPrompt: string;
    confirmButton: string;
    /** Ephemeral when /wrap-up runs again while already in evaluate. */
    alreadyEvaluating: string;
    /** Replaces the confirm prompt after closing. {user} */
    closedBy: string;
    summaryTitle: string;
    /** {days} {meetings} {done} {total} */
    summaryBody: string;
    farewell: string;
    /** Ephemeral to the member who confirmed. */
    closed: string;
  };
  /** The guided close: last meeting, reflections, celebration summary and decision. */
  closing: ClosingTexts;
}

export const HELP_COMMANDS = [
  'help',
  'pair',
  'status',
  'goal',
  'inventory',
  'stageNext',
  'stageName',
  'log',
  'logForm',
  'wrapUp',
  'wrapUpReflect',
  'wrapUpConfirm',
  'pause',
  'resume',
  'jobs',
  'agreement',
  'history',
  'export',
  'agenda',
  'done',
  'erase',
] as const;
export type HelpCommand = (typeof HELP_COMMANDS)[number];

import { z } from 'zod';
import { ATTAINMENTS, NEXT_STEPS, OUTCOMES } from '../../domain/evaluate/reflection.js';
import { text, texts, type Placeholders } from '../text.js';

const EXPORT_KEYS = [
  'reflectionsHeading',
  'noReflections',
  'reflectionOf',
  'learned',
  'goal',
  'steps',
  'expectations',
  'highlight',
  'next',
  'thanks',
  'lastMeeting',
  'outcomeHeading',
  'noOutcome',
  'outcomeLine',
] as const;

/** The guided close (`/wrap-up`): last meeting, reflections, celebration summary and decision. */
export const evaluateWrapUpSchema = z.strictObject({
  /** On the evaluate post: how the close goes, step by step. */
  howItGoes: text(),
  lastMeetingLabel: text(2000),
  lastMeetingPlaceholder: text(150),
  // Slack caps button text at 75 characters, modal titles and buttons at 24, input labels at 2000.
  reflectButton: text(75),
  /** On the agenda of the last meeting. */
  agendaLastMeeting: text(),
  /** Ephemeral after /wrap-up: the date picker follows. */
  pickLastMeeting: text(),
  /** Channel line. {user} {date} */
  lastMeetingSet: text(),
  /** Ephemeral to who picked it. {date} */
  lastMeetingSaved: text(),
  /** Channel line once a member has written (or edited) their reflection. {user} */
  reflectionShared: text(),
  /** Ephemeral to the author. */
  reflectionSaved: text(),
  /** Channel post when a member wants to close and the other's reflection is missing. {user} {other} */
  reminderPosted: text(),
  /** Ephemeral to that member. {other} */
  remindedReply: text(),
  /** Ephemeral: the summary is in the channel, with the buttons. */
  summaryAlready: text(),
  /** Ephemeral once the summary is posted. */
  summaryPosted: text(),
  modal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    learnedLabel: text(2000),
    learnedPlaceholder: text(150),
    /** {goal} */
    goalLabel: text(),
    /** {position} {step} */
    stepLabel: text(),
    commentLabel: text(2000),
    expectationsLabel: text(2000),
    highlightLabel: text(2000),
    highlightPlaceholder: text(150),
    nextLabel: text(2000),
    thanksLabel: text(2000),
    thanksHint: text(2000),
    noGoal: text(),
  }),
  attainments: texts(ATTAINMENTS, 75),
  nextSteps: texts(NEXT_STEPS, 75),
  /**
   * - `tooLong`: {max}
   * - `planChanged`: The plan was edited while the form was open.
   * - `notWrappingUp`: The pair decided, or is no longer wrapping up.
   */
  fieldErrors: texts(['required', 'tooLong', 'invalidChoice', 'planChanged', 'notWrappingUp']),
  /**
   * - `steps`: {done} {total}
   * - `attainment`: {percent}
   * - `wordsOf`: {user}
   * - `goal`: {rating}
   * - `stepsMet`: {met} {total}
   * - `expectations`: {rating}
   * - `wish`: {choice}
   * - `noReflection`: {user}
   */
  summary: texts(['steps', 'noPlan', 'attainment', 'wordsOf', 'goal', 'stepsMet', 'expectations', 'highlight', 'thanks', 'wish', 'noReflection']),
  decision: z.strictObject({
    title: text(150),
    intro: text(),
    continueButton: text(75),
    stayInTouchButton: text(75),
    closeButton: text(75),
    /** Replaces the buttons once decided. {user} {outcome} */
    decidedBy: text(),
  }),
  outcomes: texts(OUTCOMES, 75),
  continueModal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    endLabel: text(2000),
    endHint: text(2000),
    /** Field error: the end must lie ahead. */
    endInPast: text(),
    endInvalid: text(),
  }),
  /** Channel post when a new cycle starts. {user} {date} */
  continued: text(),
  reviewAgreementButton: text(75),
  /** Ephemeral replies to the decision. */
  continuedReply: text(),
  closedReply: text(),
  closedKeptOpenReply: text(),
  /** Channel line before archiving. {user} {outcome} */
  closedLine: text(),
  /**
   * App Home, programme admins only: numbers and dates, never what anyone wrote.
   * - `outcomeCounts`: {continued} {stayInTouch} {closed}
   * - `attainment`: {percent}
   * - `closedPair`: {pair} (the number `/mentor erase` takes) {channel} {mentor} {mentee} {opened} {closed} {outcome}
   * - `more`: {count}
   */
  admin: texts(['title', 'outcomeCounts', 'attainment', 'noAttainment', 'none', 'closedPair', 'more']),
  export: z.strictObject({
    ...texts(EXPORT_KEYS).shape,
    attainments: texts(ATTAINMENTS),
    nextSteps: texts(NEXT_STEPS),
    outcomes: texts(OUTCOMES),
  }),
});

export type EvaluateWrapUpTexts = z.infer<typeof evaluateWrapUpSchema>;

/** The placeholders callers pass, by key path (merged into the catalog's CALLER_PLACEHOLDERS). */
export const EVALUATE_WRAP_UP_PLACEHOLDERS: Placeholders = {
  'evaluateWrapUp.lastMeetingSet': ['user', 'date'],
  'evaluateWrapUp.lastMeetingSaved': ['date'],
  'evaluateWrapUp.reflectionShared': ['user'],
  'evaluateWrapUp.reminderPosted': ['user', 'other'],
  'evaluateWrapUp.remindedReply': ['other'],
  'evaluateWrapUp.modal.goalLabel': ['goal'],
  'evaluateWrapUp.modal.stepLabel': ['position', 'step'],
  'evaluateWrapUp.fieldErrors.tooLong': ['max'],
  'evaluateWrapUp.summary.steps': ['done', 'total'],
  'evaluateWrapUp.summary.attainment': ['percent'],
  'evaluateWrapUp.summary.wordsOf': ['user'],
  'evaluateWrapUp.summary.goal': ['rating'],
  'evaluateWrapUp.summary.stepsMet': ['met', 'total'],
  'evaluateWrapUp.summary.expectations': ['rating'],
  'evaluateWrapUp.summary.wish': ['choice'],
  'evaluateWrapUp.summary.noReflection': ['user'],
  'evaluateWrapUp.decision.decidedBy': ['user', 'outcome'],
  'evaluateWrapUp.continued': ['user', 'date'],
  'evaluateWrapUp.closedLine': ['user', 'outcome'],
  'evaluateWrapUp.admin.outcomeCounts': ['continued', 'stayInTouch', 'closed'],
  'evaluateWrapUp.admin.attainment': ['percent'],
  'evaluateWrapUp.admin.closedPair': ['pair', 'channel', 'mentor', 'mentee', 'opened', 'closed', 'outcome'],
  'evaluateWrapUp.admin.more': ['count'],
  'evaluateWrapUp.export.reflectionOf': ['user'],
  'evaluateWrapUp.export.outcomeLine': ['outcome', 'date', 'user'],
  'nudges.lastMeetingWeek': ['date'],
  'nudges.lastMeetingDay': ['date'],
};

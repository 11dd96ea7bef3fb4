import { z } from 'zod';
import type { EvaluationExportTexts } from '../../domain/pairs/export-reflections.js';
import { ATTAINMENTS, type Attainment, NEXT_STEPS, type NextStep, OUTCOMES, type PairOutcome } from '../../domain/evaluate/reflection.js';

/** The guided close (`/wrap-up`): last meeting, reflections, celebration summary and decision. */
export interface ClosingTexts {
  /** On the evaluate post: how the close goes, step by step. */
  howItGoes: string;
  lastMeetingLabel: string;
  lastMeetingPlaceholder: string;
  reflectButton: string;
  /** On the agenda of the last meeting. */
  agendaLastMeeting: string;
  /** Ephemeral after /wrap-up: the date picker follows. */
  pickLastMeeting: string;
  /** Channel line. {user} {date} */
  lastMeetingSet: string;
  /** Ephemeral to who picked it. {date} */
  lastMeetingSaved: string;
  /** Channel line once a member has written (or edited) their reflection. {user} */
  reflectionShared: string;
  /** Ephemeral to the author. */
  reflectionSaved: string;
  /** Channel post when a member wants to close and the other's reflection is missing. {user} {other} */
  reminderPosted: string;
  /** Ephemeral to that member. {other} */
  remindedReply: string;
  /** Ephemeral: the summary is in the channel, with the buttons. */
  summaryAlready: string;
  /** Ephemeral once the summary is posted. */
  summaryPosted: string;
  modal: {
    title: string;
    submit: string;
    cancel: string;
    learnedLabel: string;
    learnedPlaceholder: string;
    /** {goal} */
    goalLabel: string;
    /** {position} {step} */
    stepLabel: string;
    commentLabel: string;
    expectationsLabel: string;
    highlightLabel: string;
    highlightPlaceholder: string;
    nextLabel: string;
    thanksLabel: string;
    thanksHint: string;
    noGoal: string;
  };
  attainments: Record<Attainment, string>;
  nextSteps: Record<NextStep, string>;
  fieldErrors: {
    required: string;
    /** {max} */
    tooLong: string;
    invalidChoice: string;
    /** The plan was edited while the form was open. */
    planChanged: string;
    /** The pair decided, or is no longer wrapping up. */
    notWrappingUp: string;
  };
  summary: {
    /** {done} {total} */
    steps: string;
    noPlan: string;
    /** {percent} */
    attainment: string;
    /** {user} */
    wordsOf: string;
    /** {rating} */
    goal: string;
    /** {met} {total} */
    stepsMet: string;
    /** {rating} */
    expectations: string;
    highlight: string;
    thanks: string;
    /** {choice} */
    wish: string;
    /** {user} */
    noReflection: string;
  };
  decision: {
    title: string;
    intro: string;
    continueButton: string;
    stayInTouchButton: string;
    closeButton: string;
    /** Replaces the buttons once decided. {user} {outcome} */
    decidedBy: string;
  };
  outcomes: Record<PairOutcome, string>;
  continueModal: {
    title: string;
    submit: string;
    cancel: string;
    endLabel: string;
    endHint: string;
    /** Field error: the end must lie ahead. */
    endInPast: string;
    endInvalid: string;
  };
  /** Channel post when a new cycle starts. {user} {date} */
  continued: string;
  reviewAgreementButton: string;
  /** Ephemeral replies to the decision. */
  continuedReply: string;
  closedReply: string;
  closedKeptOpenReply: string;
  /** Channel line before archiving. {user} {outcome} */
  closedLine: string;
  /** App Home, programme admins only: numbers and dates, never what anyone wrote. */
  admin: {
    title: string;
    /** {continued} {stayInTouch} {closed} */
    outcomeCounts: string;
    /** {percent} */
    attainment: string;
    noAttainment: string;
    none: string;
    /** {pair} (the number `/mentor erase` takes) {channel} {mentor} {mentee} {opened} {closed} {outcome} */
    closedPair: string;
    /** {count} */
    more: string;
  };
  export: EvaluationExportTexts;
}

function text(max?: number) {
  const base = z.string().min(1, 'must not be empty');
  const capped = max === undefined ? base : base.max(max, `must be at most ${max} characters`);
  return capped.refine((value) => value === value.trim(), 'must not start or end with whitespace');
}

const texts = <K extends string>(keys: readonly K[], max?: number) => z.strictObject(Object.fromEntries(keys.map((k) => [k, text(max)])) as Record<K, ReturnType<typeof text>>);

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

export const closingSchema = z.strictObject({
  howItGoes: text(),
  lastMeetingLabel: text(2000),
  lastMeetingPlaceholder: text(150),
  // Slack caps button text at 75 characters, modal titles and buttons at 24, input labels at 2000.
  reflectButton: text(75),
  agendaLastMeeting: text(),
  pickLastMeeting: text(),
  lastMeetingSet: text(),
  lastMeetingSaved: text(),
  reflectionShared: text(),
  reflectionSaved: text(),
  reminderPosted: text(),
  remindedReply: text(),
  summaryAlready: text(),
  summaryPosted: text(),
  modal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    learnedLabel: text(2000),
    learnedPlaceholder: text(150),
    goalLabel: text(),
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
  fieldErrors: texts(['required', 'tooLong', 'invalidChoice', 'planChanged', 'notWrappingUp']),
  summary: texts(['steps', 'noPlan', 'attainment', 'wordsOf', 'goal', 'stepsMet', 'expectations', 'highlight', 'thanks', 'wish', 'noReflection']),
  decision: z.strictObject({
    title: text(150),
    intro: text(),
    continueButton: text(75),
    stayInTouchButton: text(75),
    closeButton: text(75),
    decidedBy: text(),
  }),
  outcomes: texts(OUTCOMES, 75),
  continueModal: z.strictObject({
    title: text(24),
    submit: text(24),
    cancel: text(24),
    endLabel: text(2000),
    endHint: text(2000),
    endInPast: text(),
    endInvalid: text(),
  }),
  continued: text(),
  reviewAgreementButton: text(75),
  continuedReply: text(),
  closedReply: text(),
  closedKeptOpenReply: text(),
  closedLine: text(),
  admin: texts(['title', 'outcomeCounts', 'attainment', 'noAttainment', 'none', 'closedPair', 'more']),
  export: z.strictObject({
    ...texts(EXPORT_KEYS).shape,
    attainments: texts(ATTAINMENTS),
    nextSteps: texts(NEXT_STEPS),
    outcomes: texts(OUTCOMES),
  }),
});

/** The placeholders callers pass, by key path (merged into the catalog's CALLER_PLACEHOLDERS). */
export const CLOSING_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'closing.lastMeetingSet': ['user', 'date'],
  'closing.lastMeetingSaved': ['date'],
  'closing.reflectionShared': ['user'],
  'closing.reminderPosted': ['user', 'other'],
  'closing.remindedReply': ['other'],
  'closing.modal.goalLabel': ['goal'],
  'closing.modal.stepLabel': ['position', 'step'],
  'closing.fieldErrors.tooLong': ['max'],
  'closing.summary.steps': ['done', 'total'],
  'closing.summary.attainment': ['percent'],
  'closing.summary.wordsOf': ['user'],
  'closing.summary.goal': ['rating'],
  'closing.summary.stepsMet': ['met', 'total'],
  'closing.summary.expectations': ['rating'],
  'closing.summary.wish': ['choice'],
  'closing.summary.noReflection': ['user'],
  'closing.decision.decidedBy': ['user', 'outcome'],
  'closing.continued': ['user', 'date'],
  'closing.closedLine': ['user', 'outcome'],
  'closing.admin.outcomeCounts': ['continued', 'stayInTouch', 'closed'],
  'closing.admin.attainment': ['percent'],
  'closing.admin.closedPair': ['pair', 'channel', 'mentor', 'mentee', 'opened', 'closed', 'outcome'],
  'closing.admin.more': ['count'],
  'closing.export.reflectionOf': ['user'],
  'closing.export.outcomeLine': ['outcome', 'date', 'user'],
  'nudges.lastMeetingWeek': ['date'],
  'nudges.lastMeetingDay': ['date'],
};

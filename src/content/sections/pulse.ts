import { z } from 'zod';
import { exactly, text, type Placeholders } from '../text.js';

/**
 * How the pair is doing (issue 16, points 3–5): the private fit check, session ratings, the
 * midpoint check-in, the admins' alert and aggregates, and the mentor's own tips by stage.
 * Every text here reaches one person in a direct message, or the admins' Home (numbers only).
 */
/** Slack's limits: a button's text 75, a modal's title 24, an option 75, a label 2,000, a hint 2,000. */
const button = () => text(75);
const modalTitle = () => text(24);
const option = () => text(75);

const tipSchema = z.strictObject({ intro: text(), items: z.array(text()).min(2, 'must hold at least 2 items').max(6, 'must hold at most 6 items') });

export const pulseSchema = z.strictObject({
  fitCheck: z.strictObject({
    /** The direct message. {channel} */
    body: text(),
    answerButton: button(),
    modalTitle: modalTitle(),
    submit: text(24),
    question: text(2000),
    answers: z.strictObject({ great: option(), fine: option(), unsure: option(), not_a_fit: option() }),
    commentLabel: text(2000),
    /** Says who reads the comment: the admins, when the answer is "not a good fit". */
    commentHint: text(2000),
    saved: text(),
    savedNotAFit: text(),
    /** {answer} */
    alreadyAnswered: text(),
  }),
  sessionRating: z.strictObject({
    /** The direct message after a logged meeting. {channel} */
    body: text(),
    /** Button texts for 1, 2, 3 and 4. */
    ratings: exactly(4, 75),
    /** Under the buttons once rated. {rating} */
    rated: text(),
  }),
  checkin: z.strictObject({
    /** {channel} */
    body: text(),
    answerButton: button(),
    modalTitle: modalTitle(),
    submit: text(24),
    progressLabel: text(2000),
    relationshipLabel: text(2000),
    /** Option texts for 1 to 5. */
    scores: exactly(5, 75),
    commentLabel: text(2000),
    commentHint: text(2000),
    saved: text(),
    alreadyAnswered: text(),
  }),
  tips: z.strictObject({
    /** {stage} */
    title: text(150),
    prepare: tipSchema,
    engage: tipSchema,
    nurture: tipSchema,
    evaluate: tipSchema,
    /** {channel} */
    footer: text(),
  }),
  alert: z.strictObject({
    /** {pair} {channel} {member} {answer} */
    body: text(),
    /** {comment} */
    comment: text(),
    noComment: text(),
    contactButton: button(),
    closeButton: button(),
    confirmTitle: text(100),
    /** {pair} */
    confirmText: text(300),
    confirmYes: text(30),
    confirmNo: text(30),
    /** {mentor} {mentee} */
    contacted: text(),
    /** "Contact the pair" again on the same alert: nothing is sent. {mentor} {mentee} */
    alreadyContacted: text(),
    /** {pair} */
    closed: text(),
  }),
  /** To each member an admin contacts. {admin} {channel} */
  adminContact: text(),
  home: z.strictObject({
    title: text(150),
    /** {average} {count} */
    sessions: text(),
    noSessions: text(),
    trend: z.strictObject({ up: text(), down: text(), steady: text() }),
    /** {progress} {relationship} {count} */
    checkins: text(),
    noCheckins: text(),
    /** {great} {fine} {unsure} {notAFit} */
    fit: text(),
    belowTitle: text(),
    /** {pair} {channel} {reasons} */
    below: text(),
    /** {average} */
    reasonSessions: text(),
    /** {score} */
    reasonCheckin: text(),
    reasonFit: text(),
    noneBelow: text(),
    footer: text(),
  }),
});

export type PulseTexts = z.infer<typeof pulseSchema>;

/** The placeholders callers pass, by key path (merged into the catalog's list). */
export const PULSE_PLACEHOLDERS: Placeholders = {
  'pulse.fitCheck.body': ['channel'],
  'pulse.fitCheck.alreadyAnswered': ['answer'],
  'pulse.sessionRating.body': ['channel'],
  'pulse.sessionRating.rated': ['rating'],
  'pulse.checkin.body': ['channel'],
  'pulse.tips.title': ['stage'],
  'pulse.tips.footer': ['channel'],
  'pulse.alert.body': ['answer', 'channel', 'member', 'pair'],
  'pulse.alert.comment': ['comment'],
  'pulse.alert.confirmText': ['pair'],
  'pulse.alert.contacted': ['mentee', 'mentor'],
  'pulse.alert.alreadyContacted': ['mentee', 'mentor'],
  'pulse.alert.closed': ['pair'],
  'pulse.adminContact': ['admin', 'channel'],
  'pulse.home.sessions': ['average', 'count'],
  'pulse.home.checkins': ['count', 'progress', 'relationship'],
  'pulse.home.fit': ['fine', 'great', 'notAFit', 'unsure'],
  'pulse.home.below': ['channel', 'pair', 'reasons'],
  'pulse.home.reasonSessions': ['average'],
  'pulse.home.reasonCheckin': ['score'],
};

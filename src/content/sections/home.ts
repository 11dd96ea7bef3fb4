import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** The App Home tab: the reader's own pairs, and the programme overview for admins. */
// Slack limits: buttons 75 characters, modal title and close 24, headers 150.
export const homeSchema = z.strictObject({
  title: text(150),
  intro: text(),
  /** Shown to someone in no active pair. */
  empty: text(),
  /** {user} is a mention of the other member. */
  yourMentor: text(),
  /** {user} is a mention of the other member. */
  yourMentee: text(),
  /**
   * Labels (this one, openItems, workingAgreement, mentoringAgreement) end with their colon; French puts a no-break space before it.
   */
  nextMeeting: text(),
  noNextMeeting: text(),
  openItems: text(),
  noOpenItems: text(),
  workingAgreement: text(),
  mentoringAgreement: text(),
  signed: text(),
  notSigned: text(),
  /** The pair's reminders are paused. */
  paused: text(),
  /** Opens the agreement form when there is no agreement yet (75 characters at most). */
  fillAgreementButton: text(75),
  /** Opens the meeting-log form (75 characters at most). */
  logMeetingButton: text(75),
  /** {count} pairs not listed. */
  morePairs: text(),
  footer: text(),
  /** The small window that explains why a Home button could not help: title and close, 24 characters at most. */
  noticeTitle: text(24),
  noticeClose: text(24),
  /** Programme admins only: dates and counts, never what a pair wrote. */
  admin: z.strictObject({
    title: text(150),
    intro: text(),
    none: text(),
    /** {stage} {count} */
    stageCount: text(),
    /** {count} */
    attentionCount: text(),
    /** {mentor} {mentee} are mentions. */
    members: text(),
    /** {days} is a duration such as "3 days". */
    lastLog: text(),
    lastLogToday: text(),
    /** {days} is a duration such as "3 days". */
    noLog: text(),
    noLogToday: text(),
    dayOne: text(),
    /** {count} */
    days: text(),
    needsAttention: text(),
    paused: text(),
    /** {count} pairs not listed. */
    more: text(),
  }),
});

export type HomeTexts = z.infer<typeof homeSchema>;

/** The placeholders callers pass, by key path. */
export const HOME_PLACEHOLDERS: Placeholders = {
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
};

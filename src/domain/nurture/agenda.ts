import { DateTime } from 'luxon';
import type { Stage } from '../stages.js';
import { isWorkingTime, nextWorkingTime } from '../scheduling/working-hours.js';

/** Topics the agenda proposes, by catalog key (texts in `agenda.topics`). */
export const AGENDA_TOPICS = [
  'careerPlan',
  'cvSkills',
  'companyResearch',
  'mockInterview',
  'reviewGoals',
  'nextChapter',
  'wrapExpectations',
  'wrapHighlights',
  'wrapThanks',
] as const;
export type AgendaTopic = (typeof AGENDA_TOPICS)[number];

/** The topics each stage draws from, in the order they rotate. */
const STAGE_TOPICS: Record<Exclude<Stage, 'closed'>, readonly AgendaTopic[]> = {
  prepare: ['careerPlan', 'cvSkills', 'companyResearch'],
  engage: ['careerPlan', 'cvSkills', 'companyResearch'],
  nurture: ['careerPlan', 'cvSkills', 'companyResearch', 'mockInterview'],
  evaluate: ['reviewGoals', 'nextChapter', 'careerPlan'],
};
export const TOPICS_PER_AGENDA = 2;
/** The last meeting's agenda is the wrap-up itself: every one of these, in this order. */
export const WRAP_UP_TOPICS: readonly AgendaTopic[] = ['reviewGoals', 'wrapExpectations', 'wrapHighlights', 'nextChapter', 'wrapThanks'];
/** "Are our expectations still aligned?" every fourth meeting, or after six weeks without a check-in. */
export const CHECKIN_EVERY_MEETINGS = 4;
export const CHECKIN_AFTER_DAYS = 42;
/** The agenda goes out this long before the meeting, at a working hour of the meeting's zone. */
export const AGENDA_HOURS_BEFORE = 24;

export interface AgendaFacts {
  stage: Stage;
  meetingAt: Date;
  /** The mentee's zone: due dates are days on the mentee's calendar. */
  zone: string;
  now: Date;
  /** Meetings logged so far; the coming one is number `meetingsLogged + 1`. */
  meetingsLogged: number;
  /** The last expectations check-in (nudge sent), else the agreement's date, else the pair's opening. */
  lastCheckinAt: Date;
  openItems: ReadonlyArray<{ number: number | null; text: string; dueOn: string | null; owner: 'mentor' | 'mentee' | 'both' | null }>;
  /** Plan steps not ticked yet, in plan order. */
  openSteps: ReadonlyArray<{ position: number; text: string }>;
  /** The meeting is the last one the pair set when wrapping up. */
  lastMeeting?: boolean;
}

export interface Agenda {
  meetingAt: Date;
  /** The coming meeting's number (1 for the first). */
  meetingNumber: number;
  items: Array<AgendaFacts['openItems'][number] & { overdue: boolean }>;
  steps: Array<{ position: number; text: string }>;
  topics: AgendaTopic[];
  checkIn: boolean;
  /** The pair's last meeting: its topics are the wrap-up's. */
  lastMeeting?: boolean;
  /** No date was set nor rhythm agreed: the meeting is the two-week default, and the agenda says so. */
  guessed?: boolean;
  /**
   * The pair's first meeting: getting to know each other, the goal and plan, the working agreement
   * (FIRST_MEETING_TOPICS), instead of the stage's rotating topics, which are left empty.
   */
  firstMeeting?: boolean;
}

/** What the first meeting is for, by catalog key (texts in `firstWeeks.firstMeetingTopics`). */
export const FIRST_MEETING_TOPICS = ['getToKnow', 'goalAndPlan', 'workingAgreement'] as const;
export type FirstMeetingTopic = (typeof FIRST_MEETING_TOPICS)[number];

/** What to talk about at the next meeting, from what is true now. Pure. */
export function buildAgenda(facts: AgendaFacts): Agenda {
  const meetingNumber = facts.meetingsLogged + 1;
  const today = DateTime.fromJSDate(facts.now, { zone: facts.zone }).toISODate() ?? '';
  const items = facts.openItems.map((item) => ({ ...item, overdue: item.dueOn !== null && item.dueOn < today }));
  // Overdue first, then by due date (undated last), then in the order they were agreed.
  const order = (item: (typeof items)[number]) => [item.overdue ? 0 : 1, item.dueOn ?? '9999-99-99'] as const;
  items.sort((a, b) => {
    const [ao, ad] = order(a);
    const [bo, bd] = order(b);
    return ao - bo || ad.localeCompare(bd);
  });
  const daysSinceCheckin = (facts.meetingAt.getTime() - facts.lastCheckinAt.getTime()) / 86_400_000;
  // The first meeting is for getting to know each other, not yet for the CV or company research.
  const first = meetingNumber === 1 && !facts.lastMeeting;
  return {
    meetingAt: facts.meetingAt,
    meetingNumber,
    items,
    steps: [...facts.openSteps],
    topics: facts.lastMeeting ? [...WRAP_UP_TOPICS] : first ? [] : agendaTopics(facts.stage, meetingNumber),
    // The last meeting reviews the expectations anyway; the first one sets them.
    checkIn: !facts.lastMeeting && !first && (meetingNumber % CHECKIN_EVERY_MEETINGS === 0 || daysSinceCheckin >= CHECKIN_AFTER_DAYS),
    ...(facts.lastMeeting ? { lastMeeting: true } : {}),
    ...(first ? { firstMeeting: true } : {}),
  };
}

/**
 * Two topics of the stage's list, rotating with the meeting number: meeting n starts where meeting
 * n-1 stopped, so two agendas in a row never propose the same pair of topics.
 */
export function agendaTopics(stage: Stage, meetingNumber: number): AgendaTopic[] {
  const pool = STAGE_TOPICS[stage === 'closed' ? 'evaluate' : stage];
  const start = ((meetingNumber - 1) * TOPICS_PER_AGENDA) % pool.length;
  return Array.from({ length: TOPICS_PER_AGENDA }, (_, i) => pool[(start + i) % pool.length]!);
}

/**
 * When the agenda of the meeting at `meetingAt` goes out: 24 hours before, moved to the next
 * working hour of the meeting's zone. That must stay before the meeting; when no working hour fits
 * between the two (a Monday 08:00 meeting), it goes out at the last working quarter-hour before the
 * meeting (the Friday afternoon). Planned so late that this too has passed, it goes out now, as
 * long as the meeting is still ahead. Undefined once the meeting has begun.
 */
export function agendaSendTime(meetingAt: Date, zone: string, now: Date): Date | undefined {
  const meeting = meetingAt.getTime();
  if (meeting <= now.getTime()) return undefined;
  const due = new Date(Math.max(meeting - AGENDA_HOURS_BEFORE * 3_600_000, now.getTime()));
  const preferred = nextWorkingTime(due, [zone]);
  if (preferred.getTime() < meeting) return preferred;
  const last = lastWorkingTimeBefore(meetingAt, zone, now);
  return last ?? now;
}

const QUARTER_MS = 15 * 60_000;

/** The last working quarter-hour that starts before `before` and not before `notBefore` (a week back at most). */
function lastWorkingTimeBefore(before: Date, zone: string, notBefore: Date): Date | undefined {
  const floor = Math.max(notBefore.getTime(), before.getTime() - 7 * 86_400_000);
  for (let at = Math.ceil(before.getTime() / QUARTER_MS) * QUARTER_MS - QUARTER_MS; at >= floor; at -= QUARTER_MS) {
    if (at < before.getTime() && isWorkingTime(new Date(at), zone)) return new Date(at);
  }
  return undefined;
}

/** One agenda per pair and meeting instant: planning again, or a tick running twice, finds the same key. */
export function agendaKey(pairId: number, meetingAt: Date): string {
  return `agenda:${pairId}:${meetingAt.toISOString()}`;
}

/** Stages in which a pair meets and gets an agenda before each meeting. */
export function hasAgenda(stage: Stage): boolean {
  return stage === 'engage' || stage === 'nurture' || stage === 'evaluate';
}

/** A pair still preparing gets the agenda of a meeting it set itself (its first), never of a guessed one. */
export function hasAgendaFor(stage: Stage, meetingSource: string): boolean {
  return hasAgenda(stage) || (stage === 'prepare' && meetingSource === 'log');
}

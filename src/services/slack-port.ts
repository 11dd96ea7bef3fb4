import type { ChecklistsState } from '../domain/engage/checklists.js';
import type { Locale } from '../domain/locale.js';
import type { Agenda } from '../domain/nurture/agenda.js';
import type { Agreement } from '../domain/engage/agreement.js';
import type { PlannedNudge } from '../domain/scheduling/nudge-plan.js';
import type { Attainment, NextStep, PairOutcome } from '../domain/evaluate/reflection.js';
import type { ChannelProblem } from '../domain/channel-problems.js';
import type { OpenStage, Stage } from '../domain/stages.js';
import type { HandleCandidate } from '../domain/programme/handle-match.js';
import type { PrepareMessage } from './prepare/prepare-posts.js';
import type { PulseUserMessage } from './pulse/pulse-messages.js';
import type { FirstWeeksMessage } from './nurture/first-weeks-messages.js';
import type { AdminMessage } from './programme/admin-messages.js';

/** What the services need to know about a Slack user. */
export interface SlackUser {
  id: string;
  /** Display name (falls back to the handle), used for channel names and topics. */
  name: string;
  isBot: boolean;
  isAdmin: boolean;
  deleted: boolean;
  tz: string;
  locale: Locale;
}

export interface PairRef {
  id: number;
  channelId: string;
  mentorId: string;
  menteeId: string;
  locale: Locale;
}

export interface LoggedMeeting {
  id: number;
  authorId: string;
  createdAt: Date;
  summary: string;
  achievements: string | null;
  nextMeetingOn: string | null;
  /** The next meeting as an instant, when a time was chosen. */
  nextMeetingAt?: Date | null;
  /** The mentee's calendar day: items due before it are shown as overdue. */
  today?: string;
  /** When the author last changed the log after posting it. */
  editedAt?: Date | null;
  /**
   * `number` is the item's number within the pair ("/mentor done 3"); `owner` who carries it.
   * With an `id`, an open item gets a "Done" button.
   */
  actionItems: Array<{
    id?: number;
    text: string;
    dueOn: string | null;
    number?: number | null;
    owner?: 'mentor' | 'mentee' | 'both' | null;
    status?: 'open' | 'done';
    doneBy?: string | null;
  }>;
}

export interface RelationshipSummary {
  openedAt: Date;
  /** When the summary was drawn (time together runs up to it). */
  closedAt: Date;
  meetings: number;
  actionItemsDone: number;
  actionItemsTotal: number;
  /** The plan's steps ticked done, as stored; absent without a goal. */
  plan?: { stepsDone: number; stepsTotal: number } | null;
  /** Each member's reflection in their own words (null: none written). */
  members?: Array<{ userId: string; reflection: SummaryReflection | null }>;
  /** Average attainment over goal and steps, both members (met = 1, partly = 0.5, not yet = 0). */
  attainment?: number | null;
}

export interface SummaryReflection {
  goal: Attainment | null;
  stepsMet: number;
  stepsTotal: number;
  expectations: Attainment;
  highlight: string;
  thanks: string | null;
  next: NextStep;
}

/** Messages the bot posts in a pair's channel; the Slack adapter renders them from the catalog. */
export type PairMessage =
  /** The preparation stage's posts: prepare progress, goal and plan, inventories, the suggestion to meet. */
  | PrepareMessage
  /** Issue 16: a meeting set, an activity added to the plan. */
  | FirstWeeksMessage
  | { kind: 'welcome' }
  | { kind: 'stage'; stage: OpenStage; changedBy: string | null; from: Stage | null }
  | { kind: 'meetingLog'; log: LoggedMeeting }
  /** What stays of a deleted meeting log's record. */
  | { kind: 'meetingLogDeleted'; deletedBy: string }
  /** The celebration summary; with the decision buttons until someone decides. */
  | { kind: 'summary'; summary: RelationshipSummary; closedBy?: string; decided?: { outcome: PairOutcome; by: string } }
  /** The wrap-up's channel lines. */
  | { kind: 'lastMeetingSet'; userId: string; at: Date }
  | { kind: 'reflectionShared'; userId: string }
  | { kind: 'reflectionReminder'; userId: string; missingIds: string[] }
  | { kind: 'continued'; userId: string; endOn: string }
  | { kind: 'closedLine'; userId: string; outcome: PairOutcome }
  /** A reminder with its answer buttons; `params` fill the reminder's text. */
  | { kind: 'nudge'; nudge: PlannedNudge; jobId: number; params: Record<string, string | number> }
  /** The mentoring agreement, pinned; edits update the same post. */
  | { kind: 'agreement'; agreement: Agreement; updatedBy: string }
  /** A short line in the channel: someone paused, resumed or answered. */
  | { kind: 'notice'; notice: 'paused' | 'resumed' | 'keptGoing'; userId: string }
  /** Icebreakers by catalog index, with "more" while `remaining` unseen ones are left. */
  | { kind: 'icebreakers'; questions: number[]; remaining: number }
  /** The working-agreement and discussion-topic checklists, as stored. */
  | { kind: 'checklists'; state: ChecklistsState }
  /** Made once: the working agreement is complete and a meeting is logged. */
  | { kind: 'suggestNurture' }
  /** What to talk about at the next meeting, built from the pair's facts when it is sent. */
  | { kind: 'agenda'; agenda: Agenda };

/** Direct messages to one person, in their own language. */
export type UserMessage =
  | { kind: 'noResponseAdmins'; channelId: string }
  /** A pair's channel is out of reach and its reminders stopped. */
  | { kind: 'deliveryProblemAdmins'; channelId: string; problem: ChannelProblem }
  /** How the pair is doing: private questions, the mentor's tips, the admins' alert. */
  | PulseUserMessage;

/** Raised by the adapter when Slack answers a call with an error (`name_taken`, `is_archived`…). */
export class SlackCallError extends Error {
  constructor(
    readonly method: string,
    readonly slackError: string,
    /** Seconds Slack asked us to wait (HTTP 429 Retry-After). */
    readonly retryAfterSeconds?: number,
    /** The channel (or user, for a direct message) the failing call addressed, when it addressed one. */
    readonly channel?: string,
    /** The edge's reading of the code: no retry can succeed, and whether it says the channel is out of reach. */
    readonly verdict: { permanent: boolean; channelProblem: ChannelProblem | null } = { permanent: false, channelProblem: null },
  ) {
    super(`${method} failed: ${slackError}`);
    this.name = 'SlackCallError';
  }
}

/** Where a direct message landed: the conversation and the message's ts. */
export interface DirectPost {
  channelId: string;
  ts: string;
}

/**
 * What a direct message about a pair carries in Slack's message metadata (an admin's fit alert), so
 * that it is found again when its ts never reached us: the pair, and the member whose answer it tells.
 */
export interface PairMark {
  pairId: number;
  memberId?: string;
}

/** A file the bot shares in a channel: a text document (an export). */
export interface UploadedFile {
  filename: string;
  title: string;
  /** Text (UTF-8) or bytes (a PNG chart). */
  content: string | Uint8Array;
  /** Posted with the file in the channel. */
  initialComment?: string;
}

/**
 * A file someone uploaded in a form, read back through files.info and its private download address:
 * its bytes, or `too_large` (Slack's stated size, or the bytes as they came) without reading further.
 */
export type DownloadedFile =
  | { kind: 'file'; name: string; filetype: string; bytes: Uint8Array }
  | { kind: 'too_large'; name: string; size: number };

/** The port through which services reach Slack; implemented in src/slack/platform/slack-gateway.ts. */
export interface SlackPort {
  /**
   * Undefined when Slack does not know the user. Answers may come from a short cache; `fresh` asks
   * Slack itself (an admin check must not outlive a demotion); `bulk` paces the call within Slack's
   * tier and waits out a 429 (a "pair many" list looks up many people in a row).
   */
  lookupUser(userId: string, options?: { fresh?: boolean; bulk?: boolean }): Promise<SlackUser | undefined>;
  createPrivateChannel(name: string): Promise<{ id: string; name: string }>;
  invite(channelId: string, userIds: string[]): Promise<void>;
  setPairTopic(channelId: string, names: { mentor: string; mentee: string }, locale: Locale): Promise<void>;
  postToPair(pair: PairRef, message: PairMessage): Promise<string>;
  /** Replaces a message the bot posted in the pair's channel (`ts`) with a fresh rendering. */
  updatePairMessage(pair: PairRef, ts: string, message: PairMessage): Promise<void>;
  pin(channelId: string, ts: string): Promise<void>;
  archive(channelId: string): Promise<void>;
  /** `locale` when the caller knows it already (the scheduler keeps it): no users.info first. Where it landed. */
  notifyUser(userId: string, message: UserMessage, locale?: Locale): Promise<DirectPost>;
  /**
   * Posts into the bot's direct messages with a user once: no retry by the client, so
   * an answer lost on the way back fails the call instead of posting a second copy; `mark` goes along
   * as the message's metadata. Where it landed.
   */
  notifyUserOnce(userId: string, message: UserMessage, locale: Locale, mark: PairMark): Promise<DirectPost>;
  /** The bot's messages in a direct-message conversation whose metadata names the pair (and the member, when the mark has one). */
  findMarkedDirect(channelId: string, mark: PairMark): Promise<DirectPost[]>;
  /** Deletes a direct message the bot posted; 'gone' when Slack no longer has it. */
  deleteDirect(where: DirectPost): Promise<'deleted' | 'gone'>;
  /** The bot's direct-message conversation with a user (opened if need be); its channel id. */
  openDirectMessage(userId: string): Promise<string>;
  /**
   * Uploads a file and shares it in a channel (Slack's external upload flow). `remember` is called
   * with the file's id as soon as Slack hands it out, before the bytes are sent: a file whose id
   * could not be kept is never shared. Resolves to the file id.
   */
  uploadFile(channelId: string, file: UploadedFile, remember?: (fileId: string) => Promise<void>): Promise<string>;
  /** Deletes a file the bot uploaded; 'gone' when Slack no longer has it (deleted already, or never completed). */
  deleteFile(fileId: string): Promise<'deleted' | 'gone'>;

  // Running a programme (issue 17).
  /** users.lookupByEmail, paced within its tier, a 429 waited out; undefined when nobody in the workspace has that address. */
  lookupUserByEmail(email: string): Promise<SlackUser | undefined>;
  /**
   * Everyone whose Slack username (`name`) or display name is one of the handles asked (lower case),
   * by handle (users.list, paged): several people may answer to one display name.
   */
  findUsersByHandle(handles: readonly string[]): Promise<Map<string, HandleCandidate[]>>;
  /** The members of the user group with this handle (usergroups.users.list); undefined when there is no such group. */
  userGroupMembers(handle: string, options?: { fresh?: boolean }): Promise<readonly string[] | undefined>;
  /** Posts a programme message (to an admin, or an admin's note to a member) in the bot's direct messages; where it landed, to update it in place. */
  postDirect(userId: string, message: AdminMessage, locale: Locale): Promise<{ channelId: string; ts: string }>;
  updateDirect(where: { channelId: string; ts: string }, message: AdminMessage, locale: Locale): Promise<void>;
  /**
   * A file uploaded in a form (a "pair many" CSV): files.info, then its `url_private_download` with the
   * bot token, reading at most `maxBytes`. A SlackCallError when Slack refuses (`missing_scope`,
   * `file_not_found`) or the download fails (`files.download`: `http_<status>`, `not_a_file`, `timeout`).
   */
  downloadFile(fileId: string, maxBytes: number): Promise<DownloadedFile>;
}

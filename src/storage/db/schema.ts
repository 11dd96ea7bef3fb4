import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../../domain/locale.js';
import type { PairOutcome } from '../../domain/evaluate/reflection.js';

export type { PairOutcome };
import type { Stage } from '../../domain/stages.js';
import type { JobState } from '../../domain/scheduling/job.js';
import type { ProgrammeTables } from './programme-schema.js';
import type { ReflectionTable, WrapUpTable } from './evaluate-schema.js';
import type { FitCheckTable, PulseCheckinTable, SessionRatingTable } from './pulse-schema.js';
import type { ErasureTable, PairDirectMessageTable, PairSentOnceTable, SlackDeliveryTable, UploadedFileTable } from './delivery-schema.js';

export type { ReflectionTable, StepReflection, WrapUpTable } from './evaluate-schema.js';
export type { FitCheckTable, PulseCheckinTable, SessionRatingTable } from './pulse-schema.js';
export type { ErasureTable, PairDirectMessageTable, PairSentOnceTable, SlackDeliveryTable, UploadedFileTable } from './delivery-schema.js';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface PairTable {
  id: Generated<number>;
  team_id: string;
  mentor_id: string;
  mentee_id: string;
  stage: ColumnType<Stage, Stage | undefined, Stage>;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  channel_id: string | null;
  channel_name: string | null;
  created_by: string;
  created_at: CreatedAt;
  closed_at: Date | null;
  paused_at: Date | null;
  paused_by: string | null;
  cadence_days: ColumnType<number, number | undefined, number>;
  last_activity_at: ColumnType<Date, Date | undefined, Date>;
  /** The latest wrap-up decision, who took it and when (null until a pair first decides). */
  outcome: ColumnType<PairOutcome | null, PairOutcome | null | undefined, PairOutcome | null>;
  outcome_by: ColumnType<string | null, string | null | undefined, string | null>;
  outcome_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Slack's error when a scheduled post could not reach the channel, and when; null while posts go through. */
  delivery_problem: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_problem_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface StageChangeTable {
  id: Generated<number>;
  pair_id: number;
  from_stage: Stage | null;
  to_stage: Stage;
  changed_by: string;
  changed_at: CreatedAt;
}

export interface MeetingLogTable {
  id: Generated<number>;
  pair_id: number;
  author_id: string;
  created_at: CreatedAt;
  summary: string;
  achievements: string | null;
  next_steps: string | null;
  /** ISO date (yyyy-mm-dd); read back as text so both drivers agree. */
  next_meeting_on: ColumnType<string | null, string | null | undefined, string | null>;
  source: 'command' | 'form';
  message_ts: string | null;
  /** ISO date (yyyy-mm-dd). */
  met_on: ColumnType<string | null, string | null | undefined, string | null>;
  next_meeting_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  private_note: ColumnType<string | null, string | null | undefined, string | null>;
  edited_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  deleted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ActionItemTable {
  id: Generated<number>;
  pair_id: number;
  log_id: number | null;
  text: string;
  status: ColumnType<'open' | 'done', 'open' | 'done' | undefined, 'open' | 'done'>;
  created_by: string;
  created_at: CreatedAt;
  done_by: string | null;
  done_at: Date | null;
  /** ISO date (yyyy-mm-dd). */
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  owner: ColumnType<'mentor' | 'mentee' | 'both' | null, 'mentor' | 'mentee' | 'both' | null | undefined, 'mentor' | 'mentee' | 'both' | null>;
  number: ColumnType<number | null, number | null | undefined, number | null>;
}


export interface JobTable {
  id: Generated<number>;
  kind: string;
  pair_id: number | null;
  dedupe_key: string;
  run_at: Date;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  lease_expires_at: Date | null;
  not_before: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_error: string | null;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
  finished_at: Date | null;
  /** Bumped by every claim; only the current claim's token may record the job's outcome. */
  claim_token: ColumnType<number, number | undefined, number>;
}

export interface SlackMemberTable {
  team_id: string;
  user_id: string;
  tz: string;
  locale: Locale;
  display_name: string;
  is_admin: boolean;
  deleted: ColumnType<boolean, boolean | undefined, boolean>;
  refreshed_at: Date;
}

export interface WorkspaceEventTable {
  id: Generated<number>;
  event_id: string;
  team_id: string;
  event_type: string;
  received_at: CreatedAt;
  /** Set when the workspace was heard from again (a signed request, auth.test): the revocation no longer counts. */
  cleared_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** The mentee's goal (one per pair); its steps live in goal_steps. */
export interface GoalPlanTable {
  pair_id: number;
  goal: string;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  message_ts: string | null;
  /** Issue 16: how the pair will know the goal is reached (sealed), and an optional target day. */
  success_criterion: ColumnType<string | null, string | null | undefined, string | null>;
  target_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface GoalStepTable {
  id: Generated<number>;
  pair_id: number;
  position: number;
  text: string;
  done_by: string | null;
  done_at: Date | null;
  owner: ColumnType<'mentor' | 'mentee' | 'both' | null, 'mentor' | 'mentee' | 'both' | null | undefined, 'mentor' | 'mentee' | 'both' | null>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A meeting set without a log (issue 16). */
export interface SetMeetingTable {
  pair_id: number;
  meeting_at: Date;
  set_by: string;
  set_at: Date;
}

/** The calendar event of a pair's next meeting: its UID stays, its SEQUENCE rises when it moves. */
export interface CalendarEventTable {
  pair_id: number;
  uid: string;
  sequence: number;
  meeting_at: Date;
  updated_at: Date;
}

export interface SelfInventoryTable {
  pair_id: number;
  user_id: string;
  strengths: string;
  development_areas: string;
  short_term_goals: string | null;
  long_term_goals: string | null;
  expectations: string;
  contribution: string | null;
  rapport: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  message_ts: string | null;
}

export interface PrepStateTable {
  pair_id: number;
  prepare_ts: string;
}

/** Icebreakers a pair has been shown, by catalog index. */
export interface IcebreakerShownTable {
  pair_id: number;
  question_index: number;
  shown_at: Date;
}

/** Current state of one checklist item of a pair (the last tick or untick wins). */
export interface ChecklistTickTable {
  pair_id: number;
  list: 'agreement' | 'topics';
  item_index: number;
  ticked: boolean;
  ticked_by: string;
  ticked_at: Date;
}

/** Suggestions made at most once per pair, e.g. 'nurture'. */
export interface PairSuggestionTable {
  pair_id: number;
  kind: string;
  suggested_at: Date;
}

export interface AgreementTable {
  pair_id: number;
  priorities: string;
  focus_areas: string;
  success_measures: string;
  frequency: 'weekly' | 'biweekly' | 'monthly';
  meeting_minutes: number;
  starts_on: string;
  ends_on: string;
  preferred_day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | null;
  preferred_time: string | null;
  agreed_at: Date;
  updated_by: string;
  updated_at: Date;
  message_ts: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface Database extends ProgrammeTables {
  wrap_ups: WrapUpTable;
  reflections: ReflectionTable;
  agreements: AgreementTable;
  pairs: PairTable;
  stage_changes: StageChangeTable;
  meeting_logs: MeetingLogTable;
  action_items: ActionItemTable;
  workspace_events: WorkspaceEventTable;
  jobs: JobTable;
  icebreakers_shown: IcebreakerShownTable;
  checklist_ticks: ChecklistTickTable;
  pair_suggestions: PairSuggestionTable;
  goal_plans: GoalPlanTable;
  goal_steps: GoalStepTable;
  self_inventories: SelfInventoryTable;
  prep_states: PrepStateTable;
  slack_deliveries: SlackDeliveryTable;
  erasures: ErasureTable;
  slack_members: SlackMemberTable;
  uploaded_files: UploadedFileTable;
  pair_direct_messages: PairDirectMessageTable;
  pair_sent_once: PairSentOnceTable;
  fit_checks: FitCheckTable;
  session_ratings: SessionRatingTable;
  pulse_checkins: PulseCheckinTable;
  set_meetings: SetMeetingTable;
  calendar_events: CalendarEventTable;
}

export type PairRow = Selectable<PairTable>;
export type NewPair = Insertable<PairTable>;
export type MeetingLogRow = Selectable<MeetingLogTable>;
export type ActionItemRow = Selectable<ActionItemTable>;
export type JobRow = Selectable<JobTable>;
export type AgreementRow = Selectable<AgreementTable>;
export type GoalStepRow = Selectable<GoalStepTable>;
export type SelfInventoryRow = Selectable<SelfInventoryTable>;
export type WrapUpRow = Selectable<WrapUpTable>;
export type ReflectionRow = Selectable<ReflectionTable>;

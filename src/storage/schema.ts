import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../domain/locale.js';
import type { Stage } from '../domain/stages.js';

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
}

export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

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
}

export interface WorkspaceEventTable {
  id: Generated<number>;
  event_id: string;
  team_id: string;
  event_type: string;
  received_at: CreatedAt;
}

export interface Database {
  pairs: PairTable;
  stage_changes: StageChangeTable;
  meeting_logs: MeetingLogTable;
  action_items: ActionItemTable;
  workspace_events: WorkspaceEventTable;
  jobs: JobTable;
}

export type PairRow = Selectable<PairTable>;
export type NewPair = Insertable<PairTable>;
export type MeetingLogRow = Selectable<MeetingLogTable>;
export type ActionItemRow = Selectable<ActionItemTable>;
export type JobRow = Selectable<JobTable>;

import type { ColumnType, Generated } from 'kysely';

/** Tables of migration 0019 (cohorts, "pair many"); mapped to domain types in src/storage/programme/. */

type CreatedAt = ColumnType<Date, Date | undefined, never>;
/** ISO date (yyyy-mm-dd), read back as text so both drivers agree. */
type IsoDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface CohortTable {
  id: Generated<number>;
  team_id: string;
  name: string;
  name_key: string;
  starts_on: IsoDate;
  ends_on: IsoDate;
  created_by: string;
  created_at: CreatedAt;
}

export interface PairCohortTable {
  pair_id: number;
  cohort_id: number;
  added_by: string;
  added_at: ColumnType<Date, Date | undefined, Date>;
}

export type BulkPairingState = 'preview' | 'running' | 'done' | 'cancelled';

export interface BulkPairingTable {
  id: Generated<number>;
  team_id: string;
  created_by: string;
  created_at: CreatedAt;
  state: ColumnType<BulkPairingState, BulkPairingState | undefined, BulkPairingState>;
  confirmed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  progress_channel: ColumnType<string | null, string | null | undefined, string | null>;
  progress_ts: ColumnType<string | null, string | null | undefined, string | null>;
}

export type BulkRowState = 'ready' | 'invalid' | 'opened' | 'failed';

export interface BulkPairingRowTable {
  id: Generated<number>;
  bulk_id: number;
  line_no: number;
  mentor_id: string | null;
  mentee_id: string | null;
  cohort_name: string | null;
  state: BulkRowState;
  problem: string | null;
  pair_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ProgrammeTables {
  cohorts: CohortTable;
  pair_cohorts: PairCohortTable;
  bulk_pairings: BulkPairingTable;
  bulk_pairing_rows: BulkPairingRowTable;
}

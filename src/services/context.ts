import type { Db } from '../storage/db/database.js';
import type { SlackPort } from './slack-port.js';

export interface ServiceContext {
  db: Db;
  slack: SlackPort;
  /** Programme admins from ADMIN_USER_IDS; empty means workspace admins and owners. */
  adminUserIds: readonly string[];
  /** ADMIN_USERGROUP: a user group handle whose members are programme admins too. */
  adminUserGroup?: string;
  defaultTimezone: string;
  /** KEEP_CHANNELS_OPEN: closing a pair leaves its channel open. */
  keepChannelsOpen?: boolean;
  /** PULSE_CHECKS: the private questions and mentor tips are planned and sent only when true. */
  pulse?: boolean;
  /** RETENTION_DAYS: the scheduler erases a closed pair that many days after it closed; undefined: kept. */
  retentionDays?: number;
  /** DEFAULT_HORIZON_MONTHS: without an end date, "evaluate is coming" this many months after opening (default 6). */
  defaultHorizonMonths?: number;
  clock: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

import type { Db } from '../storage/database.js';
import type { SlackPort } from './slack-port.js';

export interface ServiceContext {
  db: Db;
  slack: SlackPort;
  /** Programme admins from ADMIN_USER_IDS; empty means workspace admins and owners. */
  adminUserIds: readonly string[];
  defaultTimezone: string;
  clock: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

import type { RowProblem } from '../../domain/programme/pair-list.js';

/** One line of a "pair many" list as the admin sees it: who, which cohort, and what happens to it. */
export interface ShownBulkLine {
  lineNo: number;
  mentorId: string | null;
  menteeId: string | null;
  cohort: string | null;
  /** 'ready': will open (or waits its turn); 'opened'; a problem code otherwise. */
  status: 'ready' | 'opened' | RowProblem | 'failed';
}

export interface BulkOverview {
  bulkId: number;
  state: 'preview' | 'running' | 'done' | 'cancelled';
  lines: ShownBulkLine[];
  counts: { ready: number; opened: number; invalid: number; failed: number };
}

/** Direct messages about running the programme (to an admin, or an admin's note to a member); rendered by the Slack adapter. */
export type AdminMessage =
  /** A "pair many" list: its preview with Open / Cancel, then its progress, updated in place. */
  | { kind: 'bulkPairing'; overview: BulkOverview }
  /** Sent at once when a list arrives, replaced by its preview: looking people up may take minutes at Slack's pace. */
  | { kind: 'bulkChecking'; people: number }
  /** What a "checking…" message becomes when the check could not finish (a restart, Slack not answering). */
  | { kind: 'bulkCheckStopped' }
  /** The report's files follow this line. */
  | { kind: 'reportReady'; cohort: string | null; pairs: number }
  /** An admin's note to one member of a pair, from "Message the pair": shown as they typed it, with their name. */
  | { kind: 'fromProgrammeTeam'; adminId: string; text: string };

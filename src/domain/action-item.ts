import { DateTime } from 'luxon';
import { CoachError } from './errors.js';

export interface ActionItemDraft {
  text: string;
  /** yyyy-mm-dd, from a trailing "by 2026-12-05". */
  dueOn: string | null;
}

const DUE_SUFFIX = /\s+by\s+(\S+)\s*$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "send the CV to Ana by 2026-12-05" → the item and its due date. A "by …" that is not a real
 * date is refused rather than silently kept as text, so nobody believes a reminder is set.
 */
export function parseActionItem(line: string): ActionItemDraft {
  const match = DUE_SUFFIX.exec(line);
  const candidate = match?.[1];
  if (!match || candidate === undefined || !/^\d/.test(candidate)) return { text: line.trim(), dueOn: null };
  if (!ISO_DATE.test(candidate) || !DateTime.fromISO(candidate).isValid) throw new CoachError('date_invalid');
  return { text: line.slice(0, match.index).trim(), dueOn: candidate };
}

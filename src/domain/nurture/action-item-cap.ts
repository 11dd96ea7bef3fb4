import { CoachError } from '../errors.js';

/**
 * The most action items one meeting log may hold. Its record shows one section per item, and a
 * Slack message holds at most 50 blocks: twenty leaves room for the summary and the rest.
 */
export const MAX_ACTION_ITEMS_PER_LOG = 20;

/** True when a log's items fit; the form shows a field error, the command throws (below). */
export function actionItemsFit(count: number): boolean {
  return count <= MAX_ACTION_ITEMS_PER_LOG;
}

/** Refuses a log with too many items before anything is written, naming the limit. */
export function assertActionItemsFit(count: number): void {
  if (!actionItemsFit(count)) throw new CoachError('log_too_many_items', { max: MAX_ACTION_ITEMS_PER_LOG, count });
}

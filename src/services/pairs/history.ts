import { HISTORY_PAGE_SIZE, pageWindow } from '../../domain/pairs/history.js';
import { listItemsOfLogs, listLogsNewestFirst, type LogRecord } from '../../storage/pairs/history.repository.js';
import type { ChannelRequest } from './pair-access.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from './pair-access.js';

export interface HistoryItem {
  number: number | null;
  text: string;
  owner: 'mentor' | 'mentee' | 'both' | null;
  dueOn: string | null;
  done: boolean;
}

export type HistoryLog = LogRecord & { items: HistoryItem[] };

export interface HistoryPage {
  page: number;
  logs: HistoryLog[];
  /** A page after this one exists (older logs). */
  hasOlder: boolean;
  /** A page before this one exists (newer logs). */
  hasNewer: boolean;
  /** The pair has no log at all. */
  empty: boolean;
}

/**
 * `/mentor history [page]`: one page of the pair's logs, newest first, with their action items.
 * Only the pair's two members get here; anyone else is refused before anything is read.
 */
export async function meetingHistory(ctx: ServiceContext, request: ChannelRequest, page: number): Promise<HistoryPage> {
  const pair = await resolveMemberPair(ctx, request, { allowClosed: true });
  const window = pageWindow(page);
  const rows = await listLogsNewestFirst(ctx.db, pair.id, request.userId, window);
  const logs = rows.slice(0, HISTORY_PAGE_SIZE);
  const items = await listItemsOfLogs(
    ctx.db,
    pair.id,
    logs.map((log) => log.id),
  );
  let empty = false;
  if (logs.length === 0 && page > 1) {
    const first = await listLogsNewestFirst(ctx.db, pair.id, request.userId, { offset: 0, limit: 1 });
    empty = first.length === 0;
  } else if (logs.length === 0) {
    empty = true;
  }
  return {
    page,
    logs: logs.map((log) => ({
      ...log,
      items: items
        .filter((item) => item.logId === log.id)
        .map((item) => ({ number: item.number, text: item.text, owner: item.owner, dueOn: item.dueOn, done: item.status === 'done' })),
    })),
    hasOlder: rows.length > HISTORY_PAGE_SIZE,
    hasNewer: page > 1 && logs.length > 0,
    empty,
  };
}

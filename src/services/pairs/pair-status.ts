import type { PrepareProgress } from '../../domain/prepare/prep-checklist.js';
import type { Stage } from '../../domain/stages.js';
import { countActionItems, listOpenActionItems } from '../../storage/nurture/action-item.repository.js';
import { meetingLogStats } from '../../storage/nurture/meeting-log.repository.js';
import type { ChannelRequest } from './pair-access.js';
import { type ShownMeeting, shownNextMeeting } from '../nurture/agenda.js';
import type { ServiceContext } from '../context.js';
import { resolveMemberPair } from './pair-access.js';
import { loadPrepareProgress } from '../prepare/prep-progress.js';

export const LISTED_OPEN_ITEMS = 5;

export interface PairStatus {
  stage: Stage;
  openedAt: Date;
  meetings: number;
  lastMeetingAt: Date | null;
  /** The meeting the next agenda is for: a set date, the agreed rhythm, or the two-week guess. */
  nextMeeting: ShownMeeting | null;
  openItems: number;
  doneItems: number;
  /** The oldest open items, at most LISTED_OPEN_ITEMS. */
  listedOpenItems: string[];
  /** The preparation checklist: goal, plan and both self-inventories. */
  prep: PrepareProgress;
}

export async function pairStatus(ctx: ServiceContext, request: ChannelRequest): Promise<PairStatus> {
  const pair = await resolveMemberPair(ctx, request, { allowClosed: true });
  const [logs, counts, open, prep, nextMeeting] = await Promise.all([
    meetingLogStats(ctx.db, pair.id),
    countActionItems(ctx.db, pair.id),
    listOpenActionItems(ctx.db, pair.id, LISTED_OPEN_ITEMS),
    loadPrepareProgress(ctx, pair),
    shownNextMeeting(ctx, pair, ctx.clock()),
  ]);
  return {
    stage: pair.stage,
    openedAt: pair.created_at,
    meetings: logs.count,
    lastMeetingAt: logs.lastAt,
    nextMeeting,
    openItems: counts.open,
    doneItems: counts.done,
    listedOpenItems: open.map((item) => (item.number ? `#${item.number} ${item.text}` : item.text)),
    prep,
  };
}

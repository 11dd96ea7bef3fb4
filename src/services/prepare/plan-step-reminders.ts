import { findStepAt } from '../../storage/prepare/plan-step.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * What a plan step's reminder shows, read fresh: its text (as `item`, so the reminder shows it as
 * an action item's) and whoever carries it, called by name so they see it first.
 */
export async function stepParams(
  ctx: ServiceContext,
  pair: { id: number; mentorId: string; menteeId: string },
  position: number,
): Promise<Record<string, string>> {
  const step = await findStepAt(ctx.db, pair.id, position);
  if (!step) return { item: '' };
  const owners = { mentor: [pair.mentorId], mentee: [pair.menteeId], both: [pair.mentorId, pair.menteeId] };
  return {
    item: step.text,
    ...(step.owner === null ? {} : { owners: owners[step.owner].map((id) => `<@${id}>`).join(' ') }),
  };
}

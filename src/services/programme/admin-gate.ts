import { CoachError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin } from '../pairs/pair-access.js';

/** Before a programme form opens: only a programme admin (asked of Slack afresh) gets it. */
export async function requireProgrammeAdmin(ctx: ServiceContext, userId: string): Promise<void> {
  if (!(await isProgrammeAdmin(ctx, userId, { fresh: true }))) throw new CoachError('not_admin');
}

import { cancelWorkspaceJobs, recordWorkspaceEvent } from '../storage/workspace.repository.js';
import type { ServiceContext } from './context.js';

/** app_uninstalled / tokens_revoked: remembered so that nothing more is sent to that workspace. */
export async function noteWorkspaceRevoked(
  ctx: ServiceContext,
  event: { eventId: string; teamId: string; type: string },
): Promise<void> {
  if (!(await recordWorkspaceEvent(ctx.db, event))) return;
  // Pending reminders would only fail against a dead token; the planner and the worker also skip the workspace from now on.
  const cancelled = await cancelWorkspaceJobs(ctx.db, event.teamId, ctx.clock());
  ctx.log('workspace access revoked', { teamId: event.teamId, type: event.type, cancelled });
}

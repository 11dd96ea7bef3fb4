import { clearWorkspaceRevocation, cancelWorkspaceJobs, listOpenPairIdsOfTeam, recordWorkspaceEvent } from '../../storage/admin/workspace.repository.js';
import type { ServiceContext } from '../context.js';
import { replanQuietly } from '../scheduling/nudges.js';

// Workspaces heard from lately, so that most requests cost no query: a revocation noted by this
// process forgets its workspace at once; one noted by another replica counts after at most a minute.
const ACTIVE_TTL_MS = 60_000;
const activeSince = new Map<string, number>();

/** app_uninstalled / tokens_revoked: remembered so that nothing more is sent to that workspace. */
export async function noteWorkspaceRevoked(
  ctx: ServiceContext,
  event: { eventId: string; teamId: string; type: string },
): Promise<void> {
  activeSince.delete(event.teamId);
  if (!(await recordWorkspaceEvent(ctx.db, event))) return;
  // Pending reminders would only fail against a dead token; the planner and the worker also skip the workspace from now on.
  const cancelled = await cancelWorkspaceJobs(ctx.db, event.teamId, ctx.clock());
  ctx.log('workspace access revoked', { teamId: event.teamId, type: event.type, cancelled });
}

/**
 * A signed request or a successful auth.test from the workspace: it has the app again. A revocation
 * noted earlier is cleared and its open pairs are planned afresh. True when there was one to clear.
 */
export async function noteWorkspaceActive(ctx: ServiceContext, teamId: string): Promise<boolean> {
  const seen = activeSince.get(teamId);
  if (seen !== undefined && Date.now() - seen < ACTIVE_TTL_MS) return false;
  if (activeSince.size > 10_000) activeSince.clear();
  activeSince.set(teamId, Date.now());
  if (!(await clearWorkspaceRevocation(ctx.db, teamId, ctx.clock()))) return false;
  const pairIds = await listOpenPairIdsOfTeam(ctx.db, teamId);
  for (const pairId of pairIds) await replanQuietly(ctx, pairId);
  ctx.log('workspace access back, scheduling resumed', { teamId, pairs: pairIds.length });
  return true;
}

/** The same, never failing the request it rides on. */
export function noteWorkspaceActiveQuietly(ctx: ServiceContext, teamId: string): Promise<void> {
  return noteWorkspaceActive(ctx, teamId).then(
    () => undefined,
    (error: unknown) => {
      activeSince.delete(teamId);
      ctx.log('could not resume a workspace', { teamId, error: error instanceof Error ? error.message : String(error) });
    },
  );
}

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { noteWorkspaceActiveQuietly } from '../../services/admin/workspace.js';

const REVOCATIONS = new Set(['app_uninstalled', 'tokens_revoked']);

interface Delivery {
  team_id?: unknown;
  team?: { id?: unknown } | null;
  user?: { team_id?: unknown };
  event?: { type?: unknown };
}

/** The workspace a request comes from, whatever its kind (command, interaction, event). */
export function teamOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const delivery = body as Delivery;
  const team = delivery.team_id ?? delivery.team?.id ?? delivery.user?.team_id;
  return typeof team === 'string' && /^T[A-Z0-9]{2,}$/.test(team) ? team : undefined;
}

/**
 * Global middleware: a signed request from a workspace that had removed the app means it has the
 * app again, so its scheduling resumes (see noteWorkspaceActive). Done beside the request, never
 * in its way; the revocation events themselves do not count.
 */
export function workspaceActive(ctx: ServiceContext): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Delivery;
    const team = teamOf(body);
    if (team !== undefined && !(typeof body.event?.type === 'string' && REVOCATIONS.has(body.event.type))) {
      void noteWorkspaceActiveQuietly(ctx, team);
    }
    await args.next();
  };
}

import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { noteWorkspaceRevoked } from '../../services/admin/workspace.js';

export function registerWorkspaceEvents(app: App, ctx: ServiceContext): void {
  for (const type of ['app_uninstalled', 'tokens_revoked'] as const) {
    app.event(type, async ({ body }) => {
      await noteWorkspaceRevoked(ctx, { eventId: body.event_id, teamId: body.team_id, type });
    });
  }
}

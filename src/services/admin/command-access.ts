import type { CommandAudience } from '../../domain/pairs/mentor-command.js';
import { CoachError } from '../../domain/errors.js';
import type { ChannelRequest } from '../pairs/pair-access.js';
import type { ServiceContext } from '../context.js';
import { isProgrammeAdmin, resolveMemberPair } from '../pairs/pair-access.js';

/**
 * The gate before a command's words are read: a programme admin for admin commands, one of the
 * pair's two members (in its channel) for the pair's own. Each service checks again when it acts;
 * whether a closed pair may still be read is its call.
 */
export async function requireCommandAccess(ctx: ServiceContext, request: ChannelRequest, audience: CommandAudience): Promise<void> {
  // Fresh, as the admin services' own check: a demotion in Slack counts at once, never after the cache.
  if (audience === 'admin' && !(await isProgrammeAdmin(ctx, request.userId, { fresh: true }))) throw new CoachError('not_admin');
  if (audience === 'member') await resolveMemberPair(ctx, request, { allowClosed: true });
}

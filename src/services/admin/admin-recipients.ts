import type { ServiceContext } from '../context.js';
import { adminGroupMembers, isProgrammeAdmin } from '../pairs/pair-access.js';

/** What the rule needs of a pair: its two members, and who opened it. */
export interface NoticePair {
  mentorId: string;
  menteeId: string;
  createdBy: string;
}

/**
 * Who hears about a pair (a "not a good fit" alert, a pair not answering, posts not reaching its
 * channel): the programme admins as pair-access defines them, minus the pair's own two members, who
 * must never read what is said of their pair behind them. That is ADMIN_USER_IDS and the members of
 * ADMIN_USERGROUP; when ADMIN_USER_IDS is unset, Slack's workspace admins too, but Slack has no cheap
 * bounded way to list them (only users.list read whole), so the admin who opened the pair stands in
 * for them. Chosen when the event's job runs (admin-notices.ts), never when the event happens; each is checked again, fresh, when the message is sent (`mayHearAboutPair`).
 */
export async function pairAdminRecipients(ctx: ServiceContext, pair: NoticePair): Promise<string[]> {
  const named = ctx.adminUserIds.length > 0 ? ctx.adminUserIds : [pair.createdBy];
  // Read when the event's job runs: a group Slack cannot read now fails the job, which is retried.
  const admins = new Set([...named, ...(await adminGroupMembers(ctx, ctx.adminUserGroup, { errors: 'throw' }))]);
  return [...admins].filter((admin) => admin !== pair.mentorId && admin !== pair.menteeId);
}

/**
 * At send time: still a programme admin (read from Slack, so a removal or demotion counts at once), and
 * not one of the pair's members. A group Slack cannot read right now throws: the job is retried rather
 * than the message dropped.
 */
export async function mayHearAboutPair(ctx: ServiceContext, pair: { mentorId: string; menteeId: string }, userId: string): Promise<boolean> {
  if (userId === pair.mentorId || userId === pair.menteeId) return false;
  return isProgrammeAdmin(ctx, userId, { fresh: true, groupErrors: 'throw' });
}

/** Slack channel names: lowercase letters, digits, hyphens and underscores, at most 80 characters. */
export const MAX_CHANNEL_NAME = 80;

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Every run of other characters is now one hyphen, so one hyphen at each end is all there is to drop.
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 20)
    .replace(/-$/, '');
}

/**
 * A readable name for a pair's channel ("mentoring-ana-ben"); `attempt` > 1 adds a suffix after a
 * name_taken answer. A name with no usable letters falls back to the user id.
 */
export function pairChannelName(
  mentor: { id: string; name: string },
  mentee: { id: string; name: string },
  attempt = 1,
): string {
  const part = (user: { id: string; name: string }) => slugify(user.name) || user.id.toLowerCase();
  const base = `mentoring-${part(mentee)}-${part(mentor)}`;
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${base.slice(0, MAX_CHANNEL_NAME - suffix.length)}${suffix}`;
}

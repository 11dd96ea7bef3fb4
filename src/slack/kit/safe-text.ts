// Slack reads <…> as links and special mentions, and "@channel" alone can still alert with
// link_names. Text that people typed is shown as they typed it, and can never ping a crowd.
const USER_MENTION = /<@([UW][A-Z0-9]{2,})(?:\|[^<>]*)?>/g;
const SPECIAL_MENTION = /<!(channel|here|everyone)(?:\|[^<>]*)?>/gi;
const GROUP_MENTION = /<!subteam\^[A-Z0-9]+(?:\|@?([^<>]*))?>/gi;
const BROADCAST = /@(channel|here|everyone)\b/gi;
// Slash commands arrive already escaped (should_escape), form fields do not: escape once.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt);)/g;
const WORD_JOINER = '\u2060';

/** Makes user-written text safe to place in mrkdwn: only plain user mentions keep working. */
export function safeText(text: string): string {
  const mentions: string[] = [];
  const withTokens = text
    // A private-use character marks kept mentions; people's text cannot contain it.
    .replace(/\uE000/g, '')
    .replace(SPECIAL_MENTION, (_whole, name: string) => `@${name}`)
    .replace(GROUP_MENTION, (_whole, label: string | undefined) => `@${label ?? 'group'}`)
    .replace(USER_MENTION, (_whole, id: string) => {
      mentions.push(id);
      return `\uE000${mentions.length - 1}\uE000`;
    });
  const escaped = withTokens
    .replace(BARE_AMPERSAND, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST, `@${WORD_JOINER}$1`);
  return escaped.replace(/\uE000(\d+)\uE000/g, (_whole, index: string) => `<@${mentions[Number(index)]}>`);
}

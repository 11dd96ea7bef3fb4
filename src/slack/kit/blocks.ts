import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows it where blocks cannot be shown. */
  text: string;
  blocks: KnownBlock[];
}

const SECTION_LIMIT = 3000;
const HEADER_LIMIT = 150;

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_LIMIT), emoji: true } };
}

/** One or more sections: Slack refuses a section over 3,000 characters, and a log may hold 4,000. */
export function sections(mrkdwn: string): KnownBlock[] {
  return chunk(mrkdwn, SECTION_LIMIT).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

export function context(mrkdwn: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(mrkdwn, SECTION_LIMIT) }] };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export interface ButtonOptions {
  style?: 'primary' | 'danger' | undefined;
  /** Slack's `emoji` flag on the label; false leaves it out (as the erase and log buttons always have). */
  emoji?: boolean;
  /** Slack's own "are you sure?" dialog before the click is sent. */
  confirm?: types.ConfirmationDialog;
}

/**
 * Every button the app sends: a label (cut to Slack's 75 characters), its action_id (src/slack/ids.ts)
 * and its value (written with src/slack/codecs.ts).
 */
export function buttonElement(text: string, actionId: string, value: string, options: ButtonOptions = {}): types.Button {
  const { style, emoji = true, confirm } = options;
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, 75), ...(emoji ? { emoji: true } : {}) },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
    ...(confirm ? { confirm } : {}),
  };
}

/** An actions block holding one button. */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): KnownBlock {
  return { type: 'actions', elements: [buttonElement(text, actionId, value, { style })] };
}

/** One section's worth of mrkdwn at most, cut with "…" outside any `&lt;` entity or mention. */
export function fitSection(mrkdwn: string): string {
  const chars = [...mrkdwn];
  if (chars.length <= SECTION_LIMIT) return mrkdwn;
  return `${chars.slice(0, cutPoint(chars, SECTION_LIMIT - 1)).join('')}…`;
}

export function bullets(items: readonly string[]): string {
  return items.map((item) => `•  ${item}`).join('\n');
}

/** Checklists are drawn, not interactive, until a pair's ticks are stored. */
export function checklist(items: readonly string[]): string {
  return items.map((item) => `☐  ${item}`).join('\n');
}

export function titled(title: string, body: string): string {
  return `*${title}*\n${body}`;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function chunk(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if ([...candidate].length <= max) {
      current = candidate;
      continue;
    }
    if (current !== '') chunks.push(current);
    let rest = [...line];
    while (rest.length > max) {
      const cut = cutPoint(rest, max);
      chunks.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    current = rest.join('');
  }
  if (current !== '' || chunks.length === 0) chunks.push(current === '' ? ' ' : current);
  return chunks;
}

/** Where to cut a too-long line: before an unfinished `&lt;` entity or `<@U…>` mention, never inside one. */
function cutPoint(chars: string[], max: number): number {
  for (let i = max - 1; i > 0 && i >= max - 24; i -= 1) {
    const char = chars[i];
    if (char === ';' || char === '>') return max;
    if (char === '&' || char === '<') return i;
  }
  return max;
}

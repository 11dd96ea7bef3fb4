/** Turns Block Kit messages into plain text, to read a channel the way a person would see it. */

type Block = Record<string, unknown>;

export interface TranscriptNames {
  users: Map<string, string>;
  channels: Map<string, string>;
}

export function blocksToText(blocks: unknown[], names: TranscriptNames): string {
  return blocks
    .map((block) => renderBlock(block as Block, names))
    .filter((line) => line !== '')
    .join('\n');
}

function renderBlock(block: Block, names: TranscriptNames): string {
  switch (block.type) {
    case 'header':
      return `\n  ${mrkdwn(textOf(block.text), names).toUpperCase()}`;
    case 'section':
      return indent(mrkdwn(textOf(block.text), names));
    case 'context':
      return indent(
        `(${((block.elements as Block[] | undefined) ?? []).map((element) => mrkdwn(textOf(element), names)).join(' ')})`,
      );
    case 'divider':
      return '  ────────────';
    case 'actions':
      return indent(
        ((block.elements as Block[] | undefined) ?? [])
          .map((element) => (element.type === 'checkboxes' ? checkboxLines(element) : `[ ${textOf(element.text)} ]`))
          .join('  '),
      );
    default:
      return '';
  }
}

/** A checkboxes element, one option a line, ticked as the message shows it. */
function checkboxLines(element: Block): string {
  const ticked = new Set(((element.initial_options as Block[] | undefined) ?? []).map((option) => option.value));
  const options = (element.options as Block[] | undefined) ?? [];
  return options.map((option) => `${ticked.has(option.value) ? '☑' : '☐'}  ${textOf(option.text)}`).join('\n');
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return '';
}

/** Slack's markup as a reader sees it: names for mentions, dates for date tokens. */
export function mrkdwn(text: string, names: TranscriptNames): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_w, id: string) => `@${names.users.get(id) ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|[^>]*)?>/g, (_w, id: string) => `#${names.channels.get(id) ?? id}`)
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

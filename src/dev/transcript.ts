/** Turns Block Kit messages into plain text, to read a channel the way a person would see it. */

type Block = Record<string, unknown>;

export interface TranscriptNames {
  users: Map<string, string>;
  channels: Map<string, string>;
  /** Bold as the terminal shows it (ANSI) when printing to one; plain words otherwise. */
  bold?: (text: string) => string;
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
    case 'section': {
      const accessory = block.accessory as Block | undefined;
      const fields = ((block.fields as Block[] | undefined) ?? []).map((field) => mrkdwn(textOf(field), names));
      const text = [mrkdwn(textOf(block.text), names), ...fields].filter((line) => line !== '').join('\n');
      return indent(accessory ? `${text}  ${element(accessory, names)}` : text);
    }
    case 'context':
      return indent(
        `(${((block.elements as Block[] | undefined) ?? []).map((element) => mrkdwn(textOf(element), names)).join(' ')})`,
      );
    case 'divider':
      return '  ────────────';
    case 'actions':
      return indent(
        ((block.elements as Block[] | undefined) ?? [])
          .map((item) => element(item, names))
          .join('  '),
      );
    default:
      return '';
  }
}

/** An interactive element as a reader sees it: a button's label, a picker's value or placeholder. */
function element(item: Block, names: TranscriptNames): string {
  const placeholder = textOf(item.placeholder);
  switch (item.type) {
    case 'checkboxes':
      return checkboxLines(item);
    case 'button':
      return `[ ${textOf(item.text)} ]`;
    case 'datepicker':
      return `[ 📅 ${typeof item.initial_date === 'string' ? item.initial_date : placeholder || 'pick a date'} ▾ ]`;
    case 'timepicker':
      return `[ 🕑 ${typeof item.initial_time === 'string' ? item.initial_time : placeholder || 'pick a time'} ▾ ]`;
    case 'static_select':
    case 'users_select':
    case 'conversations_select':
      return `[ ${textOf((item.initial_option as Block | undefined)?.text) || placeholder || 'choose'} ▾ ]`;
    case 'overflow':
      return '[ ⋯ ]';
    default:
      return `[ ${mrkdwn(textOf(item.text) || placeholder || String(item.type ?? ''), names)} ]`;
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

/** Slack's markup as a reader sees it: names for mentions, dates for date tokens, links and bold. */
export function mrkdwn(text: string, names: TranscriptNames): string {
  const bold = names.bold ?? ((words: string) => words);
  return text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_w, id: string) => `@${names.users.get(id) ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|[^>]*)?>/g, (_w, id: string) => `#${names.channels.get(id) ?? id}`)
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>\s]+)\|([^>]+)>/g, (_w, url: string, label: string) => `${label} (${url})`)
    .replace(/<((?:https?|mailto):[^|>\s]+)>/g, '$1')
    // *bold* as Slack draws it: asterisks at word edges around text on one line.
    .replace(/(^|[\s(“"'])\*([^*\n]+)\*(?=$|[\s).,:;!?”"'])/gm, (_w, before: string, words: string) => `${before}${bold(words)}`)
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

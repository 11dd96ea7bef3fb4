import { describeViolation, RULES } from '../../src/dev/stand-in/limits.js';
import { messageViolations, viewViolations } from '../../src/dev/stand-in/validate.js';
import type { KnownBlock, SlackMessage } from '../../src/slack/kit/blocks.js';

// Slack's published Block Kit limits: the stand-in's table (src/dev/stand-in/limits.ts), checked
// independently of the builders.
export const LIMITS = {
  blocksPerMessage: RULES['message.blocks'].max,
  sectionText: RULES['section.text'].max,
  headerText: RULES['header.text'].max,
  contextElements: RULES['context.elements'].max,
  actionsElements: RULES['actions.elements'].max,
  buttonText: RULES['button.text'].max,
  buttonValue: RULES['button.value'].max,
  actionId: RULES.action_id.max,
  blockId: RULES.block_id.max,
  checkboxOptions: RULES['checkboxes.options'].max,
  optionText: RULES['option.text'].max,
  optionValue: RULES['option.value'].max,
} as const;

/** Every rule of the stand-in's table a message or a Home view breaks, in the stand-in's words. */
export function tableProblems(message: { blocks: unknown[] }, surface: 'message' | 'home' = 'message'): string[] {
  const violations = surface === 'home' ? viewViolations({ type: 'home', blocks: message.blocks }, 'home') : messageViolations(message);
  return violations.map(describeViolation);
}

const chars = (text: string) => [...text].length;

/** Every way a message breaks Block Kit's limits; an empty list means it looks valid. */
export function blockKitProblems(message: SlackMessage, surface: 'message' | 'home' = 'message'): string[] {
  const problems: string[] = tableProblems(message, surface);
  if (message.text.trim() === '') problems.push('message text is empty');
  if (message.blocks.length === 0) problems.push('no blocks');
  if (surface === 'message' && message.blocks.length > LIMITS.blocksPerMessage) problems.push(`${message.blocks.length} blocks`);
  message.blocks.forEach((block: KnownBlock, i) => {
    const where = `block ${i} (${block.type})`;
    switch (block.type) {
      case 'section': {
        const text = block.text?.text ?? '';
        if (text === '') problems.push(`${where}: empty text`);
        if (chars(text) > LIMITS.sectionText) problems.push(`${where}: ${chars(text)} chars`);
        break;
      }
      case 'header': {
        if (block.text.type !== 'plain_text') problems.push(`${where}: not plain_text`);
        if (block.text.text.trim() === '') problems.push(`${where}: empty`);
        if (chars(block.text.text) > LIMITS.headerText) problems.push(`${where}: ${chars(block.text.text)} chars`);
        break;
      }
      case 'context': {
        if (block.elements.length === 0 || block.elements.length > LIMITS.contextElements) {
          problems.push(`${where}: ${block.elements.length} elements`);
        }
        for (const element of block.elements) {
          if ('text' in element) {
            if (element.text.trim() === '') problems.push(`${where}: empty element`);
            if (chars(element.text) > LIMITS.sectionText) problems.push(`${where}: element too long`);
          }
        }
        break;
      }
      case 'actions': {
        if (block.block_id !== undefined && block.block_id.length > LIMITS.blockId) problems.push(`${where}: block_id too long`);
        if (block.elements.length === 0 || block.elements.length > LIMITS.actionsElements) {
          problems.push(`${where}: ${block.elements.length} elements`);
        }
        for (const element of block.elements) {
          if (element.type === 'checkboxes') problems.push(...checkboxesProblems(where, element));
          if (element.type !== 'button') continue;
          if (chars(element.text.text) > LIMITS.buttonText) problems.push(`${where}: button text too long`);
          if ((element.value ?? '').length > LIMITS.buttonValue) problems.push(`${where}: button value too long`);
          if (!element.action_id || element.action_id.length > LIMITS.actionId) problems.push(`${where}: bad action_id`);
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  return problems;
}

function checkboxesProblems(where: string, element: Extract<KnownBlock, { type: 'actions' }>['elements'][number]): string[] {
  if (element.type !== 'checkboxes') return [];
  const problems: string[] = [];
  const options = element.options;
  if (options.length === 0 || options.length > LIMITS.checkboxOptions) problems.push(`${where}: ${options.length} checkbox options`);
  for (const option of options) {
    if (chars(option.text.text) > LIMITS.optionText) problems.push(`${where}: option text over ${LIMITS.optionText}: ${option.text.text}`);
    if ((option.value ?? '').length > LIMITS.optionValue) problems.push(`${where}: option value too long`);
  }
  const values = new Set(options.map((option) => option.value));
  if (element.initial_options !== undefined) {
    if (element.initial_options.length === 0) problems.push(`${where}: empty initial_options`);
    for (const option of element.initial_options) {
      if (!values.has(option.value)) problems.push(`${where}: initial option ${option.value} is not an option`);
    }
  }
  return problems;
}

/** All mrkdwn and plain text a message shows, block by block. */
export function textsOf(message: SlackMessage): string[] {
  return message.blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'section':
        return [block.text?.text ?? ''];
      case 'header':
        return [block.text.text];
      case 'context':
        return block.elements.flatMap((element) => ('text' in element ? [element.text] : []));
      case 'actions':
        return block.elements.flatMap((element) => {
          if (element.type === 'button') return [element.text.text];
          if (element.type === 'checkboxes') return element.options.map((option) => option.text.text);
          return [];
        });
      default:
        return [];
    }
  });
}

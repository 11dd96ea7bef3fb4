import type { KnownBlock, SlackMessage } from '../../src/slack/messages/blocks.js';

// Slack's published Block Kit limits, checked independently of the builders.
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
} as const;

const chars = (text: string) => [...text].length;

/** Every way a message breaks Block Kit's limits; an empty list means it looks valid. */
export function blockKitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (message.text.trim() === '') problems.push('message text is empty');
  if (message.blocks.length === 0) problems.push('no blocks');
  if (message.blocks.length > LIMITS.blocksPerMessage) problems.push(`${message.blocks.length} blocks`);
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
        if (block.elements.length === 0 || block.elements.length > LIMITS.actionsElements) {
          problems.push(`${where}: ${block.elements.length} elements`);
        }
        for (const element of block.elements) {
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
        return block.elements.flatMap((element) => (element.type === 'button' ? [element.text.text] : []));
      default:
        return [];
    }
  });
}

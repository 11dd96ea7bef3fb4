/**
 * Whole payloads (a message, a modal, a Home tab) held against ./limits.ts: what the stand-in
 * refuses, and what the worst-case render tests check without a server.
 */
import { RULES, type Violation } from './limits.js';
import { Checker } from './validate-blocks.js';

type Json = Record<string, unknown>;

/** A message's blocks (chat.postMessage, chat.update, chat.postEphemeral, a response_url body). */
export function messageViolations(message: { blocks?: unknown }): Violation[] {
  const checker = new Checker();
  if (message.blocks === undefined || message.blocks === null) return [];
  if (!Array.isArray(message.blocks)) {
    checker.fail('block.type', '/blocks', 'not an array');
    return checker.violations;
  }
  checker.bounds('message.blocks', '/blocks', message.blocks.length, 'count');
  checker.blocks(message.blocks, '/blocks');
  return checker.violations;
}

/** A view: a modal (views.open, views.push, views.update) or a Home tab (views.publish). */
export function viewViolations(view: Json, expected: 'modal' | 'home' | 'any' = 'any'): Violation[] {
  const checker = new Checker();
  const type = view.type;
  if ((type !== 'modal' && type !== 'home') || (expected !== 'any' && type !== expected)) {
    checker.fail('view.type', '/view/type', String(type));
    return checker.violations;
  }
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  checker.bounds('view.blocks', '/view/blocks', blocks.length, 'count');
  checker.string('view.private_metadata', '/view/private_metadata', view.private_metadata);
  checker.string('view.callback_id', '/view/callback_id', view.callback_id);
  if (type === 'modal') {
    checker.text('/view/title', view.title, { rule: 'modal.title', plainOnly: true, required: true });
    checker.text('/view/submit', view.submit, { rule: 'modal.submit', plainOnly: true });
    checker.text('/view/close', view.close, { rule: 'modal.close', plainOnly: true });
    const hasInput = blocks.some((block) => typeof block === 'object' && block !== null && (block as Json).type === 'input');
    if (hasInput && view.submit === undefined) checker.fail('modal.submit_required', '/view/submit', 'an input block and no submit');
  }
  checker.blocks(blocks, '/view/blocks');
  return checker.violations;
}

/** Message text as Slack keeps it: past 40,000 characters it is cut, not refused. */
export function keptText(text: string): string {
  const max = RULES['message.text'].max;
  const all = [...text];
  return all.length <= max ? text : all.slice(0, max).join('');
}

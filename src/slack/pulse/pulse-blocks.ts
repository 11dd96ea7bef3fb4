import type { KnownBlock } from '../kit/blocks.js';

/** A button element; `confirm` asks Slack to show a confirmation dialog before the click is sent. */
export interface ButtonSpec {
  text: string;
  actionId: string;
  value: string;
  style?: 'primary' | 'danger';
  confirm?: { title: string; text: string; yes: string; no: string };
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** Several buttons in one actions block (their action ids must differ). */
export function buttonRow(specs: readonly ButtonSpec[]): KnownBlock {
  return {
    type: 'actions',
    elements: specs.map((spec) => ({
      type: 'button' as const,
      text: plain(spec.text),
      action_id: spec.actionId,
      value: spec.value,
      ...(spec.style ? { style: spec.style } : {}),
      ...(spec.confirm
        ? { confirm: { title: plain(spec.confirm.title), text: plain(spec.confirm.text), confirm: plain(spec.confirm.yes), deny: plain(spec.confirm.no) } }
        : {}),
    })),
  };
}

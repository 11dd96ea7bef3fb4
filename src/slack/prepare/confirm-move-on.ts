import { type Catalog, fill } from '../../content/index.js';
import { PREPARE_ITEMS } from '../../domain/prepare/prep-checklist.js';
import type { CheckedStageChange } from '../../services/prepare/engage-readiness.js';
import { ACTION_ENGAGE_ANYWAY } from '../ids.js';
import { buttonElement, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { moveOnValue } from '../codecs.js';

/**
 * Moving on with preparation under 4/4: what is missing, and "Move on anyway" behind Slack's
 * confirm dialog, which says it again. Nothing has moved yet.
 */
export function confirmMoveOn(c: Catalog, change: Extract<CheckedStageChange, { kind: 'confirm' }>): SlackMessage {
  const f = c.firstWeeks;
  const missing = PREPARE_ITEMS.filter((item) => !change.progress.ready[item]).map((item) => c.prepareChecklist.items[item]);
  const list = missing.join(', ');
  const text = fill(f.confirmEngage, { done: change.progress.done, total: change.progress.total, missing: list });
  const dialog = fill(f.confirmDialog, { missing: list });
  const action: KnownBlock = {
    type: 'actions',
    elements: [
      buttonElement(f.confirmButton, ACTION_ENGAGE_ANYWAY, moveOnValue(change.pairId, change.to), {
        style: 'danger',
        confirm: {
          title: { type: 'plain_text', text: f.confirmTitle },
          text: { type: 'plain_text', text: dialog.length > 300 ? `${dialog.slice(0, 299)}…` : dialog },
          confirm: { type: 'plain_text', text: f.confirmYes },
          deny: { type: 'plain_text', text: f.confirmNo },
        },
      }),
    ],
  };
  return { text, blocks: [...sections(`:warning: ${text}`), action] };
}

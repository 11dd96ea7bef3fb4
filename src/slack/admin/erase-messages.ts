import { type Catalog, fill } from '../../content/index.js';
import type { ErasePreview, EraseResult } from '../../services/admin/erase.js';
import { RETENTION_ERASER } from '../../services/admin/retention.js';
import { ACTION_ERASE_CANCEL, ACTION_ERASE_CONFIRM } from '../ids.js';
import { buttonElement, context, header, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { slackDate } from '../kit/dates.js';

/** The ephemeral confirmation of `/mentor erase`: who and when, counts only, then the two buttons. */
export function eraseConfirmation(c: Catalog, preview: ErasePreview): SlackMessage {
  const e = c.erase;
  const pair = String(preview.pairId);
  const body = fill(e.confirmBody, {
    pair,
    mentor: `<@${preview.mentorId}>`,
    mentee: `<@${preview.menteeId}>`,
    opened: slackDate(preview.openedAt, c.locale),
    closed: preview.closedAt ? slackDate(preview.closedAt, c.locale) : '—',
    meetings: preview.meetings,
    items: preview.actionItems,
  });
  const actions: KnownBlock = {
    type: 'actions',
    elements: [
      buttonElement(e.eraseButton, ACTION_ERASE_CONFIRM, pair, {
        style: 'danger',
        emoji: false,
        // Slack asks once more itself: a misclick cannot erase a relationship.
        confirm: {
          title: { type: 'plain_text', text: fill(e.dialogTitle, { pair }) },
          text: { type: 'plain_text', text: e.dialogText },
          confirm: { type: 'plain_text', text: e.dialogConfirm },
          deny: { type: 'plain_text', text: e.dialogDeny },
          style: 'danger',
        },
      }),
      buttonElement(e.cancelButton, ACTION_ERASE_CANCEL, pair, { emoji: false }),
    ],
  } as KnownBlock;
  return {
    text: `${e.confirmTitle}\n${body}`,
    blocks: [header(e.confirmTitle), ...sections(body), context(fill(e.confirmWarning, { pair })), actions],
  };
}

export function eraseOutcome(c: Catalog, result: EraseResult): string {
  const pair = String(result.pairId);
  if (result.kind === 'erased') return fill(result.unsearchedAlerts === true ? c.erase.erasedAlertMayRemain : c.erase.erased, { pair });
  if (result.erasedBy === RETENTION_ERASER) return fill(c.erase.alreadyErasedByRetention, { pair, date: slackDate(result.erasedAt, c.locale) });
  return fill(c.erase.alreadyErased, { pair, user: `<@${result.erasedBy}>`, date: slackDate(result.erasedAt, c.locale) });
}

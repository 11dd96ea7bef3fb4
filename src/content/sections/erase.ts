import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

// Slack limits: header 150, button 75, confirm dialog title 100, its text 300, its buttons 30.
/** `/mentor erase`: a programme admin deletes a closed pair's records, after a confirmation step. */
export const eraseSchema = z.strictObject({
  /** Header of the confirmation (150 characters at most). */
  confirmTitle: text(150),
  /** {pair} {mentor} {mentee} {opened} {closed} {meetings} {items}: counts and dates only. */
  confirmBody: text(),
  /** What goes and what stays. {pair} */
  confirmWarning: text(),
  eraseButton: text(75),
  cancelButton: text(75),
  /** Slack's own confirmation dialog on the erase button. {pair} in the title. */
  dialogTitle: text(100),
  dialogText: text(300),
  dialogConfirm: text(30),
  dialogDeny: text(30),
  /** {pair} */
  erased: text(),
  /** Erased, but the app lacks Slack's `im:history`, so a fit alert whose ts was lost could not be found and deleted. {pair} */
  erasedAlertMayRemain: text(),
  /** {pair} {user} {date} */
  alreadyErased: text(),
  /** Erased by retention (RETENTION_DAYS), not by an admin. {pair} {date} */
  alreadyErasedByRetention: text(),
  /** On the admins' Home, after a closed pair, with RETENTION_DAYS set. {date} */
  erasesOn: text(),
  cancelled: text(),
});

export type EraseTexts = z.infer<typeof eraseSchema>;

export const ERASE_PLACEHOLDERS: Placeholders = {
  'erase.confirmBody': ['pair', 'mentor', 'mentee', 'opened', 'closed', 'meetings', 'items'],
  'erase.confirmWarning': ['pair'],
  'erase.dialogTitle': ['pair'],
  'erase.erased': ['pair'],
  'erase.erasedAlertMayRemain': ['pair'],
  'erase.alreadyErased': ['pair', 'user', 'date'],
  'erase.alreadyErasedByRetention': ['pair', 'date'],
  'erase.erasesOn': ['date'],
};

import { z } from 'zod';

/** `/mentor erase`: a programme admin deletes a closed pair's records, after a confirmation step. */
export interface EraseTexts {
  /** Header of the confirmation (150 characters at most). */
  confirmTitle: string;
  /** {pair} {mentor} {mentee} {opened} {closed} {meetings} {items}: counts and dates only. */
  confirmBody: string;
  /** What goes and what stays. {pair} */
  confirmWarning: string;
  eraseButton: string;
  cancelButton: string;
  /** Slack's own confirmation dialog on the erase button. {pair} in the title. */
  dialogTitle: string;
  dialogText: string;
  dialogConfirm: string;
  dialogDeny: string;
  /** {pair} */
  erased: string;
  /** {pair} {user} {date} */
  alreadyErased: string;
  /** Erased by retention (RETENTION_DAYS), not by an admin. {pair} {date} */
  alreadyErasedByRetention: string;
  /** On the admins' Home, after a closed pair, with RETENTION_DAYS set. {date} */
  erasesOn: string;
  cancelled: string;
}

const text = (max?: number) => {
  const base = z.string().min(1, 'must not be empty');
  return (max === undefined ? base : base.max(max, `must be at most ${max} characters`)).refine(
    (value) => value === value.trim(),
    'must not start or end with whitespace',
  );
};

// Slack limits: header 150, button 75, confirm dialog title 100, its text 300, its buttons 30.
export const eraseSchema = z.strictObject({
  confirmTitle: text(150),
  confirmBody: text(),
  confirmWarning: text(),
  eraseButton: text(75),
  cancelButton: text(75),
  dialogTitle: text(100),
  dialogText: text(300),
  dialogConfirm: text(30),
  dialogDeny: text(30),
  erased: text(),
  alreadyErased: text(),
  alreadyErasedByRetention: text(),
  erasesOn: text(),
  cancelled: text(),
});

export const ERASE_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'erase.confirmBody': ['pair', 'mentor', 'mentee', 'opened', 'closed', 'meetings', 'items'],
  'erase.confirmWarning': ['pair'],
  'erase.dialogTitle': ['pair'],
  'erase.erased': ['pair'],
  'erase.alreadyErased': ['pair', 'user', 'date'],
  'erase.alreadyErasedByRetention': ['pair', 'date'],
  'erase.erasesOn': ['date'],
};

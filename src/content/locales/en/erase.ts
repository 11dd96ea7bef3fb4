import type { EraseTexts } from '../../sections/erase.js';

export const eraseEn: EraseTexts = {
  confirmTitle: 'Erase this closed relationship?',
  confirmBody:
    '*Pair {pair}*: {mentor} and {mentee}, opened {opened}, closed {closed}. {meetings} meeting logs and {items} action items are recorded.',
  confirmWarning:
    'Erasing deletes for good every note, meeting log, action item, reflection, agreement and reminder of this pair. Only an audit line stays: who erased pair {pair}, and when. The files its members exported are deleted from Slack too; messages already posted in Slack stay under your workspace’s own retention rules.',
  eraseButton: 'Erase for good',
  cancelButton: 'Cancel',
  dialogTitle: 'Erase pair {pair}?',
  dialogText: 'This cannot be undone: the pair’s records are deleted, and only an audit line remains.',
  dialogConfirm: 'Erase',
  dialogDeny: 'Keep it',
  erased: 'Pair {pair} is erased. An audit line keeps who erased it and when.',
  erasedAlertMayRemain:
    'Pair {pair} is erased, and an audit line keeps who erased it and when. We could not look for a fit alert sent to a programme admin: the app needs Slack’s `im:history` permission. That alert may remain in the admin’s direct messages with the app until whoever installed it reinstalls it from the current manifest; the admin can delete it by hand meanwhile.',
  alreadyErased: 'Pair {pair} was already erased, by {user} on {date}.',
  alreadyErasedByRetention: 'Pair {pair} was already erased on {date}, automatically, when the programme’s retention period after closing ran out.',
  erasesOn: 'erased {date}',
  cancelled: 'Nothing was erased.',
};

import type { LogLimitsTexts } from '../../sections/log-limits.js';

export const logLimitsEn: LogLimitsTexts = {
  tooManyItems: 'A meeting log holds at most {max} next steps. Keep the {max} that matter most, or split them over two logs.',
  moreItems: '…and {count} more: `/mentor history`',
  savedNotPosted:
    'Your log is saved, with {count} action items, but we could not post it in the channel. Nothing is lost: press the button to post it, rather than logging the meeting again.',
  moreInExport: '…and {count} more: `/mentor export` has them all',
  postAgainButton: 'Post it again',
  postedNow: 'Done: your log is now in the channel.',
  alreadyPosted: 'This log is already in the channel.',
};

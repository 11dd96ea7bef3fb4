import type { StatusTexts } from '../../sections/status.js';

export const statusEn: StatusTexts = {
  title: 'Stage {number} of 4 · {stage}',
  meetings: 'Meetings held',
  openItems: 'Open action items',
  lastMeeting: 'Last meeting',
  never: 'None logged yet',
  none: 'Nothing open. Nice work!',
  more: '…and {count} more',
  openedOn: 'Pair opened on {date}',
  guessedMeeting: '{date} (no date set: two weeks after your last meeting)',
};

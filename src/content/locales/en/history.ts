import type { HistoryTexts } from '../../sections/history.js';

export const historyEn: HistoryTexts = {
  title: 'Meeting history, page {page}',
  byline: '*{date}* · {user}',
  achievements: 'Achievements',
  actionItems: 'Action items',
  privateNote: 'Your private note',
  owners: { mentor: 'mentor', mentee: 'mentee', both: 'both of you' },
  due: 'due {date}',
  done: 'done',
  open: 'open',
  older: 'Older',
  newer: 'Newer',
  empty: 'No meeting is logged yet. After your next meeting, run `/mentor-log` to record it.',
  noOlder: 'There are no older logs: page {page} goes past your first meeting. Try `/mentor history` for the latest ones.',
};

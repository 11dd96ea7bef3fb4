import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** `/mentor history`: the pair's logs, a page at a time, newest first. */
export const historySchema = z.strictObject({
  /** {page} */
  title: text(150),
  /** One log's first line. {date} {user} */
  byline: text(),
  achievements: text(),
  actionItems: text(),
  /** The reader's own private note on a log they wrote. */
  privateNote: text(),
  owners: z.strictObject({ mentor: text(), mentee: text(), both: text() }),
  /** {date} */
  due: text(),
  done: text(),
  open: text(),
  /** Button: the next page back in time. */
  older: text(75),
  /** Button: the page before, closer to today. */
  newer: text(75),
  /** The pair has no log yet. */
  empty: text(),
  /** A page past the oldest log. {page} */
  noOlder: text(),
});

export type HistoryTexts = z.infer<typeof historySchema>;

/** The placeholders callers pass, by key path. */
export const HISTORY_PLACEHOLDERS: Placeholders = {
  'history.title': ['page'],
  'history.byline': ['date', 'user'],
  'history.due': ['date'],
  'history.noOlder': ['page'],
};

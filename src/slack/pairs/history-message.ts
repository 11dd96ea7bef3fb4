import type { types } from '@slack/bolt';
import { type Catalog, fill, labelled } from '../../content/index.js';
import { MAX_ACTION_ITEMS_PER_LOG } from '../../domain/nurture/action-item-cap.js';
import { shorten } from '../../domain/pairs/history.js';
import type { HistoryLog, HistoryPage } from '../../services/pairs/history.js';
import { ACTION_HISTORY_NEWER, ACTION_HISTORY_OLDER } from '../ids.js';
import { buttonElement, divider, header, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { calendarDay, slackDate } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

/** One page of `/mentor history`, with "Older" and "Newer" buttons whose value is the page they show. */
export function historyMessage(c: Catalog, history: HistoryPage): SlackMessage {
  const h = c.history;
  if (history.empty) return { text: h.empty, blocks: sections(h.empty) };
  if (history.logs.length === 0) {
    const text = fill(h.noOlder, { page: history.page });
    return { text, blocks: sections(text) };
  }
  const title = fill(h.title, { page: history.page });
  const blocks: KnownBlock[] = [header(title)];
  history.logs.forEach((log, index) => {
    if (index > 0) blocks.push(divider());
    blocks.push(...sections(logText(c, log)));
  });
  blocks.push(...pager(c, history));
  return { text: title, blocks };
}

function logText(c: Catalog, log: HistoryLog): string {
  const h = c.history;
  const date = log.metOn === null ? slackDate(log.createdAt, c.locale) : calendarDay(log.metOn, c.locale);
  const lines = [fill(h.byline, { date, user: `<@${log.authorId}>` }), safeText(shorten(log.summary))];
  if (log.achievements) lines.push(labelled(c, h.achievements, safeText(shorten(log.achievements))));
  if (log.items.length > 0) {
    lines.push(labelled(c, h.actionItems, ''));
    // An older log may hold more items than a page of five logs can show within 50 blocks.
    for (const item of log.items.slice(0, MAX_ACTION_ITEMS_PER_LOG)) {
      const facts = [
        item.owner === null ? null : h.owners[item.owner],
        item.dueOn === null ? null : fill(h.due, { date: calendarDay(item.dueOn, c.locale) }),
        item.done ? h.done : h.open,
      ].filter((fact) => fact !== null);
      const mark = item.done ? ':white_check_mark:' : ':white_circle:';
      const number = item.number === null ? '' : `#${item.number} `;
      lines.push(`${mark} ${number}${safeText(shorten(item.text, 200))} _(${facts.join(', ')})_`);
    }
    const more = log.items.length - MAX_ACTION_ITEMS_PER_LOG;
    if (more > 0) lines.push(fill(c.logLimits.moreInExport, { count: more }));
  }
  if (log.privateNote) lines.push(`:lock: ${labelled(c, h.privateNote, safeText(shorten(log.privateNote)))}`);
  return lines.join('\n');
}

function pager(c: Catalog, history: HistoryPage): KnownBlock[] {
  const elements: types.Button[] = [];
  if (history.hasNewer) elements.push(pageButton(c.history.newer, ACTION_HISTORY_NEWER, history.page - 1));
  if (history.hasOlder) elements.push(pageButton(c.history.older, ACTION_HISTORY_OLDER, history.page + 1));
  if (elements.length === 0) return [];
  return [{ type: 'actions', elements }];
}

function pageButton(text: string, actionId: string, page: number): types.Button {
  return buttonElement(text, actionId, String(page));
}

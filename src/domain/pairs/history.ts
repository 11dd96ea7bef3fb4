import { CoachError } from '../errors.js';

export const HISTORY_PAGE_SIZE = 5;
/** Pages are numbered from 1; a bigger number is surely a typo. */
export const MAX_HISTORY_PAGE = 1000;
/** A summary in the history list is cut to this many characters. */
export const HISTORY_SUMMARY_LENGTH = 280;

/** `/mentor history [page]` and the paging buttons' values: a whole number from 1. */
export function parseHistoryPage(word: string | undefined): number {
  if (word === undefined || word === '') return 1;
  if (!/^\d{1,4}$/.test(word)) throw new CoachError('page_invalid', { page: clip(word) });
  const page = Number(word);
  if (page < 1 || page > MAX_HISTORY_PAGE) throw new CoachError('page_invalid', { page: clip(word) });
  return page;
}

/** Which rows a page holds; one row more is read to know whether an older page exists. */
export function pageWindow(page: number, size = HISTORY_PAGE_SIZE): { offset: number; limit: number } {
  return { offset: (page - 1) * size, limit: size + 1 };
}

/** Cuts a text at a word boundary near `max` characters (counted as code points) and marks the cut. */
export function shorten(text: string, max = HISTORY_SUMMARY_LENGTH): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  const base = space > max / 2 ? cut.slice(0, space) : cut;
  return `${base.trimEnd()}…`;
}

function clip(word: string): string {
  const chars = [...word];
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : word;
}

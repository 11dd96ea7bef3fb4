import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE_SIZE, pageWindow, parseHistoryPage, shorten } from '../../src/domain/pairs/history.js';
import { type MentorCommand, parseMentorCommand } from '../../src/domain/pairs/mentor-command.js';
import { parseMention } from '../../src/slack/mentions.js';
import { failsWith, type Outcome, outcome } from './outcome.js';

describe('parseHistoryPage', () => {
  it.each<[string | undefined, Outcome<number>]>([
    [undefined, { value: 1 }],
    ['', { value: 1 }],
    ['1', { value: 1 }],
    ['2', { value: 2 }],
    ['007', { value: 7 }],
    ['1000', { value: 1000 }],
    ['0', failsWith('page_invalid', { page: '0' })],
    ['1001', failsWith('page_invalid', { page: '1001' })],
    ['-1', failsWith('page_invalid', { page: '-1' })],
    ['1.5', failsWith('page_invalid', { page: '1.5' })],
    ['two', failsWith('page_invalid', { page: 'two' })],
    ['１', failsWith('page_invalid', { page: '１' })],
    ['99999', failsWith('page_invalid', { page: '99999' })],
    ['a'.repeat(30), failsWith('page_invalid', { page: `${'a'.repeat(20)}…` })],
  ])('%j', (word, expected) => {
    expect(outcome(() => parseHistoryPage(word))).toEqual(expected);
  });
});

describe('/mentor history and export', () => {
  it.each<[string, Outcome<MentorCommand>]>([
    ['history', { value: { kind: 'history', page: 1 } }],
    ['HISTORY', { value: { kind: 'history', page: 1 } }],
    ['history 3', { value: { kind: 'history', page: 3 } }],
    ['  history   12  ', { value: { kind: 'history', page: 12 } }],
    ['history 0', failsWith('page_invalid', { page: '0' })],
    ['history next', failsWith('page_invalid', { page: 'next' })],
    ['history 2 3', failsWith('page_invalid', { page: '2 3' })],
    ['export', { value: { kind: 'export', format: 'markdown' } }],
    ['Export', { value: { kind: 'export', format: 'markdown' } }],
    ['export md', { value: { kind: 'export', format: 'markdown' } }],
    ['export Markdown', { value: { kind: 'export', format: 'markdown' } }],
    ['export JSON', { value: { kind: 'export', format: 'json' } }],
    ['export pdf', failsWith('unknown_command', { word: 'export pdf' })],
    ['export json now', failsWith('unknown_command', { word: 'export json now' })],
  ])('%j', (text, expected) => {
    expect(outcome(() => parseMentorCommand(text, parseMention))).toEqual(expected);
  });
});

describe('pageWindow', () => {
  it.each([
    [1, { offset: 0, limit: HISTORY_PAGE_SIZE + 1 }],
    [2, { offset: HISTORY_PAGE_SIZE, limit: HISTORY_PAGE_SIZE + 1 }],
    [4, { offset: 3 * HISTORY_PAGE_SIZE, limit: HISTORY_PAGE_SIZE + 1 }],
  ])('page %i', (page, expected) => {
    expect(pageWindow(page)).toEqual(expected);
  });

  it('shows five logs a page', () => {
    expect(HISTORY_PAGE_SIZE).toBe(5);
  });
});

describe('shorten', () => {
  it.each([
    ['short', 10, 'short'],
    ['  padded  ', 10, 'padded'],
    ['exactly ten', 11, 'exactly ten'],
    ['one two three four five six', 15, 'one two three…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['éàü😀éàü😀éàü😀', 5, 'éàü😀…'],
  ])('%j at %i', (text, max, expected) => {
    const short = shorten(text, max);
    expect(short).toBe(expected);
    expect([...short].length).toBeLessThanOrEqual(max);
  });
});

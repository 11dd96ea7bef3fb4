import { describe, expect, it } from 'vitest';
import { header, type KnownBlock, sections } from '../../src/slack/kit/blocks.js';

const chars = (text: string) => [...text].length;

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.map((block) => {
    if (block.type !== 'section' || block.text?.type !== 'mrkdwn') throw new Error(`not a mrkdwn section: ${block.type}`);
    return block.text.text;
  });
}

/** `count` lines of exactly `width` characters, each starting with its number so none are alike. */
function lines(count: number, width: number): string[] {
  return Array.from({ length: count }, (_, i) => `${i}:`.padEnd(width, 'x'));
}

describe('sections', () => {
  it.each([
    ['short text', 'hello', ['hello']],
    ['exactly 3000 characters', 'a'.repeat(3000), ['a'.repeat(3000)]],
    ['3000 emoji (6000 UTF-16 units)', '😀'.repeat(3000), ['😀'.repeat(3000)]],
    ['two lines that fit together', `${'a'.repeat(1499)}\n${'b'.repeat(1500)}`, [`${'a'.repeat(1499)}\n${'b'.repeat(1500)}`]],
    ['two lines that do not fit together', `${'a'.repeat(2000)}\n${'b'.repeat(2000)}`, ['a'.repeat(2000), 'b'.repeat(2000)]],
    ['3001 characters on one line', 'a'.repeat(3001), ['a'.repeat(3000), 'a']],
    ['a single 7000-character line', 'z'.repeat(7000), ['z'.repeat(3000), 'z'.repeat(3000), 'z'.repeat(1000)]],
    ['empty text', '', [' ']],
  ])('%s', (_label, text, expected) => {
    expect(sectionTexts(sections(text))).toEqual(expected);
  });

  it.each([
    ['100 lines of 60', lines(100, 60)],
    ['70 lines of 100', lines(70, 100)],
    ['7 lines of 999', lines(7, 999)],
    ['lines of mixed widths', [...lines(30, 150), ...lines(3, 2999), ...lines(40, 10)]],
    ['lines of emoji', Array.from({ length: 50 }, (_, i) => `${i} ${'🎉'.repeat(150)}`)],
  ])('splits %s on line boundaries, each section within 3000 characters', (_label, input) => {
    const text = input.join('\n');
    expect(chars(text)).toBeGreaterThan(3000);
    const texts = sectionTexts(sections(text));
    expect(texts.length).toBeGreaterThan(1);
    for (const part of texts) {
      expect(chars(part)).toBeLessThanOrEqual(3000);
      expect(part.length).toBeGreaterThan(0);
    }
    // Nothing lost, nothing reordered, no line cut in two.
    expect(texts.join('\n')).toBe(text);
    for (const part of texts) for (const line of part.split('\n')) expect(input).toContain(line);
    // Greedy: no section could have taken the next one's first line.
    texts.slice(0, -1).forEach((part, i) => {
      const firstLineOfNext = texts[i + 1]!.split('\n')[0]!;
      expect(chars(`${part}\n${firstLineOfNext}`)).toBeGreaterThan(3000);
    });
  });

  it('cuts an over-long line between short ones and keeps every character', () => {
    const text = `intro\n${'L'.repeat(7000)}\noutro`;
    const texts = sectionTexts(sections(text));
    for (const part of texts) expect(chars(part)).toBeLessThanOrEqual(3000);
    expect(texts.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
    expect(texts[0]).toBe('intro');
    expect(texts.at(-1)!.endsWith('\noutro')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const texts = sectionTexts(sections('🎉'.repeat(7001)));
    expect(texts.map(chars)).toEqual([3000, 3000, 1001]);
    for (const part of texts) expect(part).toMatch(/^(🎉)+$/u);
  });
});

describe('sections: cutting a long line never splits a token Slack reads', () => {
  /** Each chunk must hold whole entities and whole <…> tokens. */
  const brokenTokens = (part: string) => {
    const problems: string[] = [];
    for (const match of part.matchAll(/&/g)) {
      if (!/^&(amp|lt|gt);/.test(part.slice(match.index))) problems.push(`entity cut at ${match.index}`);
    }
    const opens = (part.match(/</g) ?? []).length;
    const closes = (part.match(/>/g) ?? []).length;
    if (opens !== closes || /<[^>]*$/.test(part) || /^[^<]*>/.test(part)) problems.push('mention cut');
    return problems;
  };

  it.each([0, 1, 2, 3, 4, 5, 7, 11, 13])('escaped text shifted by %i characters', (shift) => {
    const text = `${'.'.repeat(shift)}${'&lt;&amp;&gt;'.repeat(700)}`;
    const texts = sectionTexts(sections(text));
    expect(texts.length).toBeGreaterThan(2);
    for (const part of texts) {
      expect(chars(part)).toBeLessThanOrEqual(3000);
      expect(brokenTokens(part)).toEqual([]);
    }
    expect(texts.join('')).toBe(text);
  });

  it.each([0, 1, 3, 6, 9, 12])('mentions shifted by %i characters', (shift) => {
    const text = `${'.'.repeat(shift)}${'thanks <@U0123ABCDE> '.repeat(400)}`;
    const texts = sectionTexts(sections(text));
    for (const part of texts) {
      expect(chars(part)).toBeLessThanOrEqual(3000);
      expect(brokenTokens(part)).toEqual([]);
    }
    expect(texts.join('')).toBe(text);
  });

  it('a mention that straddles the 3000th character moves whole into the next section', () => {
    const text = `${'a'.repeat(2995)} <@U0123ABC> rest`;
    expect(sectionTexts(sections(text))).toEqual([`${'a'.repeat(2995)} `, '<@U0123ABC> rest']);
  });
});

describe('header', () => {
  const headerText = (text: string) => {
    const block = header(text);
    if (block.type !== 'header') throw new Error('not a header');
    expect(block.text.type).toBe('plain_text');
    return block.text.text;
  };

  it.each([
    ['short', 'Welcome', 'Welcome'],
    ['exactly 150', 'h'.repeat(150), 'h'.repeat(150)],
    ['151', 'h'.repeat(151), `${'h'.repeat(149)}…`],
    ['300', 'h'.repeat(300), `${'h'.repeat(149)}…`],
    ['151 emoji', '🎉'.repeat(151), `${'🎉'.repeat(149)}…`],
  ])('%s', (_label, text, expected) => {
    const shown = headerText(text);
    expect(shown).toBe(expected);
    expect(chars(shown)).toBeLessThanOrEqual(150);
  });
});

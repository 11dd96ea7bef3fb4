import { describe, expect, it } from 'vitest';
import { MAX_CHANNEL_NAME, pairChannelName, slugify } from '../../src/domain/pairs/channel-name.js';

const SLACK_CHANNEL_NAME = /^[a-z0-9_-]{1,80}$/;

const user = (id: string, name: string) => ({ id, name });

describe('slugify', () => {
  it.each([
    ['Zoé Lefèvre', 'zoe-lefevre'],
    ['Ana', 'ana'],
    ['  Ana   Maria  ', 'ana-maria'],
    ["Seán O'Brien, Jr.", 'sean-o-brien-jr'],
    ['ana.maria_42', 'ana-maria-42'],
    ['François-Xavier', 'francois-xavier'],
    ['Ana 🚀', 'ana'],
    ['🚀 Ana 🚀 Ben', 'ana-ben'],
    ['ÅSA NIÑO', 'asa-nino'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['李雷', ''],
    ['Дмитрий', ''],
    ['🚀🚀', ''],
    ['---', ''],
    ['', ''],
    // Cut at 20 characters, and a hyphen left at the cut is dropped.
    ['abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrst'],
    ['abcdefghijklmnopqrs tuvwxyz', 'abcdefghijklmnopqrs'],
  ])('%j -> %j', (name, expected) => {
    expect(slugify(name)).toBe(expected);
  });
});

describe('pairChannelName', () => {
  it.each([
    ['both readable (mentee first)', user('U1AB', 'Ben'), user('U2CD', 'Zoé Lefèvre'), 1, 'mentoring-zoe-lefevre-ben'],
    ['punctuation and spaces', user('U1AB', "Seán O'Brien"), user('U2CD', ' ana  maria! '), 1, 'mentoring-ana-maria-sean-o-brien'],
    ['emoji dropped', user('U1AB', 'Ben 🎸'), user('U2CD', '✨Ana✨'), 1, 'mentoring-ana-ben'],
    ['non-Latin mentee falls back to the id', user('U1AB', 'Ben'), user('U2CD', '李雷'), 1, 'mentoring-u2cd-ben'],
    ['non-Latin mentor falls back to the id', user('W1AB', 'Дмитрий'), user('U2CD', 'Ana'), 1, 'mentoring-ana-w1ab'],
    ['emoji-only names fall back to the ids', user('U1AB', '🚀'), user('U2CD', '🌟'), 1, 'mentoring-u2cd-u1ab'],
    ['attempt 1 has no suffix', user('U1AB', 'Ben'), user('U2CD', 'Ana'), 1, 'mentoring-ana-ben'],
    ['attempt 2 adds -2', user('U1AB', 'Ben'), user('U2CD', 'Ana'), 2, 'mentoring-ana-ben-2'],
    ['attempt 12 adds -12', user('U1AB', 'Ben'), user('U2CD', 'Ana'), 12, 'mentoring-ana-ben-12'],
  ])('%s', (_label, mentor, mentee, attempt, expected) => {
    expect(pairChannelName(mentor, mentee, attempt)).toBe(expected);
  });

  it('defaults to the first attempt', () => {
    expect(pairChannelName(user('U1AB', 'Ben'), user('U2CD', 'Ana'))).toBe('mentoring-ana-ben');
  });

  const awkward = [
    'a'.repeat(200),
    'Zoé '.repeat(50),
    `${'x'.repeat(19)} ${'y'.repeat(180)}`,
    `${'-'.repeat(100)}ana${'!'.repeat(100)}`,
    '🚀'.repeat(200),
    '李'.repeat(200),
    'É'.repeat(200),
    "O'".repeat(100),
    ' ',
    '',
  ];
  const cases = awkward.flatMap((mentorName) =>
    awkward.map((menteeName) => [mentorName.slice(0, 12), menteeName.slice(0, 12), mentorName, menteeName] as const),
  );

  it.each(cases)('is a valid Slack channel name for %j / %j (any attempt)', (_a, _b, mentorName, menteeName) => {
    for (const attempt of [1, 2, 9, 10, 99, 1000]) {
      const name = pairChannelName(user('U0123ABCDEF', mentorName), user('W0456GHIJKL', menteeName), attempt);
      expect(name).toMatch(SLACK_CHANNEL_NAME);
      expect(name.length).toBeLessThanOrEqual(MAX_CHANNEL_NAME);
      expect(name.startsWith('mentoring-')).toBe(true);
      // No empty part and no dangling hyphen before the suffix or at the end.
      expect(name).not.toMatch(/--/);
      expect(name.endsWith('-')).toBe(false);
      if (attempt > 1) expect(name.endsWith(`-${attempt}`)).toBe(true);
    }
  });
});

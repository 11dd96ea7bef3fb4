import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/slack/kit/safe-text.js';

const WJ = '\u2060'; // word joiner: "@channel" is shown but no longer read as a broadcast

/** True when Slack could read the text as a crowd ping: a special mention or a bare @channel/@here/@everyone. */
const pingsACrowd = (text: string) => text.includes('<!') || /@(channel|here|everyone)\b/i.test(text);

describe('safeText: crowd mentions never survive', () => {
  it.each([
    ['<!channel>', `@${WJ}channel`],
    ['<!channel|channel>', `@${WJ}channel`],
    ['<!here>', `@${WJ}here`],
    ['<!here|here>', `@${WJ}here`],
    ['<!everyone>', `@${WJ}everyone`],
    ['<!CHANNEL>', `@${WJ}CHANNEL`],
    ['@channel', `@${WJ}channel`],
    ['@here', `@${WJ}here`],
    ['@Everyone', `@${WJ}Everyone`],
    ['hey @channel, look', `hey @${WJ}channel, look`],
    ['mail@here.com', `mail@${WJ}here.com`],
    ['<!subteam^S1|@devs>', '@devs'],
    ['<!subteam^S0123ABC|devs>', '@devs'],
    ['<!subteam^S1>', '@group'],
    ['<!date^1700000000^{date}|today>', '&lt;!date^1700000000^{date}|today&gt;'],
    ['<!channel><!here>', `@${WJ}channel@${WJ}here`],
    ['<<!channel>>', `&lt;@${WJ}channel&gt;`],
    ['<!chan\nnel>', '&lt;!chan\nnel&gt;'],
  ])('%j -> %j', (input, expected) => {
    const output = safeText(input);
    expect(output).toBe(expected);
    expect(pingsACrowd(output)).toBe(false);
  });

  it('leaves words that only start like a broadcast alone', () => {
    expect(safeText('@channels and @hereafter')).toBe('@channels and @hereafter');
  });
});

describe('safeText: user mentions keep working, nothing else is a link', () => {
  it.each([
    ['<@U123|bob>', '<@U123>'],
    ['<@U123>', '<@U123>'],
    ['<@W0123ABC|zoé.lefèvre>', '<@W0123ABC>'],
    ['thanks <@U123|bob> and <@U456|ana>!', 'thanks <@U123> and <@U456>!'],
    ['<@u123|bob>', '&lt;@u123|bob&gt;'],
    ['<@B123|bot>', '&lt;@B123|bot&gt;'],
    ['<#C123|general>', '&lt;#C123|general&gt;'],
    ['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['<https://evil.example>', '&lt;https://evil.example&gt;'],
    ['<mailto:a@b.c|mail me>', '&lt;mailto:a@b.c|mail me&gt;'],
    ['<@U123|<https://evil|x>>', '&lt;@U123|&lt;https://evil|x&gt;&gt;'],
  ])('%j -> %j', (input, expected) => {
    const output = safeText(input);
    expect(output).toBe(expected);
    expect(output).not.toMatch(/<(https?|mailto|#|!)/);
  });
});

describe('safeText: escaping happens once', () => {
  it.each([
    // Slash commands arrive escaped by Slack (should_escape): keep their entities as they are.
    ['a &lt; b &gt; c', 'a &lt; b &gt; c'],
    ['Tom &amp; Jerry', 'Tom &amp; Jerry'],
    // Form fields arrive raw: escape them.
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ['&nbsp; & &quot;', '&amp;nbsp; &amp; &amp;quot;'],
    ['&&', '&amp;&amp;'],
    ['R&D &lt;3', 'R&amp;D &lt;3'],
  ])('%j -> %j', (input, expected) => {
    expect(safeText(input)).toBe(expected);
  });
});

describe('safeText: the internal placeholder cannot be forged', () => {
  it.each([
    ['\uE0000\uE000', '0'],
    ['<@U123|bob> \uE0000\uE000', '<@U123> 0'],
    ['\uE0001\uE000 <@U123|bob>', '1 <@U123>'],
    ['<\uE000!channel>', `@${WJ}channel`],
    ['\uE000<!here>\uE000', `@${WJ}here`],
    ['<@U1\uE00023>', '<@U123>'],
  ])('%j -> %j', (input, expected) => {
    const output = safeText(input);
    expect(output).toBe(expected);
    expect(output).not.toContain('\uE000');
    expect(pingsACrowd(output)).toBe(false);
  });

  it('never yields more mentions than the input holds', () => {
    const input = 'ask <@U1AB|ana> \uE0000\uE000\uE0000\uE000 \uE0005\uE000';
    expect(safeText(input).match(/<@/g)).toHaveLength(1);
  });
});

describe('safeText: ordinary text is unchanged', () => {
  it.each(['', 'Plain words.', '*bold* _italic_ `code`', 'Zoé a réussi 🎉 李雷', 'line one\nline two', 'email ana@example.com'])(
    '%j',
    (input) => {
      expect(safeText(input)).toBe(input);
    },
  );
});

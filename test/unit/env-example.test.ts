import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const example = read('.env.example');

describe('.env.example', () => {
  it('lists, with a comment above it, every setting the app reads', () => {
    const names = [...read('src/config.ts').matchAll(/^\s{4}([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1] as string);
    expect(names.length).toBeGreaterThanOrEqual(10);
    const lines = example.split('\n');
    for (const name of names) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${name}=`).test(line));
      expect(at, `${name} is missing`).toBeGreaterThan(0);
      expect(lines[at - 1], `${name} has no comment`).toMatch(/^# \S/);
    }
  });

  it('starts the app once the two Slack values are filled in: every other line is a valid default', () => {
    const env = { ...parseEnv(example), SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };
    expect(loadConfig(env)).toMatchObject({ port: 3000, logLevel: 'info', databaseUrl: undefined, keepChannelsOpen: false });
  });

  it('as copied, stops with the lines that say what to fill in', () => {
    expect(() => loadConfig(parseEnv(example))).toThrow(/SLACK_BOT_TOKEN is required[\s\S]*SLACK_SIGNING_SECRET is required/);
  });
});

/**
 * `npm run lint` is what keeps a slow pattern out of src: this proves, through ESLint's own API and
 * the project's eslint.config.js, that the rules fire on known-bad patterns written in src (the
 * `done:` pattern that froze the app among them) and stay quiet on their linear rewrites.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)) });

/** The regexp rules a snippet, placed in src/domain, breaks. */
async function regexpRulesBroken(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/src/domain/lint-probe.ts` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`).filter((rule) => !rule.startsWith('@typescript-eslint/'));
}

describe('eslint-plugin-regexp guards every pattern in src', () => {
  it.each([
    ['nested whitespace quantifiers', String.raw`export const BAD = /(\s*\d+\s*)*x/;`, 'regexp/no-super-linear-backtracking'],
    ['the old done: line', String.raw`export const DONE_LINE = /^\s*done\s*:\s*(#?\d+(?:\s*[,;\s]\s*#?\d+)*)\s*$/iu;`, 'regexp/no-super-linear-backtracking'],
    ['the old next meeting: line', String.raw`export const LINE = /^\s*next\s+meeting\s*:\s*(.*?)\s*$/iu;`, 'regexp/no-super-linear-backtracking'],
    ['an unanchored search that rescans a run', String.raw`export const DUE = (s: string) => /\s+by\s+(\S+)\s*$/iu.exec(s);`, 'regexp/no-super-linear-move'],
  ])('fires on %s', async (_label, code, rule) => {
    expect(await regexpRulesBroken(code)).toContain(rule);
  });

  it.each([
    ['the done: line as it is now', String.raw`export const DONE_LINE = /^\s*done\s*:\s*(#?\d+(?:(?:\s*[,;]|\s)\s*#?\d+)*)\s*$/iu;`],
    ['the next meeting: prefix as it is now', String.raw`export const PREFIX = /^\s*next\s+meeting\s*:/iu;`],
    ['the due-date suffix as it is now', String.raw`export const DUE = (s: string) => / by (\S+)$/iu.exec(s);`],
  ])('passes %s', async (_label, code) => {
    expect(await regexpRulesBroken(code)).toEqual([]);
  });
});

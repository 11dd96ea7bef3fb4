/**
 * README's "How it is built" is the newcomer's map: every folder and file it names must exist, and every
 * "where to go for" answer must still point at the name it gives, or the map quietly lies after a move.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}/README.md`, 'utf8');
const section = readme.slice(readme.indexOf('## How it is built'), readme.indexOf('\n## ', readme.indexOf('## How it is built') + 5));
const FEATURES = ['pairs', 'prepare', 'engage', 'nurture', 'evaluate', 'pulse', 'programme', 'scheduling', 'admin'];

/** The paths of the map's first column: `src/slack/ids.ts, codecs.ts` names two files of one folder. */
function mappedPaths(): string[] {
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  return block
    .split('\n')
    .map((line) => line.split(/\s{2,}/)[0]?.trim() ?? '')
    .filter((first) => first.startsWith('src/') || first.startsWith('migrations/') || first.startsWith('test/'))
    .flatMap((first) => {
      const parts = first.split(/,\s*/);
      const folder = parts[0]!.slice(0, parts[0]!.lastIndexOf('/') + 1);
      return parts.map((part) => (/^(src|test|migrations)\//.test(part) ? part : `${folder}${part}`));
    })
    .flatMap((path) => path.split(/\s+/))
    .flatMap((path) => (path.includes('en|fr') ? [path.replace('en|fr', 'en'), path.replace('en|fr', 'fr')] : [path]))
    .flatMap((path) => (path.includes('<feature>') ? FEATURES.map((feature) => path.replace('<feature>', feature)) : [path]));
}

describe("README's map of the code", () => {
  it('names only folders and files that exist', () => {
    const paths = mappedPaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(`${root}/${path}`))).toEqual([]);
  });

  it.each([
    ['src/domain/scheduling/nudge-plan.ts', 'OVERDUE_AFTER_CADENCES'],
    ['src/services/pairs/pair-access.ts', 'resolveMemberPair'],
    ['src/storage/scheduling/job.repository.ts', 'claimDueJobs'],
    ['src/content/locales/en/engage.ts', 'icebreakers'],
    ['src/domain/engage/icebreakers.ts', 'ICEBREAKER_COUNT'],
  ])('points at %s for %s', (file, name) => {
    expect(section).toContain(name);
    expect(readFileSync(`${root}/${file}`, 'utf8')).toContain(name);
  });
});

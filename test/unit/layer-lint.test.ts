/**
 * `npm run lint` keeps the layers' dependencies pointing inward: this proves, through ESLint's own API
 * and the project's eslint.config.js, that a relative import running back up a layer is refused, as a
 * package import is, and that the imports each layer is meant to make stay allowed.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)) });

/** Whether an import line, written in a file at `file` (relative to the project), breaks the layer rule. */
async function refused(file: string, line: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${line}\nexport const probe = x;\n`, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

describe('lint enforces the layers on relative paths and packages', () => {
  it.each([
    ['domain reaching storage', 'src/domain/nurture/probe.ts', "import { x } from '../../storage/nurture/meeting-log.repository.js';"],
    ['domain reaching services', 'src/domain/probe.ts', "import { x } from '../services/context.js';"],
    ['domain reaching slack', 'src/domain/pairs/probe.ts', "import { x } from '../../slack/kit/blocks.js';"],
    ['domain reaching kysely', 'src/domain/probe.ts', "import { x } from 'kysely';"],
    ['services reaching slack', 'src/services/nurture/probe.ts', "import { x } from '../../slack/ids.js';"],
    ['services reaching Bolt', 'src/services/probe.ts', "import { x } from '@slack/bolt';"],
    ['services reading row types', 'src/services/pairs/probe.ts', "import type { x } from '../../storage/db/schema.js';"],
    ['the scheduler reading row types', 'src/scheduler/probe.ts', "import type { x } from '../storage/db/schema.js';"],
    ['services reaching the sealing machinery', 'src/services/admin/probe.ts', "import { x } from '../../storage/sealing/field-cipher.js';"],
    ['slack reaching storage', 'src/slack/nurture/probe.ts', "import { x } from '../../storage/db/database-errors.js';"],
    ['storage reaching services', 'src/storage/pairs/probe.ts', "import { x } from '../../services/context.js';"],
    ['product reaching the stand-in', 'src/slack/probe.ts', "import { x } from '../dev/slack-stand-in.js';"],
    ['the composition root reaching the bench', 'src/app.ts', "import { x } from './bench/stats.js';"],
  ])('refuses %s', async (_label, file, line) => {
    expect(await refused(file, line)).toBe(true);
  });

  it.each([
    ['domain within domain', 'src/domain/nurture/probe.ts', "import { x } from '../errors.js';"],
    ['services using a repository', 'src/services/nurture/probe.ts', "import { x } from '../../storage/nurture/meeting-log.repository.js';"],
    ['services using the transaction helper', 'src/services/nurture/probe.ts', "import { x } from '../../storage/db/transaction.js';"],
    ['slack using services', 'src/slack/nurture/probe.ts', "import { x } from '../../services/nurture/record-log.js';"],
    ['storage using domain types', 'src/storage/pairs/probe.ts', "import type { x } from '../../domain/stages.js';"],
    ['the tools using the product', 'src/dev/probe.ts', "import { x } from '../storage/db/database.js';"],
  ])('allows %s', async (_label, file, line) => {
    expect(await refused(file, line)).toBe(false);
  });
});

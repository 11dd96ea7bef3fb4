/**
 * The operator's tools fail as `npm start` does, in one readable line, and clean up after themselves:
 * `npm run migrate` against a database it cannot reach, `npm run tick` on a folder with no database
 * (which it must not create), and `npm run demo` cut short by a closed pipe or Ctrl-C.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildRun, runNodeScript } from '../support/scheduler.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'mentor-coach-tools-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe.concurrent('npm run migrate and npm run tick', () => {
  it('migrate against a Postgres that does not answer prints one line naming it, and exits 1', async () => {
    const run = runNodeScript('src/cli/migrate.ts', [], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    expect((await run.exited).code).toBe(1);
    expect(lines(run.stderr())).toEqual([expect.stringMatching(/^migrate: could not migrate the Postgres \(DATABASE_URL\): .*ECONNREFUSED/)]);
    expect(run.stdout()).toBe('');
  }, 90_000);

  it('tick --dry-run on a folder with no database says the tables are missing and creates nothing', async () => {
    const dataDir = path.join(scratch, 'never-started');
    const run = runNodeScript('src/cli/tick.ts', ['--dry-run'], { DATA_DIR: dataDir });
    expect((await run.exited).code).toBe(1);
    expect(lines(run.stderr())).toEqual([expect.stringMatching(new RegExp(`^tick: no database in ${dataDir}, so its tables are missing: run npm run migrate`))]);
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);
});

describe.concurrent('npm run demo, cut short', () => {
  /** The demo with a TMPDIR of its own, so that what it leaves behind can be seen. */
  async function demo(): Promise<{ run: ChildRun; tmp: string }> {
    const tmp = await mkdtemp(path.join(scratch, 'demo-'));
    const run = runNodeScript('src/cli/demo.ts', [], { TMPDIR: tmp });
    await new Promise<void>((resolve, reject) => {
      run.child.stdout?.once('data', () => resolve());
      run.child.once('exit', (code) => reject(new Error(`the demo exited (${code}) before printing:\n${run.stderr()}`)));
    });
    return { run, tmp };
  }
  const leftovers = async (tmp: string) => (await readdir(tmp)).filter((name) => name.startsWith('mentor-coach-demo-'));

  it('a closed pipe (npm run demo | head) ends it quietly, and its temporary folder is removed', async () => {
    const { run, tmp } = await demo();
    run.child.stdout?.destroy();
    const exit = await run.exited;
    expect(exit, run.stderr()).toEqual({ code: 0, signal: null });
    expect(run.stderr()).not.toMatch(/EPIPE|Error/);
    expect(await leftovers(tmp)).toEqual([]);
  }, 120_000);

  it('Ctrl-C (SIGINT) stops it with 130, and its temporary folder is removed', async () => {
    const { run, tmp } = await demo();
    run.child.kill('SIGINT');
    const exit = await run.exited;
    expect(exit, run.stderr()).toEqual({ code: 130, signal: null });
    expect(await leftovers(tmp)).toEqual([]);
  }, 120_000);
});

/**
 * The embedded database's folder: owner-only (0700, files 0600), fresh or tightened, and one process
 * at a time: a second one of any kind refuses with one line naming the folder and the holder's pid;
 * a lock left by a killed process is taken over. Embedded by nature: it runs the same on both runs.
 */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE } from '../../src/storage/db/data-dir.js';
import { openDatabase } from '../../src/storage/db/database.js';
import { runNodeScript, untilChild } from '../support/scheduler.js';

let root: string;
/** One folder for the whole file: a fresh embedded database takes long to lay out on a busy machine. */
let dir: string;
// A fresh embedded database and child processes each take seconds, many more on a loaded machine.
const SLOW = { timeout: 240_000 };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mentor-coach-datadir-'));
  dir = path.join(root, 'fresh', 'data');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every entry under `dir` whose mode is not owner-only (folders 0700, files 0600). */
function loose(dir: string): string[] {
  const out: string[] = [];
  const walk = (entry: string) => {
    const stat = lstatSync(entry);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) out.push(`${entry} ${mode.toString(8)}`);
      for (const name of readdirSync(entry)) walk(path.join(entry, name));
    } else if (mode !== 0o600) {
      out.push(`${entry} ${mode.toString(8)}`);
    }
  };
  walk(dir);
  return out;
}

function loosen(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true })) {
    const entry = path.join(dir, String(name));
    chmodSync(entry, lstatSync(entry).isDirectory() ? 0o755 : 0o644);
  }
  chmodSync(dir, 0o755);
}

describe('the embedded folder’s permissions', SLOW, () => {
  it('creates the folder 0700 and every file 0600', async () => {
    const handle = await openDatabase({ dataDir: dir });
    try {
      expect(lstatSync(dir).mode & 0o777).toBe(0o700);
      expect(readdirSync(dir).length).toBeGreaterThan(3);
      expect(loose(dir)).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(loose(dir)).toEqual([]);
  });

  it('tightens a folder and files left readable by others', async () => {
    writeFileSync(path.join(dir, 'notes-backup.txt'), 'left here');
    loosen(dir);
    expect(loose(dir).length).toBeGreaterThan(10);
    const handle = await openDatabase({ dataDir: dir });
    try {
      expect(loose(dir)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

describe('one process per embedded folder', SLOW, () => {
  it('refuses a second process of any kind with one line naming the folder and the pid', async () => {
    const handle = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirInUseError);
      const env = { DATA_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret-secret', PORT: '0', SLACK_API_URL: 'http://127.0.0.1:9/api/' };
      for (const script of ['src/cli/migrate.ts', 'src/main.ts']) {
        const run = runNodeScript(script, [], env);
        const exit = await run.exited;
        expect(exit.code, script).toBe(1);
        const lines = run.stderr().trim().split('\n');
        expect(lines, script).toHaveLength(1);
        expect(lines[0]).toContain(path.resolve(dir));
        expect(lines[0]).toContain(`process ${process.pid}`);
      }
    } finally {
      await handle.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock of a process that was killed, and releases it on close', async () => {
    const holder = runNodeScript('test/support/hold-data-dir.ts', [], { DATA_DIR: dir });
    const pid = await untilChild('the holder opening the folder', holder, () => /holding (\d+)/.exec(holder.stdout())?.[1], 200_000);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`process ${pid}`);
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toEqual({ pid: Number(pid), host: hostname() });

    const handle = await openDatabase({ dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toEqual({ pid: process.pid, host: hostname() });
      await expect(handle.ping()).resolves.toBe(true);
    } finally {
      await handle.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('does not guess for a lock held on another host: it names it', async () => {
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'another-host' }));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process 1 on host another-host/);
    rmSync(path.join(dir, LOCK_FILE));
  });
});

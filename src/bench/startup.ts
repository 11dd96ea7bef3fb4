/**
 * Cold start: from spawning the real entry point (`node dist/main.js`, as `npm start`, built first
 * when stale) to the first 200 on /healthz. First on a database it has never seen (an empty embedded folder, a
 * new Postgres database: creating it and migrating are part of it), then again on the same one, as
 * any restart or deploy does. RSS is read once /healthz answers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SlackStandIn } from '../dev/slack-stand-in.js';
import { exited, freePort, healthy, ROOT, rssBytesOf, startChild } from './child.js';
import { recreateDatabase } from './bench-db.js';
import { median } from './stats.js';

export interface StartupFigures {
  database: 'embedded' | 'postgres';
  /** 'first': on a new database; 'restart': on the database the first start left. */
  start: 'first' | 'restart';
  medianMs: number;
  rssAfterStartBytes: number;
  runs: number;
}

/** `npm start`'s prestart: dist/ (and the embedded template) as a fresh clone would build them. */
export function buildIfStale(): void {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error('the build failed');
}

export async function measureStartup(databases: ReadonlyArray<'embedded' | 'postgres'>, runs: number): Promise<StartupFigures[]> {
  buildIfStale();
  const standIn = await SlackStandIn.start();
  try {
    const figures: StartupFigures[] = [];
    for (const database of databases) {
      const times = { first: [] as number[], restart: [] as number[] };
      const rss = { first: [] as number[], restart: [] as number[] };
      for (let run = 0; run < runs; run += 1) {
        const dataDir = database === 'embedded' ? await mkdtemp(path.join(tmpdir(), 'mentor-bench-start-')) : undefined;
        const target: Record<string, string> = dataDir === undefined ? { DATABASE_URL: await recreateDatabase() } : { DATA_DIR: dataDir };
        try {
          for (const start of ['first', 'restart'] as const) {
            const once = await startOnce(standIn, target);
            times[start].push(once.ms);
            rss[start].push(once.rssBytes);
          }
        } finally {
          if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
        }
      }
      for (const start of ['first', 'restart'] as const) {
        figures.push({ database, start, medianMs: median(times[start]), rssAfterStartBytes: median(rss[start]), runs });
      }
    }
    return figures;
  } finally {
    await standIn.stop();
  }
}

async function startOnce(standIn: SlackStandIn, target: Record<string, string>): Promise<{ ms: number; rssBytes: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = startChild('src/main.ts', {
    SLACK_BOT_TOKEN: standIn.token,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: standIn.apiUrl,
    PORT: String(port),
    ADMIN_USER_IDS: 'UADMIN0',
    ...target,
  }, { compiled: true });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${child.stderrText()}`);
      if (await healthy(port)) break;
      if (performance.now() - started > 60_000) throw new Error(`no 200 on /healthz within a minute:\n${child.stderrText()}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ms = performance.now() - started;
    return { ms, rssBytes: rssBytesOf(child.pid) ?? 0 };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

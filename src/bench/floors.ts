/**
 * The floors of the start-up rows, measured in the same run: a bare Bolt app (start to its first HTTP
 * answer, then its RSS) and a bare PGlite (start to `select 1` answered, then its RSS), each a
 * compiled process of its own as the app is.
 */
import { exited, freePort, nextMessage, rssBytesOf, startChild } from './child.js';
import type { PgliteFloorMessage } from './floor-pglite.js';
import { median } from './stats.js';

export interface FloorFigures {
  boltStartMs: number;
  boltRssBytes: number;
  pgliteStartMs: number;
  pgliteRssBytes: number;
  runs: number;
}

export async function measureFloors(runs: number): Promise<FloorFigures> {
  const bolt = { ms: [] as number[], rss: [] as number[] };
  const pglite = { ms: [] as number[], rss: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    const port = await freePort();
    const started = performance.now();
    const app = startChild('src/bench/floor-start.ts', { PORT: String(port) }, { compiled: true });
    try {
      while (!(await answers(port))) {
        if (app.exitCode !== null) throw new Error(`the bare Bolt app exited (${app.exitCode}):\n${app.stderrText()}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      bolt.ms.push(performance.now() - started);
      bolt.rss.push(rssBytesOf(app.pid) ?? 0);
    } finally {
      app.kill('SIGTERM');
      await exited(app);
    }
    const openedAt = performance.now();
    const database = startChild('src/bench/floor-pglite.ts', {}, { compiled: true });
    try {
      await nextMessage<PgliteFloorMessage>(database, 'ready');
      pglite.ms.push(performance.now() - openedAt);
      pglite.rss.push(rssBytesOf(database.pid) ?? 0);
    } finally {
      database.kill('SIGTERM');
      await exited(database);
    }
  }
  return { boltStartMs: median(bolt.ms), boltRssBytes: median(bolt.rss), pgliteStartMs: median(pglite.ms), pgliteRssBytes: median(pglite.rss), runs };
}

/** Any HTTP answer (Bolt's receiver says 404 to a GET): the server is up. */
async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

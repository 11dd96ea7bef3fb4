/**
 * How fast `/mentor-log <notes>` is acknowledged by the real app (`npm start`'s entry point, HTTP
 * receiver, real Postgres, the Slack stand-in behind it), beside a bare Bolt app that only acks,
 * measured in the same run with the same client. App, floor and stand-in each run in a process of
 * their own, so the client's timing shares an event loop with none of them. Requests go in bursts of
 * `concurrency`; between bursts the app finishes the work that follows each ack (store, post,
 * reply), so each burst meets an app at rest.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { catalogFor } from '../content/index.js';
import { BENCH_TEAM, type BenchDatabase, benchDatabaseUrl, seededPair, seedPairs } from './bench-db.js';
import { exited, freePort, healthy, nextMessage, startChild } from './child.js';
import type { FloorMessage } from './floor-app.js';
import { LoadClient, type SlashCommand } from './load-client.js';
import type { StandInMessage } from './stand-in-process.js';
import { type LatencySummary, medianSummary, summarize } from './stats.js';

export interface AckLevel {
  concurrency: number;
  app: LatencySummary;
  floor: LatencySummary;
  runs: number;
  /** Requests of the whole section refused on a reused socket and sent once more (never fatal). */
  retried: number;
}

export interface AckOptions {
  levels: readonly number[];
  runs: number;
  /** At least this many requests per run and level (bursts repeat until reached). */
  minRequests: number;
}

const NOTES = 'Reviewed the CV together; the transferable skills section is much stronger.\nnext: research three companies before our next meeting';
const DAY_MS = 86_400_000;

type Responses = Extract<StandInMessage, { type: 'responses' }>;

export async function measureAckLatency(
  database: BenchDatabase,
  options: AckOptions,
  /** More environment for the app (NOTES_ENCRYPTION_KEY, say). */
  appEnv: Record<string, string> = {},
): Promise<AckLevel[]> {
  const pairCount = Math.max(...options.levels);
  await seedPairs(database, 1, pairCount, new Date(Date.now() - 30 * DAY_MS));
  const pairs = Array.from({ length: pairCount }, (_, i) => seededPair(i + 1));
  const signingSecret = randomBytes(16).toString('hex');
  const children: ChildProcess[] = [];
  try {
    const standInProcess = startChild('src/bench/stand-in-process.ts', { BENCH_PAIRS: String(pairCount) });
    children.push(standInProcess);
    const standIn = await nextMessage<Extract<StandInMessage, { type: 'ready' }>>(standInProcess, 'ready');
    const floorProcess = startChild('src/bench/floor-app.ts', { SLACK_SIGNING_SECRET: signingSecret, BENCH_COMMAND: '/mentor-log' });
    children.push(floorProcess);
    const floor = await nextMessage<FloorMessage>(floorProcess, 'ready');
    const appPort = await freePort();
    const app = startChild('src/main.ts', {
      SLACK_BOT_TOKEN: standIn.token,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(appPort),
      ADMIN_USER_IDS: 'UADMIN0',
      DATABASE_URL: benchDatabaseUrl(),
      ...appEnv,
    });
    children.push(app);
    const deadline = Date.now() + 60_000;
    while (!(await healthy(appPort))) {
      if (app.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${app.stderrText()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const appClient = new LoadClient(new URL(`http://127.0.0.1:${appPort}/slack/events`), signingSecret);
    const floorClient = new LoadClient(new URL(`http://127.0.0.1:${floor.port}/slack/events`), signingSecret);
    let counter = 0;
    const burst = (size: number): SlashCommand[] =>
      pairs.slice(0, size).map((pair, i) => ({
        command: '/mentor-log',
        text: NOTES,
        userId: i % 2 === 0 ? pair.mentorId : pair.menteeId,
        channelId: pair.channelId,
        teamId: BENCH_TEAM,
        responseUrl: `${standIn.baseUrl}/respond/bench-${++counter}`,
      }));
    const responses = async (since: number): Promise<Responses> => {
      const answer = nextMessage<Responses>(standInProcess, 'responses');
      standInProcess.send({ type: 'responses', since });
      return answer;
    };

    let expected = 0;
    const appBurst = async (concurrency: number): Promise<number[]> => {
      const latencies = await appClient.burst(burst(concurrency));
      expected += concurrency;
      const until = Date.now() + 120_000;
      while ((await responses(expected)).count < expected) {
        if (Date.now() > until) throw new Error('the app did not answer every meeting log within two minutes');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return latencies;
    };
    // Burst for burst, the floor right after the app has finished its work: both meet a process that
    // was idle a moment before, on a machine that is as busy for one as for the other.
    const runLevel = async (concurrency: number): Promise<{ app: LatencySummary; floor: LatencySummary }> => {
      const app: number[] = [];
      const floor: number[] = [];
      while (app.length < Math.max(options.minRequests, concurrency)) {
        app.push(...(await appBurst(concurrency)));
        floor.push(...(await floorClient.burst(burst(concurrency))));
      }
      return { app: summarize(app), floor: summarize(floor) };
    };

    // Warm both (JIT, sockets, the user directory's cache) before anything counts.
    await runLevel(pairCount);
    const results = new Map<number, { app: LatencySummary[]; floor: LatencySummary[] }>();
    for (let run = 0; run < options.runs; run += 1) {
      for (const concurrency of options.levels) {
        const level = results.get(concurrency) ?? { app: [], floor: [] };
        const once = await runLevel(concurrency);
        level.app.push(once.app);
        level.floor.push(once.floor);
        results.set(concurrency, level);
      }
    }
    appClient.close();
    floorClient.close();
    // Every reply must be the saved one: a refused log would be a fast ack of nothing.
    const saved = catalogFor('en').log.saved.split('{')[0] ?? '';
    const refused = (await responses(0)).texts.filter((text) => !text.startsWith(saved));
    if (refused.length > 0) throw new Error(`the app refused ${refused.length} meeting logs, e.g. ${refused[0]}`);
    return options.levels.map((concurrency) => {
      const level = results.get(concurrency) ?? { app: [], floor: [] };
      return { concurrency, app: medianSummary(level.app), floor: medianSummary(level.floor), runs: options.runs, retried: appClient.retried + floorClient.retried };
    });
  } finally {
    for (const child of children.reverse()) {
      child.kill('SIGTERM');
      await exited(child);
    }
  }
}

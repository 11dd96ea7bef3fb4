/**
 * One scheduler instance for the throughput bench, in a process of its own: the real app started as
 * `npm start` starts it (config from the environment), then scheduler passes at BENCH_NOW until a
 * pass finds nothing due. Talks to the bench over IPC: 'ready' (with its RSS), 'go', 'done'.
 */
import { startMentorCoach } from '../app.js';
import { loadConfig } from '../config.js';
import { emptyPassResult, type PassResult, runSchedulerPass } from '../scheduler/worker.js';
import { createSchedulerGateway } from '../slack/platform/scheduler-gateway.js';

export type WorkerMessage =
  | { type: 'ready'; rssBytes: number }
  | { type: 'done'; result: PassResult; passes: number; errors: string[]; rssBytes: number; cpuMs: number; memory: NodeJS.MemoryUsage };

function send(message: WorkerMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const now = new Date(process.env.BENCH_NOW ?? '');
  if (Number.isNaN(now.getTime())) throw new Error('BENCH_NOW must be an ISO instant');
  const config = loadConfig();
  const errors: string[] = [];
  const log = (message: string, details?: Record<string, unknown>) => errors.push(`${message} ${JSON.stringify(details ?? {})}`);
  const coach = await startMentorCoach(config, { log, scheduler: false, clock: () => now });
  send({ type: 'ready', rssBytes: process.memoryUsage().rss });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));

  const ctx = { ...coach.ctx, slack: createSchedulerGateway(config) };
  const total: PassResult = emptyPassResult();
  let passes = 0;
  const cpuBefore = process.cpuUsage();
  for (;;) {
    const result = await runSchedulerPass(ctx, now);
    passes += 1;
    for (const key of Object.keys(total) as Array<keyof PassResult>) total[key] += result[key];
    if (result.claimed === 0) break;
  }
  const cpu = process.cpuUsage(cpuBefore);
  send({ type: 'done', result: total, passes, errors: errors.slice(0, 5), rssBytes: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000, memory: process.memoryUsage() });
  await coach.stop();
  process.disconnect?.();
}

main().catch((error: unknown) => {
  process.stderr.write(`scheduler worker failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

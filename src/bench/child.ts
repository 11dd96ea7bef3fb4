/** Child processes of the bench: run through tsx like `npm start`, with exactly the environment given. */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `node --import tsx <entry>` (what `npm start` runs) with an IPC channel; nothing inherited but
 * PATH and HOME. Its stderr is kept for when it fails.
 */
export function startChild(entry: string, env: Record<string, string>, options: { compiled?: boolean } = {}): ChildProcess & { stderrText(): string } {
  // compiled: `node dist/<entry>.js`, as `npm start` runs the app since it is built (dist/ must be built).
  const file = options.compiled ? entry.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : entry;
  const child = fork(path.join(ROOT, file), [], {
    cwd: ROOT,
    // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there, for finding where time goes.
    execArgv: [...(options.compiled ? [] : ['--import', 'tsx']), ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4_000)));
  return Object.assign(child, { stderrText: () => stderr });
}

/** Resident memory of a process, from /proc (Linux); undefined elsewhere. */
export function rssBytesOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** The next IPC message of the given type; fails if the child exits first. */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: T['type']): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      }
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      const stderr = 'stderrText' in child ? (child as { stderrText(): string }).stderrText() : '';
      reject(new Error(`child ${child.pid} exited (${code}) before '${type}'\n${stderr}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Whether the app answers 200 on /healthz (it does once started and its database answers). */
export async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/**
 * For tests that start the app in a child process: `freePort()`, a TCP port on 127.0.0.1 that was
 * free a moment ago; `isAlive(pid)`, whether a process of that id still exists.
 */
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

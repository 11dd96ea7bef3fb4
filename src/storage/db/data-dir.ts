import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * The embedded database's folder: readable by its owner only, like a real PostgreSQL's, and used
 * by one process at a time (two PGlite instances on one folder silently lose each other's writes).
 */
export const LOCK_FILE = '.mentor-coach.lock';

/** Another live process holds the folder; `message` is the one line start-up prints. */
export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly host: string,
  ) {
    const where = host === hostname() ? `process ${pid}` : `process ${pid} on host ${host}`;
    // A pid can be reused after a crash and a reboot: the way out is always named.
    super(
      `the embedded database in ${path.resolve(dataDir)} is in use by ${where}; it allows one process at a time (if that process has stopped, remove ${path.join(dataDir, LOCK_FILE)})`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** Creates the folder owner-only, and tightens what is already there: folders 0700, files 0600. */
export function secureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  tighten(dataDir);
}

function tighten(entry: string): void {
  const stat = lstatSync(entry);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== 0o700) chmodSync(entry, 0o700);
    for (const name of readdirSync(entry)) tighten(path.join(entry, name));
  } else if ((stat.mode & 0o777) !== 0o600) {
    chmodSync(entry, 0o600);
  }
}

/** Folders this process holds, so that a lock with our own pid (a restarted container is pid 1 again) is told apart. */
const held = new Set<string>();

/**
 * Takes the folder's lock file (created exclusively, holding our pid and host) or throws
 * DataDirInUseError. A lock whose process is gone (same host, pid not alive) is taken over.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (held.has(file)) throw new DataDirInUseError(dataDir, process.pid, hostname());
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, `${mine}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
      const holder = readHolder(file);
      if (holder && !isStale(holder)) throw new DataDirInUseError(dataDir, holder.pid, holder.host);
      removeIfUnchanged(file, holder);
    }
  }
  held.add(file);
  const release = () => {
    if (!held.delete(file)) return;
    process.off('exit', release);
    if (readHolder(file)?.pid === process.pid) unlinkQuietly(file);
  };
  // A process that exits without closing still frees the folder; one killed outright leaves a stale lock.
  process.on('exit', release);
  return { release };
}

interface Holder {
  pid: number;
  host: string;
  raw: string;
  writtenAt: number;
}

function readHolder(file: string): Holder | undefined {
  let raw: string;
  let writtenAt: number;
  try {
    writtenAt = lstatSync(file).mtimeMs;
    raw = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(raw) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0 && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, raw, writtenAt };
    }
  } catch {
    // Empty or torn: judged by its age in isStale.
  }
  return { pid: 0, host: hostname(), raw, writtenAt };
}

function isStale(holder: Holder): boolean {
  // Another host's pids mean nothing here: only its operator can say that process is gone.
  if (holder.host !== hostname()) return false;
  // Empty: its writer died between creating and writing it, unless it is doing so right now.
  if (holder.pid === 0) return Date.now() - holder.writtenAt > 2_000;
  // Our own pid on a lock we do not hold: a previous life of this process (pid 1 in a container).
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes a stale lock unless another process replaced it since we read it. */
function removeIfUnchanged(file: string, holder: Holder | undefined): void {
  if (holder === undefined) return;
  let now: string;
  try {
    now = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  if (now === holder.raw) unlinkQuietly(file);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

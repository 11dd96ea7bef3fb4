/**
 * Telling "the database is out of reach" apart from every other failure, so that people are told
 * to try again in a minute rather than that something is broken.
 */

/** Raised when the database did not answer in time for someone waiting on Slack. */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'the database did not answer in time') {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

// Socket-level failures: the server or the path to it is gone.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// Postgres SQLSTATEs: class 08 (connection exception), shutting down, not accepting connections, full.
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres says these in words only.
const DRIVER_MESSAGES = [
  'timeout exceeded when trying to connect',
  'connection terminated',
  'query read timeout',
  'client has encountered a connection error',
  'cannot use a pool after calling end',
];

/** True when `error` (or anything it wraps) says the database could not be reached or stopped answering. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const failure = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof failure.code === 'string') {
    if (NETWORK_CODES.has(failure.code) || SERVER_STATES.has(failure.code) || failure.code.startsWith('08')) return true;
  }
  if (typeof failure.message === 'string') {
    const message = failure.message.toLowerCase();
    if (DRIVER_MESSAGES.some((words) => message.includes(words))) return true;
  }
  if (Array.isArray(failure.errors) && failure.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(failure.cause, depth + 1);
}

/** `work`, or a DatabaseUnavailableError once `ms` have passed without an answer. */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

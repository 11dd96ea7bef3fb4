import { DatabaseUnavailableError } from '../../domain/errors.js';

/**
 * Telling "the database is out of reach" apart from every other failure, so that people are told
 * to try again in a minute rather than that something is broken: the drivers' failures of that kind
 * become the domain's DatabaseUnavailableError here (see unavailable-dialect.ts), so nothing above
 * storage reads driver codes.
 */
export { DatabaseUnavailableError };
export { withinDeadline } from '../../domain/deadline.js';

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

/** The driver's failure as the domain's DatabaseUnavailableError when it says the database is out of reach; else unchanged. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || !isDatabaseUnavailable(error)) return error;
  return new DatabaseUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
}

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

import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * How the app logs, everywhere: a message and details. Callers pass ids and error codes, never tokens
 * or the text that people wrote, so logs can be shared when something goes wrong. A `level` in the
 * details (error, warn, info, debug) sets the line's level; a line carrying an `error` is an error;
 * any other line is info.
 */
export type LogFn = (message: string, details?: Record<string, unknown>) => void;

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

// Slack tokens by shape (bot, user, app-level, refresh), in case one arrives inside an error.
const SLACK_TOKEN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';

/** Fields that may only ever hold a secret or what someone wrote, at the top or one level down. */
const SECRET_FIELDS = ['token', 'botToken', 'appToken', 'secret', 'signingSecret', 'authorization', 'password', 'note', 'privateNote', 'text'];
export const REDACT_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`), 'headers.authorization', 'headers.cookie'];

const scrubTokens = (text: string) => text.replace(SLACK_TOKEN, REDACTED);

/** An error is logged by name, code and message only: stacks and request options can carry tokens. */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return typeof value === 'string' ? scrubTokens(value) : value;
  const code = (value as { code?: unknown }).code;
  return scrubTokens(`${value.name}${typeof code === 'string' ? ` (${code})` : ''}: ${value.message}`);
}

export interface LoggerOptions {
  quiet?: boolean;
  /** Lines below this level are dropped (LOG_LEVEL; default info). */
  level?: LogLevelName;
  /** Where lines go; default stderr, readable when it is a terminal in development, JSON otherwise. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): LogFn {
  if (options.quiet) return () => undefined;
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      messageKey: 'message',
      timestamp: () => `,"at":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { error: serializeError, err: serializeError, cause: serializeError },
    },
    options.destination ?? defaultDestination(),
  );
  return toLogFn(logger);
}

function toLogFn(logger: Logger): LogFn {
  return (message, details = {}) => {
    const { level, ...rest } = details;
    const chosen: LogLevelName = (LOG_LEVELS as readonly unknown[]).includes(level) ? (level as LogLevelName) : 'error' in rest ? 'error' : 'info';
    logger[chosen](rest, scrubTokens(message));
  };
}

/** Readable lines for a person at a terminal (pino-pretty, a development dependency); JSON for machines. */
function defaultDestination(): DestinationStream {
  if (process.stderr.isTTY && process.env.NODE_ENV !== 'production') {
    try {
      const pretty = createRequire(import.meta.url)('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
      return pretty({ destination: 2, sync: true, messageKey: 'message', timestampKey: 'at', translateTime: 'HH:MM:ss', ignore: '' });
    } catch {
      // Not installed (a production install): JSON it is.
    }
  }
  return pino.destination({ fd: 2, sync: true });
}

/**
 * The same log with the given secrets (the bot token, the signing secret) and anything shaped like a
 * Slack token blanked out of the message and of every string in the details, however deep.
 */
export function redactingLogger(log: LogFn, secrets: ReadonlyArray<string | undefined>): LogFn {
  const known = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const scrub = (text: string): string => known.reduce((out, secret) => out.split(secret).join(REDACTED), scrubTokens(text));
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (value instanceof Error) return scrub(`${value.name}: ${value.message}`);
    if (depth > 5 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, depth + 1)]));
  };
  return (message, details) => log(scrub(message), details === undefined ? undefined : (walk(details, 0) as Record<string, unknown>));
}

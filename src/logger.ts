export type LogFn = (message: string, details?: Record<string, unknown>) => void;

/**
 * One JSON line per event on stderr. Callers pass ids and error codes, never tokens or the text
 * that people wrote, so logs can be shared when something goes wrong.
 */
export function createLogger(options: { quiet?: boolean } = {}): LogFn {
  if (options.quiet) return () => undefined;
  return (message, details = {}) => {
    process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), message, ...details })}\n`);
  };
}

// Slack tokens by shape (bot, user, app-level, refresh), in case one arrives inside an error.
const SLACK_TOKEN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';

/**
 * The same log with the given secrets (the bot token, the signing secret) and anything shaped like a
 * Slack token blanked out of the message and of every string in the details, however deep.
 */
export function redactingLogger(log: LogFn, secrets: ReadonlyArray<string | undefined>): LogFn {
  const known = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const scrub = (text: string): string => known.reduce((out, secret) => out.split(secret).join(REDACTED), text.replace(SLACK_TOKEN, REDACTED));
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (value instanceof Error) return scrub(`${value.name}: ${value.message}`);
    if (depth > 5 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, depth + 1)]));
  };
  return (message, details) => log(scrub(message), details === undefined ? undefined : (walk(details, 0) as Record<string, unknown>));
}

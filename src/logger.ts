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

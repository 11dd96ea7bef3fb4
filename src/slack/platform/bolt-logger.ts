import { type Logger, LogLevel } from '@slack/bolt';
import type { LogFn } from '../../logger.js';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's logger, writing through ours: one format on one stream, and the same redaction of
 * secrets for what Bolt says (its errors carry Slack's answers) as for what we say. Debug lines are
 * never written, whatever the level: Bolt and its Web API client dump whole request and response
 * bodies there, with what people wrote in them.
 */
export function boltLogger(log: LogFn, initialLevel: LogLevel = LogLevel.INFO): Logger {
  let level = initialLevel;
  let name = 'bolt';
  const at = (wanted: LogLevel) => (...parts: unknown[]) => {
    if (wanted === LogLevel.DEBUG || ORDER.indexOf(wanted) < ORDER.indexOf(level)) return;
    log(parts.map(describe).join(' '), { source: name, level: wanted });
  };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

// Errors by name and message only: their other fields can hold whole requests.
function describe(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part)?.slice(0, 500) ?? String(part);
  } catch {
    return String(part);
  }
}

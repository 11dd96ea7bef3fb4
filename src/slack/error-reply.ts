import { type Catalog, fill } from '../content/index.js';
import { isCoachError, isDatabaseUnavailable } from '../domain/errors.js';
import { isStage } from '../domain/stages.js';
import { safeText } from './kit/safe-text.js';
import { retryAfterOf } from './platform/slack-call.js';

export type Logger = (message: string, details?: Record<string, unknown>) => void;

/**
 * The one place where a failure becomes words. Coded errors are the user's to fix and are
 * explained; anything else is ours, logged (without the user's text) and answered with a retry hint.
 */
export function describeError(c: Catalog, error: unknown, log: Logger): string {
  if (isCoachError(error)) {
    // Some params echo what was typed (an unknown word, a page): shown as typed, never a broadcast.
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, typeof value === 'string' ? safeText(value) : value]),
    );
    if (typeof params.stage === 'string' && isStage(params.stage)) params.stage = c.stageNames[params.stage];
    return fill(c.errors[error.code], params);
  }
  // Slack rate-limited this request alone (the interactive client rejects instead of waiting): say how long.
  const wait = retryAfterOf(error);
  if (wait !== undefined) {
    log('request rate-limited by Slack', { retryAfterSeconds: wait });
    return fill(c.resilience.slackBusy, { seconds: Math.max(1, Math.ceil(wait)) });
  }
  log('request failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return isDatabaseUnavailable(error) ? c.delivery.unavailable : c.generic.failed;
}

import { LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { LogFn } from '../../logger.js';
import { boltLogger } from './bolt-logger.js';
import { ChannelPacer } from './channel-pacer.js';
import { SlackGateway } from './slack-gateway.js';
import { UserDirectory } from './user-directory.js';

/** A Slack call of the scheduler that has not answered by then is abandoned (and retried, bounded). */
export const SCHEDULER_CALL_TIMEOUT_MS = 10_000;

export interface SchedulerGatewayOptions {
  /** Milliseconds between two posts into one channel (Slack's pace is about one a second). */
  channelIntervalMs?: number;
  timeoutMs?: number;
}

/**
 * The scheduler's way into Slack. Nobody waits on it, but a tick must end: a timeout on every call,
 * a bounded retry (Slack's default policy can wait half an hour), 429s handed back so the job is
 * postponed by Retry-After, and at most one message a second into any one channel. Worst case for
 * one call: four tries of 10 s and 3.5 s of waits, well inside the scheduler's 5-minute lease, which
 * the pass renews anyway.
 */
export function createSchedulerGateway(config: Config, log?: LogFn, options: SchedulerGatewayOptions = {}): SlackGateway {
  const clientWith = (retries: number) =>
    new webApi.WebClient(config.slack.botToken, {
      slackApiUrl: config.slack.apiUrl,
      timeout: options.timeoutMs ?? SCHEDULER_CALL_TIMEOUT_MS,
      retryConfig: { retries, factor: 2, minTimeout: 500, maxTimeout: 8_000 },
      rejectRateLimitedCalls: true,
      logLevel: webApi.LogLevel.ERROR,
      // Through our logger when given, so its lines are redacted like every other.
      ...(log === undefined ? {} : { logger: boltLogger(log, LogLevel.ERROR) }),
    });
  const client = clientWith(3);
  // A post whose answer was lost would be posted again, blindly, by the client's retry: the posts that
  // must not be repeated (an admin's fit alert) go without, and a lost answer fails the job instead.
  const once = clientWith(0);
  return new SlackGateway(client, new UserDirectory(client, config.defaultTimezone), new ChannelPacer(options.channelIntervalMs), undefined, once);
}

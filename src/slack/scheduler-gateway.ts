import { LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import type { LogFn } from '../logger.js';
import { boltLogger } from './bolt-logger.js';
import { ChannelPacer } from './channel-pacer.js';
import { SlackGateway } from './slack-gateway.js';
import { UserDirectory } from './user-directory.js';

/**
 * The scheduler's way into Slack. Nobody waits on it, but a tick must end: a bounded retry
 * (Slack's default policy can wait half an hour), 429s handed back so the job is postponed by
 * Retry-After, and at most one message a second into any one channel.
 */
export function createSchedulerGateway(config: Config, log?: LogFn): SlackGateway {
  const client = new webApi.WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 8_000 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
    // Through our logger when given, so its lines are redacted like every other.
    ...(log === undefined ? {} : { logger: boltLogger(log, LogLevel.ERROR) }),
  });
  return new SlackGateway(client, new UserDirectory(client, config.defaultTimezone), new ChannelPacer());
}

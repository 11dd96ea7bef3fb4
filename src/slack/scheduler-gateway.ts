import { webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { ChannelPacer } from './channel-pacer.js';
import { SlackGateway } from './slack-gateway.js';
import { UserDirectory } from './user-directory.js';

/**
 * The scheduler's way into Slack. Nobody waits on it, but a tick must end: a bounded retry
 * (Slack's default policy can wait half an hour), 429s handed back so the job is postponed by
 * Retry-After, and at most one message a second into any one channel.
 */
export function createSchedulerGateway(config: Config): SlackGateway {
  const client = new webApi.WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 8_000 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  return new SlackGateway(client, new UserDirectory(client, config.defaultTimezone), new ChannelPacer());
}

import { SlackCallError } from '../services/slack-port.js';

/** Turns a Web API failure into a SlackCallError carrying Slack's own error code. */
export async function slackCall<T>(method: string, call: () => Promise<T>, channel?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const failure = error as { data?: { error?: unknown }; code?: string; retryAfter?: number };
    const code = typeof failure.data?.error === 'string' ? failure.data.error : (failure.code ?? 'request_failed');
    // With rejectRateLimitedCalls, a 429 arrives here with Slack's Retry-After in seconds.
    throw new SlackCallError(method, code, typeof failure.retryAfter === 'number' ? failure.retryAfter : undefined, channel);
  }
}

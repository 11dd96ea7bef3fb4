import { SlackCallError } from '../../services/slack-port.js';
import { channelProblemOfSlackError, isPermanentSlackError } from './slack-errors.js';

/** Seconds Slack asked us to wait when it rate-limited a call (Retry-After), whichever way the failure came. */
export function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof SlackCallError) return error.retryAfterSeconds;
  // Bolt's own client calls (postEphemeral, views.open) throw the WebClient's error as it is.
  const failure = error as { code?: unknown; retryAfter?: unknown } | null;
  return typeof failure === 'object' && failure !== null && failure.code === 'slack_webapi_rate_limited_error' && typeof failure.retryAfter === 'number'
    ? failure.retryAfter
    : undefined;
}

/** Turns a Web API failure into a SlackCallError carrying Slack's own error code. */
export async function slackCall<T>(method: string, call: () => Promise<T>, channel?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const failure = error as { data?: { error?: unknown }; code?: string; retryAfter?: number };
    const code = typeof failure.data?.error === 'string' ? failure.data.error : (failure.code ?? 'request_failed');
    // With rejectRateLimitedCalls, a 429 arrives here with Slack's Retry-After in seconds.
    const verdict = { permanent: isPermanentSlackError(code), channelProblem: channelProblemOfSlackError(code) };
    throw new SlackCallError(method, code, typeof failure.retryAfter === 'number' ? failure.retryAfter : undefined, channel, verdict);
  }
}

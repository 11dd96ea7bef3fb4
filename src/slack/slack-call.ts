import { SlackCallError } from '../services/slack-port.js';

/** Turns a Web API failure into a SlackCallError carrying Slack's own error code. */
export async function slackCall<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const data = (error as { data?: { error?: unknown } }).data;
    const code = typeof data?.error === 'string' ? data.error : ((error as { code?: string }).code ?? 'request_failed');
    throw new SlackCallError(method, code);
  }
}

import type { webApi } from '@slack/bolt';
import { type DownloadedFile, SlackCallError } from '../../services/slack-port.js';
import { slackCall } from './slack-call.js';

/** The whole download, headers and body: a file of a few hundred kilobytes takes far less. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * Reads a file uploaded in a form: files.info (scope files:read) says its size and where it lives,
 * then its `url_private_download` is fetched with the bot token. Slack answers a request it does not
 * accept with a redirect to its sign-in page, a web page with status 200 once followed: redirects are
 * not followed, and anything but the file's bytes is a failure. The bearer token goes only to Slack's
 * own hosts (or the host of SLACK_API_URL, for a local stand-in).
 */
export async function downloadPrivateFile(client: webApi.WebClient, fileId: string, maxBytes: number, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<DownloadedFile> {
  const info = await slackCall('files.info', () => client.files.info({ file: fileId }));
  const file = info.file;
  const address = file?.url_private_download ?? file?.url_private;
  if (file === undefined || address === undefined) throw new SlackCallError('files.info', 'file_not_found');
  const name = file.name ?? '';
  if ((file.size ?? 0) > maxBytes) return { kind: 'too_large', name, size: file.size ?? 0 };
  if (!trustedHost(address, client.slackApiUrl)) throw new SlackCallError('files.download', 'untrusted_host');
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(address, { headers: { Authorization: `Bearer ${client.token ?? ''}` }, redirect: 'manual', signal });
  } catch {
    throw new SlackCallError('files.download', signal.aborted ? 'timeout' : 'request_failed');
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new SlackCallError('files.download', `http_${response.status}`);
  }
  // A sign-in page served in place of the file (a proxy, or Slack's own answer to a bad token).
  if ((response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) {
    await response.body?.cancel();
    throw new SlackCallError('files.download', 'not_a_file');
  }
  const bytes = await readCapped(response, maxBytes, signal);
  return bytes === undefined ? { kind: 'too_large', name, size: maxBytes + 1 } : { kind: 'file', name, filetype: file.filetype ?? '', bytes };
}

/** The body, or undefined as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await reader?.read();
      if (next === undefined || next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader?.cancel();
        return undefined;
      }
      chunks.push(next.value);
    }
  } catch {
    throw new SlackCallError('files.download', signal.aborted ? 'timeout' : 'request_failed');
  }
  return Buffer.concat(chunks);
}

function trustedHost(address: string, apiUrl: string): boolean {
  try {
    const url = new URL(address);
    const api = new URL(apiUrl);
    if (url.host === api.host && url.protocol === api.protocol) return true;
    return url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'));
  } catch {
    return false;
  }
}

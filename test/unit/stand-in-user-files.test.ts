/** A file someone uploaded in a form, read through the gateway against the stand-in, and the stand-in as strict as Slack. */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { SlackCallError } from '../../src/services/slack-port.js';
import { downloadPrivateFile } from '../../src/slack/platform/file-download.js';
import { SlackGateway } from '../../src/slack/platform/slack-gateway.js';
import { UserDirectory } from '../../src/slack/platform/user-directory.js';

let standIn: SlackStandIn;
let client: WebClient;
let gateway: SlackGateway;

beforeEach(async () => {
  standIn = await SlackStandIn.start();
  client = new WebClient(standIn.token, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  gateway = new SlackGateway(client, new UserDirectory(client, 'UTC'));
});

afterEach(async () => {
  await standIn.stop();
});

const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as SlackCallError);

describe('files.info in the stand-in', () => {
  it('answers Slack’s file object, file_not_found for an unknown id, missing_scope without files:read', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'U1,U2\n' });
    const info = await client.files.info({ file: String(file.id) });
    expect(info.file).toMatchObject({ id: file.id, name: 'pairs.csv', filetype: 'csv', mimetype: 'text/csv', size: 6, user: 'U1' });
    expect(info.file?.url_private_download).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files-pri\/T0001-FU\d+\/download\/pairs\.csv$/);
    expect(await failureOf(client.files.info({ file: 'FNOPE' }))).toMatchObject({ data: { error: 'file_not_found' } });
    standIn.revokeScope('files:read');
    expect(await failureOf(client.files.info({ file: String(file.id) }))).toMatchObject({ data: { error: 'missing_scope', needed: 'files:read' } });
  });

  it('serves the bytes only with the bot token: otherwise a redirect to the sign-in page', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'U1,U2\n' });
    const address = String(file.url_private_download);
    const bare = await fetch(address, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([302, expect.stringContaining('/signin')]);
    const page = await fetch(address);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const ok = await fetch(address, { headers: { Authorization: `Bearer ${standIn.token}` } });
    expect(await ok.text()).toBe('U1,U2\n');
    standIn.revokeScope('files:read');
    expect((await fetch(address, { redirect: 'manual', headers: { Authorization: `Bearer ${standIn.token}` } })).status).toBe(302);
  });
});

describe('SlackGateway.downloadFile', () => {
  it('reads the file with files.info and its private address', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'Ü1,U2\n' });
    const read = await gateway.downloadFile(String(file.id), 1000);
    expect(read).toMatchObject({ kind: 'file', name: 'pairs.csv', filetype: 'csv' });
    expect(read.kind === 'file' && Buffer.from(read.bytes).toString('utf8')).toBe('Ü1,U2\n');
  });

  it('stops at the size Slack states, before downloading', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'x'.repeat(2000) });
    expect(await gateway.downloadFile(String(file.id), 1000)).toEqual({ kind: 'too_large', name: 'pairs.csv', size: 2000 });
  });

  it('stops reading once the bytes pass the cap, whatever size Slack stated', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'x'.repeat(5000), statedSize: 10 });
    expect(await gateway.downloadFile(String(file.id), 1000)).toEqual({ kind: 'too_large', name: 'pairs.csv', size: 1001 });
  });

  it('gives up on a download that does not answer in time', async () => {
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'U1,U2\n', downloadStatus: 'hang' });
    expect(await failureOf(downloadPrivateFile(client, String(file.id), 1000, 200))).toMatchObject({ method: 'files.download', slackError: 'timeout' });
  });

  it('turns Slack’s refusals and a failed download into SlackCallErrors', async () => {
    expect(await failureOf(gateway.downloadFile('FNOPE', 1000))).toMatchObject({ method: 'files.info', slackError: 'file_not_found' });
    const broken = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'U1,U2\n', downloadStatus: 500 });
    expect(await failureOf(gateway.downloadFile(String(broken.id), 1000))).toMatchObject({ method: 'files.download', slackError: 'http_500' });
    // A token Slack does not accept at the download address: its sign-in redirect is a failure, not a file.
    const other = new WebClient('xoxb-other', { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    const file = standIn.addUserFile({ user: 'U1', name: 'pairs.csv', content: 'U1,U2\n' });
    expect(await failureOf(new SlackGateway(other, new UserDirectory(other, 'UTC')).downloadFile(String(file.id), 1000))).toMatchObject({ slackError: 'invalid_auth' });
    standIn.revokeScope('files:read');
    const failure = await failureOf(gateway.downloadFile(String(file.id), 1000));
    expect(failure).toBeInstanceOf(SlackCallError);
    expect(failure).toMatchObject({ method: 'files.info', slackError: 'missing_scope' });
  });
});

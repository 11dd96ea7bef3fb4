/** Slack's external upload flow, through the gateway, against the stand-in; and the stand-in's own checks. */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { SlackCallError } from '../../src/services/slack-port.js';
import { SlackGateway } from '../../src/slack/slack-gateway.js';
import { UserDirectory } from '../../src/slack/user-directory.js';

let standIn: SlackStandIn;
let client: WebClient;
let gateway: SlackGateway;
let channelId: string;

beforeEach(async () => {
  standIn = await SlackStandIn.start();
  client = new WebClient(standIn.token, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  gateway = new SlackGateway(client, new UserDirectory(client, 'UTC'));
  channelId = standIn.addChannel({ name: 'mentoring-pair', isPrivate: true }).id;
});

afterEach(async () => {
  await standIn.stop();
});

describe('SlackGateway.uploadFile', () => {
  it('asks for an upload URL, sends the bytes there and completes the upload in the channel', async () => {
    const content = '# Record\n\nNoé’s notes — ünïcödé 😀\n';
    await gateway.uploadFile(channelId, { filename: 'record.md', title: 'The record', content, initialComment: 'Here it is' });

    const [ticket] = standIn.callsTo('files.getUploadURLExternal');
    expect(ticket?.params).toMatchObject({ filename: 'record.md', length: String(Buffer.byteLength(content)) });
    const [complete] = standIn.callsTo('files.completeUploadExternal');
    expect(complete?.params).toMatchObject({ channel_id: channelId, initial_comment: 'Here it is' });
    expect(standIn.files(channelId)).toEqual([
      expect.objectContaining({ filename: 'record.md', title: 'The record', content, channels: [channelId], initialComment: 'Here it is' }),
    ]);
    expect(standIn.messages(channelId).at(-1)?.text).toBe('Here it is');
  });

  it('reports Slack’s refusal as a SlackCallError', async () => {
    standIn.failNext('files.completeUploadExternal', { error: 'not_in_channel' });
    const failure = await gateway.uploadFile(channelId, { filename: 'a.md', title: 'A', content: 'a' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SlackCallError);
    expect((failure as SlackCallError).slackError).toBe('not_in_channel');
    expect(standIn.files(channelId)).toEqual([]);
  });
});

describe('the stand-in’s upload flow', () => {
  it('refuses to complete an upload whose bytes never arrived, or a file it never handed out', async () => {
    const ticket = await client.files.getUploadURLExternal({ filename: 'x.md', length: 3 });
    await expect(client.files.completeUploadExternal({ files: [{ id: ticket.file_id! }], channel_id: channelId })).rejects.toMatchObject({
      data: { error: 'file_not_found' },
    });
    await expect(client.files.completeUploadExternal({ files: [{ id: 'F404' }], channel_id: channelId })).rejects.toMatchObject({
      data: { error: 'file_not_found' },
    });
    const missing = await fetch(`${standIn.baseUrl}/upload/F404`, { method: 'POST', body: 'abc' });
    expect(missing.status).toBe(404);
  });

  it('refuses bytes that differ from the announced length, and a bad length', async () => {
    const ticket = await client.files.getUploadURLExternal({ filename: 'x.md', length: 3 });
    expect(ticket.upload_url).toBe(`${standIn.baseUrl}/upload/${ticket.file_id}`);
    expect((await fetch(ticket.upload_url!, { method: 'POST', body: 'abcd' })).status).toBe(200);
    await expect(client.files.completeUploadExternal({ files: [{ id: ticket.file_id! }], channel_id: channelId })).rejects.toMatchObject({
      data: { error: 'file_upload_size_mismatch' },
    });
    await expect(client.files.getUploadURLExternal({ filename: 'x.md', length: 0 })).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
  });
});

/** Slack's external upload flow, through the gateway, against the stand-in; and the stand-in's own checks. */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { SlackCallError } from '../../src/services/slack-port.js';
import { SlackGateway } from '../../src/slack/platform/slack-gateway.js';
import { UserDirectory } from '../../src/slack/platform/user-directory.js';

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

describe('SlackGateway: a file for one person, and deleting it', () => {
  it('opens the bot’s direct message, hands the file id to `remember` before the bytes go, and shares it there alone', async () => {
    standIn.addUser({ id: 'U0ANA', name: 'ana' });
    const dm = await gateway.openDirectMessage('U0ANA');
    expect(standIn.callsTo('conversations.open')[0]?.params).toMatchObject({ users: 'U0ANA' });
    const remembered: Array<{ id: string; uploadsBefore: number }> = [];
    const id = await gateway.uploadFile(dm, { filename: 'mine.md', title: 'Mine', content: 'private' }, async (fileId) => {
      remembered.push({ id: fileId, uploadsBefore: standIn.files().filter((file) => file.content !== undefined).length });
    });
    expect(remembered).toEqual([{ id, uploadsBefore: 0 }]);
    expect(standIn.files(dm).map((file) => file.id)).toEqual([id]);
    expect(standIn.files(channelId)).toEqual([]);
  });

  it('a file whose id cannot be kept is never uploaded', async () => {
    const failure = await gateway
      .uploadFile(channelId, { filename: 'a.md', title: 'A', content: 'a' }, () => Promise.reject(new Error('database down')))
      .catch((error: unknown) => error);
    expect((failure as Error).message).toBe('database down');
    expect(standIn.callsTo('files.completeUploadExternal')).toEqual([]);
    expect(standIn.files().every((file) => file.content === undefined)).toBe(true);
  });

  it('deletes a file and its share; a file already deleted or never completed is gone; other refusals throw', async () => {
    const id = await gateway.uploadFile(channelId, { filename: 'a.md', title: 'A', content: 'a', initialComment: 'Here' });
    expect(standIn.messages(channelId).map((message) => message.text)).toEqual(['Here']);
    expect(await gateway.deleteFile(id)).toBe('deleted');
    expect(standIn.files(channelId)[0]?.deleted).toBe(true);
    expect(standIn.messages(channelId)).toEqual([]);
    expect(await gateway.deleteFile(id)).toBe('gone');
    expect(standIn.callsTo('files.delete').length).toBe(2);
    const ticket = await client.files.getUploadURLExternal({ filename: 'x.md', length: 3 });
    expect(await gateway.deleteFile(ticket.file_id!)).toBe('gone');
    expect(await gateway.deleteFile('F404')).toBe('gone');
    standIn.failNext('files.delete', { error: 'cant_delete_file' });
    const failure = await gateway.deleteFile(id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SlackCallError);
    expect((failure as SlackCallError).slackError).toBe('cant_delete_file');
  });

  it('the stand-in answers as Slack does', async () => {
    await expect(client.files.delete({ file: 'F404' })).rejects.toMatchObject({ data: { error: 'file_not_found' } });
    await expect(client.apiCall('files.delete', {})).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
    const id = await gateway.uploadFile(channelId, { filename: 'a.md', title: 'A', content: 'a' });
    expect(await client.files.delete({ file: id })).toMatchObject({ ok: true });
    await expect(client.files.delete({ file: id })).rejects.toMatchObject({ data: { error: 'file_deleted' } });
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

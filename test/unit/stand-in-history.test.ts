/** Message metadata and conversations.history in the stand-in, as strict as Slack, read through the gateway. */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { SlackGateway } from '../../src/slack/platform/slack-gateway.js';
import { UserDirectory } from '../../src/slack/platform/user-directory.js';

let standIn: SlackStandIn;
let client: WebClient;
let gateway: SlackGateway;
const ADMIN = 'UADMINH1';

beforeEach(async () => {
  standIn = await SlackStandIn.start();
  standIn.addUser({ id: ADMIN, name: 'admin', tz: 'UTC', locale: 'en-US' });
  client = new WebClient(standIn.token, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  gateway = new SlackGateway(client, new UserDirectory(client, 'UTC'));
});

afterEach(async () => {
  await standIn.stop();
});

const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const alert = (pairId: number, memberId: string) =>
  ({ kind: 'fitAlert', pairId, channelId: 'CPAIR', memberId, answer: 'not_a_fit', comment: 'private words' }) as const;

describe('message metadata and conversations.history', () => {
  it('finds the bot’s marked messages by pair (and member), across pages, and only those', async () => {
    const dm = await gateway.openDirectMessage(ADMIN);
    const mine = await gateway.notifyUserOnce(ADMIN, alert(7, 'UMENTEE1'), 'en', { pairId: 7, memberId: 'UMENTEE1' });
    const other = await gateway.notifyUserOnce(ADMIN, alert(8, 'UMENTEE2'), 'en', { pairId: 8, memberId: 'UMENTEE2' });
    // Enough unmarked posts that the marked ones sit on a later page (200 a page).
    for (let i = 0; i < 205; i += 1) await client.chat.postMessage({ channel: ADMIN, text: `note ${i}` });
    expect(mine.channelId).toBe(dm);
    expect(await gateway.findMarkedDirect(dm, { pairId: 7 })).toEqual([mine]);
    expect(await gateway.findMarkedDirect(dm, { pairId: 7, memberId: 'UMENTEE2' })).toEqual([]);
    expect(await gateway.findMarkedDirect(dm, { pairId: 8, memberId: 'UMENTEE2' })).toEqual([other]);
  });

  it('shows metadata only with include_all_metadata; refuses malformed metadata and a token without im:history', async () => {
    const dm = await gateway.openDirectMessage(ADMIN);
    await client.chat.postMessage({ channel: ADMIN, text: 'marked', metadata: { event_type: 'x_y', event_payload: { pair_id: 1 } } });
    const plain = await client.conversations.history({ channel: dm });
    expect(plain.messages?.[0]).not.toHaveProperty('metadata');
    const full = await client.conversations.history({ channel: dm, include_all_metadata: true });
    expect(full.messages?.[0]?.metadata).toEqual({ event_type: 'x_y', event_payload: { pair_id: 1 } });
    expect(await failureOf(client.apiCall('chat.postMessage', { channel: ADMIN, text: 'bad', metadata: { event_payload: {} } }))).toMatchObject({ data: { error: 'invalid_metadata_format' } });
    standIn.revokeScope('im:history');
    expect(await failureOf(client.conversations.history({ channel: dm }))).toMatchObject({ data: { error: 'missing_scope', needed: 'im:history' } });
  });
});

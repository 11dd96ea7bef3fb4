import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackRequests, slackSignature } from '../../src/dev/slack-requests.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';

const TOKEN = 'xoxb-test-token';

let standIn: SlackStandIn;
let client: WebClient;

function clientWith(token: string, options: { rejectRateLimitedCalls?: boolean } = {}): WebClient {
  return new WebClient(token, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR, ...options });
}

/** The Slack error code a WebClient call was rejected with. */
async function slackError(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
  } catch (error) {
    return (error as { data?: { error?: string } }).data?.error;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  standIn = await SlackStandIn.start({
    users: [
      { id: 'U001', name: 'ada', realName: 'Ada Lovelace', tz: 'Europe/Paris', locale: 'fr-FR', isAdmin: true },
      { id: 'U002', name: 'grace', realName: 'Grace Hopper' },
    ],
  });
  client = clientWith(TOKEN);
});

afterEach(async () => {
  await standIn.stop();
});

describe('SlackStandIn through the real WebClient', () => {
  it('answers auth.test with the bot identity', async () => {
    const result = await client.auth.test();
    expect(result).toMatchObject({
      ok: true,
      url: 'https://stand-in.slack.com/',
      team: 'Stand-in',
      team_id: 'T0001',
      user_id: 'UBOT',
      bot_id: 'B0001',
      is_enterprise_install: false,
    });
    expect(standIn.apiUrl).toBe(`${standIn.baseUrl}/api/`);
    expect(standIn.calls).toEqual([{ method: 'auth.test', params: {}, token: TOKEN }]);
  });

  it('answers users.info with the locale only when asked', async () => {
    const withLocale = await client.users.info({ user: 'U001', include_locale: true });
    expect(withLocale.user).toMatchObject({
      id: 'U001',
      team_id: 'T0001',
      name: 'ada',
      real_name: 'Ada Lovelace',
      deleted: false,
      tz: 'Europe/Paris',
      is_admin: true,
      is_owner: false,
      is_primary_owner: false,
      is_bot: false,
      is_app_user: false,
      locale: 'fr-FR',
      profile: { real_name: 'Ada Lovelace', display_name: 'ada' },
    });
    expect([3600, 7200]).toContain(withLocale.user?.tz_offset);
    expect(withLocale.user?.tz_label).toMatch(/Central European/);

    const withoutLocale = await client.users.info({ user: 'U002' });
    expect(withoutLocale.user).not.toHaveProperty('locale');
    expect(withoutLocale.user).not.toHaveProperty('tz');
    expect(await slackError(client.users.info({ user: 'U404' }))).toBe('user_not_found');
  });

  it('creates a private channel, then refuses the same name', async () => {
    const created = await client.conversations.create({ name: 'mentoring-ada-grace', is_private: true });
    expect(created.channel).toMatchObject({
      id: 'C0000001',
      name: 'mentoring-ada-grace',
      is_channel: true,
      is_private: true,
      is_archived: false,
      creator: 'UBOT',
      is_member: true,
      topic: { value: '' },
    });
    expect(standIn.channels.get('C0000001')?.members).toEqual(new Set(['UBOT']));
    expect(standIn.callsTo('conversations.create')[0]?.params).toEqual({ name: 'mentoring-ada-grace', is_private: 'true' });

    expect(await slackError(client.conversations.create({ name: 'mentoring-ada-grace' }))).toBe('name_taken');
    expect(await slackError(client.conversations.create({ name: 'Mentoring Ada' }))).toBe('invalid_name_specials');
    expect(await slackError(client.conversations.create({ name: 'x'.repeat(81) }))).toBe('invalid_name_maxlength');
  });

  it('invites, sets the topic, posts blocks and applies chat.update', async () => {
    const { channel } = await client.conversations.create({ name: 'pair-1', is_private: true });
    const channelId = channel?.id ?? '';

    const invited = await client.conversations.invite({ channel: channelId, users: 'U001,U002' });
    expect(invited.ok).toBe(true);
    expect((await client.conversations.members({ channel: channelId })).members).toEqual(['UBOT', 'U001', 'U002']);
    expect(await slackError(client.conversations.invite({ channel: channelId, users: 'U001' }))).toBe('already_in_channel');
    expect(await slackError(client.conversations.invite({ channel: channelId, users: 'UBOT' }))).toBe('cant_invite_self');
    expect(await slackError(client.conversations.invite({ channel: channelId, users: 'U404' }))).toBe('user_not_found');

    const topic = await client.conversations.setTopic({ channel: channelId, topic: 'Stage 1: building rapport' });
    expect(topic.channel?.topic).toMatchObject({ value: 'Stage 1: building rapport', creator: 'UBOT' });
    expect(standIn.channels.get(channelId)?.topic).toBe('Stage 1: building rapport');

    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Welcome*' } }];
    const posted = await client.chat.postMessage({ channel: channelId, text: 'Welcome', blocks });
    expect(posted).toMatchObject({ ok: true, channel: channelId, message: { type: 'message', user: 'UBOT', bot_id: 'B0001', text: 'Welcome', blocks } });
    expect(posted.ts).toBe('1700000000.000100');
    expect(standIn.callsTo('chat.postMessage')[0]?.params.blocks).toEqual(blocks);

    const second = await client.chat.postMessage({ channel: channelId, text: 'Second' });
    expect(Number(second.ts)).toBeGreaterThan(Number(posted.ts));

    const updated = await client.chat.update({ channel: channelId, ts: posted.ts ?? '', text: 'Welcome back' });
    expect(updated).toMatchObject({ ok: true, channel: channelId, ts: posted.ts, text: 'Welcome back' });
    expect(standIn.messages(channelId)).toEqual([
      { ts: posted.ts, channel: channelId, user: 'UBOT', text: 'Welcome back', blocks, edited: true },
      { ts: second.ts, channel: channelId, user: 'UBOT', text: 'Second', blocks: [] },
    ]);
    expect(await slackError(client.chat.update({ channel: channelId, ts: '1.000000', text: 'x' }))).toBe('message_not_found');
    expect(await slackError(client.chat.postMessage({ channel: channelId, text: '' }))).toBe('no_text');
  });

  it('refuses to post in an archived channel', async () => {
    const { channel } = await client.conversations.create({ name: 'done' });
    const channelId = channel?.id ?? '';
    expect((await client.conversations.archive({ channel: channelId })).ok).toBe(true);
    expect(standIn.channels.get(channelId)?.archived).toBe(true);
    expect(await slackError(client.conversations.archive({ channel: channelId }))).toBe('already_archived');

    const error = await client.chat.postMessage({ channel: channelId, text: 'hello' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.PlatformError, data: { ok: false, error: 'is_archived' } });
    expect(await slackError(client.chat.postMessage({ channel: 'C404', text: 'hello' }))).toBe('channel_not_found');
    expect(await slackError(client.conversations.create({ name: 'done' }))).toBe('name_taken');
  });

  it('refuses a wrong token but still records the call', async () => {
    expect(await slackError(clientWith('xoxb-wrong').auth.test())).toBe('invalid_auth');
    expect(standIn.calls).toEqual([{ method: 'auth.test', params: {}, token: 'xoxb-wrong' }]);
    expect(await slackError(client.apiCall('no.such.method'))).toBe('unknown_method');
  });

  it('injects failures: Slack errors, rate limits and HTTP statuses', async () => {
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const limited = clientWith(TOKEN, { rejectRateLimitedCalls: true });
    const error = await limited.chat.postMessage({ channel: 'C404', text: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 7 });

    standIn.failNext('auth.test', { error: 'team_is_restricted' }, 2);
    expect(await slackError(client.auth.test())).toBe('team_is_restricted');
    expect(await slackError(client.auth.test())).toBe('team_is_restricted');
    expect((await client.auth.test()).ok).toBe(true);

    standIn.failNext('auth.test', { status: 503 });
    await expect(client.auth.test()).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    expect(standIn.callsTo('auth.test')).toHaveLength(4);
  });

  it('posts ephemerals, opens and updates views, and records response URLs', async () => {
    const { channel } = await client.conversations.create({ name: 'room' });
    const channelId = channel?.id ?? '';
    expect(await slackError(client.chat.postEphemeral({ channel: channelId, user: 'U001', text: 'psst' }))).toBe('user_not_in_channel');
    await client.conversations.invite({ channel: channelId, users: 'U001' });
    expect((await client.chat.postEphemeral({ channel: channelId, user: 'U001', text: 'psst' })).message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(standIn.ephemerals(channelId)).toEqual([{ channel: channelId, user: 'U001', text: 'psst', blocks: [] }]);

    const view = { type: 'modal' as const, callback_id: 'goals', title: { type: 'plain_text' as const, text: 'Goals' }, blocks: [] };
    expect(await slackError(client.views.open({ trigger_id: '', view }))).toBe('invalid_arguments');
    const opened = await client.views.open({ trigger_id: '123.456.abc', view });
    expect(opened.view).toMatchObject({ type: 'modal', callback_id: 'goals', team_id: 'T0001', state: { values: {} } });
    const viewId = opened.view?.id ?? '';
    expect(viewId).toMatch(/^V/);
    const updated = await client.views.update({ view_id: viewId, hash: opened.view?.hash ?? '', view: { ...view, callback_id: 'goals-2' } });
    expect(updated.view).toMatchObject({ id: viewId, callback_id: 'goals-2' });
    expect(await slackError(client.views.update({ view_id: viewId, hash: opened.view?.hash ?? '', view }))).toBe('hash_conflict');
    expect(standIn.views.map((v) => [v.method, v.id, v.view.callback_id])).toEqual([
      ['views.open', viewId, 'goals'],
      ['views.update', viewId, 'goals-2'],
    ]);

    const responseUrl = standIn.newResponseUrl();
    const reply = await fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'done', replace_original: true }) });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toBe('ok');
    expect(standIn.responses).toEqual([{ id: responseUrl.split('/').pop(), body: { text: 'done', replace_original: true } }]);
  });

  it('posts to a user ID in the bot DM', async () => {
    const posted = await client.chat.postMessage({ channel: 'U002', text: 'Hi Grace' });
    expect(posted.channel).toMatch(/^D/);
    expect(standIn.messages('U002').map((m) => m.text)).toEqual(['Hi Grace']);
    expect(standIn.messages(posted.channel ?? '')).toHaveLength(1);
  });
});

describe('slackSignature', () => {
  it("matches Slack's documented example", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(slackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});

describe('SlackRequests', () => {
  const secret = 'test-signing-secret';
  let server: Server;
  let received: Array<{ url: string; headers: Record<string, string | string[] | undefined>; body: string }>;
  let requests: SlackRequests;

  beforeEach(async () => {
    received = [];
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ url: req.url ?? '', headers: req.headers, body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"response_action":"clear"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    requests = new SlackRequests({ appUrl, signingSecret: secret, standIn, now: () => 1_700_000_123_456 });
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function last() {
    const request = received.at(-1);
    if (request === undefined) throw new Error('nothing received');
    expect(request.url).toBe('/slack/events');
    expect(request.headers['x-slack-request-timestamp']).toBe('1700000123');
    expect(request.headers['x-slack-signature']).toBe(slackSignature(secret, 1700000123, request.body));
    return request;
  }

  it('sends a signed, form-encoded slash command', async () => {
    const reply = await requests.slashCommand({ command: '/mentor', text: 'start now', userId: 'U001', channelId: 'C123' });
    const request = last();
    // The reply keeps what was sent, so a test can deliver the very same request again (a Slack retry).
    expect(reply).toEqual({
      status: 200,
      body: '{"response_action":"clear"}',
      json: { response_action: 'clear' },
      sent: { body: request.body, contentType: 'application/x-www-form-urlencoded' },
    });
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(request.body));
    expect(Object.keys(form)).toEqual([
      'token', 'team_id', 'team_domain', 'channel_id', 'channel_name', 'user_id', 'user_name', 'command', 'text', 'api_app_id', 'is_enterprise_install', 'response_url', 'trigger_id',
    ]);
    expect(form).toMatchObject({ team_id: 'T0001', user_name: 'ada', command: '/mentor', text: 'start now', is_enterprise_install: 'false' });
    expect(form.response_url?.startsWith(`${standIn.baseUrl}/respond/`)).toBe(true);
    expect(form.trigger_id).toMatch(/^\d+\.\d+\.[0-9a-f]{32}$/);
  });

  it('sends block actions and view submissions as a payload field', async () => {
    const { channel } = await client.conversations.create({ name: 'pair' });
    const channelId = channel?.id ?? '';
    const blocks = [{ type: 'actions', block_id: 'stage', elements: [{ type: 'button', action_id: 'advance', text: { type: 'plain_text', text: 'Next stage' }, value: '2' }] }];
    const posted = await client.chat.postMessage({ channel: channelId, text: 'Stage 1', blocks });
    await requests.blockAction({ userId: 'U002', channelId, actionId: 'advance', messageTs: posted.ts ?? '' });
    const action = JSON.parse(new URLSearchParams(last().body).get('payload') ?? '{}') as Record<string, unknown>;
    expect(action).toMatchObject({
      type: 'block_actions',
      user: { id: 'U002', username: 'grace', name: 'grace', team_id: 'T0001' },
      container: { type: 'message', message_ts: posted.ts, channel_id: channelId, is_ephemeral: false },
      channel: { id: channelId, name: 'pair' },
      message: { ts: posted.ts, text: 'Stage 1', blocks },
      actions: [{ action_id: 'advance', block_id: 'stage', type: 'button', value: '2', text: { type: 'plain_text', text: 'Next stage' } }],
    });
    expect(action.response_url).toMatch(/\/respond\//);

    await requests.viewSubmission({ userId: 'U001', callbackId: 'goals', privateMetadata: '{"pair":1}', values: { goal: { text: { type: 'plain_text_input', value: 'Ship' } } } });
    const submission = JSON.parse(new URLSearchParams(last().body).get('payload') ?? '{}') as Record<string, unknown>;
    expect(submission).toMatchObject({
      type: 'view_submission',
      view: { type: 'modal', callback_id: 'goals', private_metadata: '{"pair":1}', state: { values: { goal: { text: { value: 'Ship' } } } } },
      response_urls: [],
    });
  });

  it('sends events as signed JSON with retry headers', async () => {
    await requests.event({ type: 'member_joined_channel', user: 'U001', channel: 'C1' }, { eventId: 'Ev1', retryNum: 1 });
    const request = last();
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-slack-retry-num']).toBe('1');
    expect(request.headers['x-slack-retry-reason']).toBe('http_timeout');
    expect(JSON.parse(request.body)).toMatchObject({
      type: 'event_callback',
      team_id: 'T0001',
      event_id: 'Ev1',
      event_time: 1700000123,
      event: { type: 'member_joined_channel', user: 'U001' },
      authorizations: [{ user_id: 'UBOT', is_bot: true }],
    });
  });
});

/**
 * The listener wrapper (src/slack/listener.ts) on its own: a bare Bolt app over HTTP with only the
 * handlers under test, signed requests in, the Slack stand-in out. Shows how one handler is tested
 * without the whole app: register it, send the click or command, read what reached response_url.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/content/index.js';
import { SlackRequests } from '../../src/dev/slack-requests.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { CoachError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { type ActionRequest, type CommandRequest, onAction, onCommand } from '../../src/slack/listener.js';
import { ACTION_AGENDA_POST } from '../../src/slack/ids.js';
import { registerAgendaActions } from '../../src/slack/nurture/agenda-actions.js';
import { SlackGateway } from '../../src/slack/platform/slack-gateway.js';
import { UserDirectory } from '../../src/slack/platform/user-directory.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const AMELIE = { id: 'U0AMELIE', name: 'amelie', locale: 'fr-FR' };
const BEN = { id: 'U0BEN', name: 'ben', locale: 'en-US' };
const en = catalogFor('en');
const fr = catalogFor('fr');

let standIn: SlackStandIn;
let database: TestDatabase;
let app: App;
let slack: SlackRequests;
const seen: Array<{ teamId: string; userId: string; words: string }> = [];
const logged: string[] = [];

beforeAll(async () => {
  standIn = await SlackStandIn.start({ users: [AMELIE, BEN] });
  database = await createTestDatabase();
  const signingSecret = randomBytes(16).toString('hex');
  app = new App({ token: standIn.token, signingSecret, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: standIn.apiUrl } });
  const ctx: ServiceContext = {
    db: database.db,
    slack: new SlackGateway(app.client, new UserDirectory(app.client, 'UTC')),
    adminUserIds: [],
    defaultTimezone: 'UTC',
    clock: () => new Date('2026-03-02T09:00:00Z'),
    log: (message) => logged.push(message),
  };
  onAction(app, ctx, 'test_hello', async ({ teamId, userId, catalog, reply }: ActionRequest) => {
    const c = await catalog();
    seen.push({ teamId, userId, words: c.generic.failed });
    await reply({ text: `hello ${userId}` }, { replace: true });
  });
  onAction(app, ctx, 'test_refuse', async () => {
    throw new CoachError('not_member');
  });
  onCommand(app, ctx, '/test-crash', async (_request: CommandRequest) => {
    throw new Error('something of ours broke, with the user text in it');
  });
  registerAgendaActions(app, ctx);
  const server = (await app.start(0)) as unknown as { address(): AddressInfo };
  slack = new SlackRequests({ appUrl: `http://127.0.0.1:${server.address().port}`, signingSecret, standIn });
});

afterAll(async () => {
  await app?.stop();
  await database?.destroy();
  await standIn?.stop();
});

/** The next answer posted to a response_url, waited for (the listener runs after Slack's ack). */
async function nextAnswer(before: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 5_000;
  while (standIn.responses.length <= before) {
    if (Date.now() > deadline) throw new Error('no answer reached response_url');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return standIn.responses[before]!.body;
}

describe('the listener wrapper', () => {
  it('acks, then hands the handler the team, the requester and the catalog in their language', async () => {
    const before = standIn.responses.length;
    const sent = await slack.blockAction({ userId: AMELIE.id, channelId: 'C0PAIR', actionId: 'test_hello', value: '1' });
    expect(sent.status).toBe(200);
    const answer = await nextAnswer(before);
    expect(answer).toEqual({ response_type: 'ephemeral', replace_original: true, text: `hello ${AMELIE.id}` });
    expect(seen.at(-1)).toEqual({ teamId: standIn.teamId, userId: AMELIE.id, words: fr.generic.failed });
  });

  it("turns a coded error into the requester's words, privately, leaving the message clicked on", async () => {
    const before = standIn.responses.length;
    await slack.blockAction({ userId: BEN.id, channelId: 'C0PAIR', actionId: 'test_refuse', value: '1' });
    expect(await nextAnswer(before)).toEqual({ response_type: 'ephemeral', replace_original: false, text: en.errors.not_member });
  });

  it('answers a failure of ours with the generic words, and logs it without the text', async () => {
    const before = standIn.responses.length;
    await slack.slashCommand({ command: '/test-crash', userId: AMELIE.id, channelId: 'C0PAIR' });
    expect(await nextAnswer(before)).toEqual({ response_type: 'ephemeral', text: fr.generic.failed });
    expect(logged).toContain('request failed');
  });

  it('tests a real handler through it: a forged agenda button is refused as stale, nothing posted', async () => {
    const before = standIn.responses.length;
    const posts = standIn.calls.filter((call) => call.method === 'chat.postMessage').length;
    await slack.blockAction({ userId: BEN.id, channelId: 'C0PAIR', actionId: ACTION_AGENDA_POST, value: 'not-a-pair' });
    expect(await nextAnswer(before)).toEqual({ response_type: 'ephemeral', replace_original: false, text: en.errors.stale_action });
    expect(standIn.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(posts);
  });
});

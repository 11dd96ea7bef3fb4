import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';

let standIn: SlackStandIn;
let client: WebClient;
let channel: string;

async function refusal(call: Promise<unknown>): Promise<{ error?: string; messages?: string[] }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data?: { error?: string; response_metadata?: { messages?: string[] } } }).data;
    return { error: data?.error, messages: data?.response_metadata?.messages };
  }
  throw new Error('expected the call to fail');
}

const dividers = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' as const }));
const modal = (blocks: unknown[]) => ({ type: 'modal', title: { type: 'plain_text', text: 'Log' }, blocks }) as never;

async function start(strict?: boolean): Promise<void> {
  standIn = await SlackStandIn.start({ users: [{ id: 'U001', name: 'ada' }], ...(strict === undefined ? {} : { strict }) });
  client = new WebClient(standIn.token, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  channel = standIn.addChannel({ name: 'pair', members: ['UBOT', 'U001'] }).id;
}

afterEach(async () => {
  await standIn.stop();
});

describe('the strict stand-in (the default)', () => {
  beforeEach(() => start());

  it('refuses 51 blocks with invalid_blocks, says which rule, and keeps nothing', async () => {
    await client.chat.postMessage({ channel, text: 'fifty', blocks: dividers(50) });
    const refused = await refusal(client.chat.postMessage({ channel, text: 'fifty-one', blocks: dividers(51) }));
    expect(refused.error).toBe('invalid_blocks');
    expect(refused.messages?.[0]).toContain('message.blocks: count 51 (limit 0..50) [json-pointer:/blocks]');
    expect(standIn.messages(channel).map((m) => m.text)).toEqual(['fifty']);
  });

  it('holds chat.update, chat.postEphemeral and response URLs to the same rules', async () => {
    const { ts } = await client.chat.postMessage({ channel, text: 'one', blocks: dividers(1) });
    expect((await refusal(client.chat.update({ channel, ts: ts!, text: 'x', blocks: dividers(51) }))).error).toBe('invalid_blocks');
    expect((await refusal(client.chat.postEphemeral({ channel, user: 'U001', text: 'x', blocks: dividers(51) }))).error).toBe('invalid_blocks');
    const url = standIn.newResponseUrl();
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x', blocks: dividers(51) }) });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/^invalid_blocks\n.*message\.blocks/);
    expect(standIn.responses).toEqual([]);
  });

  it('cuts message text past 40,000 characters instead of refusing it', async () => {
    await client.chat.postMessage({ channel, text: `${'a'.repeat(40_000)}tail` });
    expect(standIn.messages(channel)[0]?.text).toBe('a'.repeat(40_000));
  });

  it('refuses views over their limits with invalid_arguments; a Home tab takes 100 blocks', async () => {
    const refused = await refusal(client.views.open({ trigger_id: 't', view: modal(dividers(101)) }));
    expect(refused).toMatchObject({ error: 'invalid_arguments' });
    expect(refused.messages?.[0]).toContain('view.blocks');
    expect(standIn.views).toEqual([]);
    await client.views.publish({ user_id: 'U001', view: { type: 'home', blocks: dividers(100) } as never });
    expect((await refusal(client.views.publish({ user_id: 'U001', view: { type: 'home', blocks: dividers(101) } as never }))).error).toBe('invalid_arguments');
    expect((await refusal(client.views.publish({ user_id: 'U001', view: modal([]) }))).error).toBe('invalid_arguments');
  });

  it('refuses calls without their required arguments', async () => {
    const { ts } = await client.chat.postMessage({ channel, text: 'pin me' });
    expect((await refusal(client.apiCall('chat.postEphemeral', { channel, text: 'x' }))).error).toBe('invalid_arguments');
    expect((await refusal(client.apiCall('views.open', { view: modal([]) }))).error).toBe('invalid_arguments');
    expect((await refusal(client.apiCall('views.update', { view: modal([]) }))).error).toBe('invalid_arguments');
    expect((await refusal(client.apiCall('pins.add', { channel }))).error).toBe('no_item_specified');
    await client.pins.add({ channel, timestamp: ts! });
  });

  it('refuses a topic over 250 characters and channel names Slack would not take', async () => {
    await client.conversations.setTopic({ channel, topic: 't'.repeat(250) });
    expect((await refusal(client.conversations.setTopic({ channel, topic: 't'.repeat(251) }))).error).toBe('too_long');
    await client.conversations.create({ name: 'n'.repeat(80) });
    expect((await refusal(client.conversations.create({ name: 'n'.repeat(81) }))).error).toBe('invalid_name_maxlength');
    expect((await refusal(client.conversations.create({ name: 'Pair' }))).error).toBe('invalid_name_specials');
    expect((await refusal(client.conversations.create({ name: '' }))).error).toBe('invalid_name_required');
  });
});

describe('a lenient stand-in (strict: false)', () => {
  beforeEach(() => start(false));

  it('takes payloads over the limits, for a test that must get one through', async () => {
    await client.chat.postMessage({ channel, text: 'many', blocks: dividers(51) });
    await client.views.open({ trigger_id: 't', view: modal(dividers(101)) });
    expect(standIn.messages(channel)[0]?.blocks).toHaveLength(51);
    expect(standIn.views).toHaveLength(1);
  });
});

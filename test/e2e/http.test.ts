import { beforeAll, describe, expect, it } from 'vitest';
import { SlackRequests, slackSignature } from '../../src/dev/slack-requests.js';
import { mention, type Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

let mentor: Person;
let mentee: Person;

const { s } = useScenario();

beforeAll(async () => {
  mentor = s.person('mentor');
  mentee = s.person('mentee');
});

/** Signs like Slack with any secret and clock: a wrong secret or an old clock must be refused. */
function requestsWith(options: { signingSecret?: string; now?: () => number }): SlackRequests {
  return new SlackRequests({
    appUrl: s.harness.appUrl,
    signingSecret: options.signingSecret ?? s.harness.config.slack.signingSecret ?? '',
    standIn: s.standIn,
    ...(options.now ? { now: options.now } : {}),
  });
}

/** A `/mentor pair` by the admin, form-encoded exactly as Slack sends it: accepted, it would open a channel. */
function pairCommandBody(): string {
  return new URLSearchParams({
    token: 'stand-in-verification-token',
    team_id: s.standIn.teamId,
    team_domain: 'stand-in',
    channel_id: 'CGENERAL',
    channel_name: 'general',
    user_id: s.admin.id,
    user_name: s.admin.name,
    command: '/mentor',
    text: `pair ${mention(mentor)} ${mention(mentee)}`,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: s.standIn.newResponseUrl(),
    trigger_id: '1234567890.1234.abcdef',
  }).toString();
}

const FORM = 'application/x-www-form-urlencoded';
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('requests that are not provably from Slack get 401 and change nothing', () => {
  it.each([
    {
      case: 'signed with another secret',
      send: () => requestsWith({ signingSecret: 'not-the-signing-secret' }).slashCommand({
        command: '/mentor', text: `pair ${mention(mentor)} ${mention(mentee)}`, userId: s.admin.id, channelId: 'CGENERAL',
      }),
    },
    {
      case: 'signed ten minutes ago (a replay)',
      send: () => requestsWith({ now: () => Date.now() - 10 * 60_000 }).slashCommand({
        command: '/mentor', text: `pair ${mention(mentor)} ${mention(mentee)}`, userId: s.admin.id, channelId: 'CGENERAL',
      }),
    },
    {
      case: 'without any signature headers',
      send: () => s.harness.slack.raw(pairCommandBody(), { 'Content-Type': FORM }),
    },
    {
      case: 'with a timestamp but no signature',
      send: () => s.harness.slack.raw(pairCommandBody(), { 'Content-Type': FORM, 'X-Slack-Request-Timestamp': String(nowSeconds()) }),
    },
    {
      case: 'with a signature but no timestamp',
      send: () => {
        const body = pairCommandBody();
        return s.harness.slack.raw(body, {
          'Content-Type': FORM,
          'X-Slack-Signature': slackSignature(s.harness.config.slack.signingSecret ?? '', nowSeconds(), body),
        });
      },
    },
    {
      case: 'with a valid signature for another body (tampered)',
      send: () => {
        const timestamp = nowSeconds();
        const signed = pairCommandBody();
        const tampered = signed.replace('user_id=UADMIN0', 'user_id=UADMIN0&x=1');
        return s.harness.slack.raw(tampered, {
          'Content-Type': FORM,
          'X-Slack-Request-Timestamp': String(timestamp),
          'X-Slack-Signature': slackSignature(s.harness.config.slack.signingSecret ?? '', timestamp, signed),
        });
      },
    },
    {
      case: 'an event signed with another secret',
      send: () => requestsWith({ signingSecret: 'wrong-secret-0000' }).event({ type: 'app_uninstalled' }, { eventId: 'EvFORGED1' }),
    },
  ])('$case', async ({ send }) => {
    const mark = s.standIn.calls.length;
    const responsesBefore = s.standIn.responses.length;

    const reply = await send();

    expect(reply.status).toBe(401);
    // Give a wrongly accepted request the time to show its effects before checking there are none.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(s.callsSince(mark).filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(s.standIn.responses.length).toBe(responsesBefore);
    for (const table of ['pairs', 'stage_changes', 'meeting_logs', 'action_items', 'workspace_events'] as const) {
      expect(await s.count(table), table).toBe(0);
    }
  });

  it('the same request, properly signed, is carried out (so the refusals above were about the signature)', async () => {
    const answer = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(await s.count('pairs')).toBe(1);
    expect(s.standIn.callsTo('conversations.create')).toHaveLength(1);
  });
});

describe('GET /healthz', () => {
  it('answers 200 {status: ok} while the database answers', async () => {
    const response = await fetch(`${s.harness.appUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('workspace events', () => {
  it('app_uninstalled delivered with retries (same event_id) is stored once', async () => {
    const event = { type: 'app_uninstalled' };
    const replies = [];
    for (const retryNum of [undefined, 0, 1, 2, 3]) {
      replies.push(await s.harness.slack.event(event, { eventId: 'EvUNINSTALL1', ...(retryNum === undefined ? {} : { retryNum }) }));
    }
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
    const rows = await s.until(async () => {
      const found = await s.db.selectFrom('workspace_events').selectAll().where('event_id', '=', 'EvUNINSTALL1').execute();
      return found.length > 0 && found;
    });
    // Let any late duplicate land before counting.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await s.db.selectFrom('workspace_events').selectAll().where('event_id', '=', 'EvUNINSTALL1').execute()).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event_id: 'EvUNINSTALL1', team_id: s.standIn.teamId, event_type: 'app_uninstalled' });
  });

  it('retries arriving together are stored once too; another event is stored apart', async () => {
    const replies = await Promise.all(
      [1, 2, 3].map((retryNum) => s.harness.slack.event({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] } }, { eventId: 'EvREVOKED1', retryNum })),
    );
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    await s.until(async () => (await s.count('workspace_events')) === 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const rows = await s.db.selectFrom('workspace_events').selectAll().orderBy('id').execute();
    expect(rows.map((row) => [row.event_id, row.event_type])).toEqual([
      ['EvUNINSTALL1', 'app_uninstalled'],
      ['EvREVOKED1', 'tokens_revoked'],
    ]);
  });
});

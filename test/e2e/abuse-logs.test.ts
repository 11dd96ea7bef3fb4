/**
 * Logs can be shared when something goes wrong, so they never hold a secret or what people wrote.
 * Every line the app and Bolt write (at Bolt's debug level) is captured through a pair's life with
 * failures on purpose: Slack refusing calls, Slack answering 500, a response URL that is gone, a
 * listener that throws, a forged signature. None may contain the bot token, the signing secret, a
 * meeting log's text or a private note.
 */
import { LogLevel } from '@slack/bolt';
import { beforeAll, describe, expect, it } from 'vitest';
import { slackSignature } from '../../src/dev/slack-requests.js';
import { LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import type { OpenedPair } from '../support/e2e.js';
import { replanPair } from '../../src/services/scheduling/nudges.js';
import { useScenario } from '../support/use-scenario.js';

const lines: string[] = [];
const capture = (message: string, details?: Record<string, unknown>) => {
  lines.push(JSON.stringify({ message, ...details }));
};

// Words that appear nowhere else, so finding one in a log line can only mean a leak.
const NOTES = {
  inline: 'Quokka-zanzibar inline note 7781',
  failedPost: 'Marmalade-vortex note whose post Slack refused 3390',
  serverError: 'Obsidian-lantern note while Slack answered 500 1204',
  goneResponse: 'Pelican-saffron note answered to a gone URL 5521',
  withNul: 'Tangerine-\u0000-nul note 6630',
  formSummary: 'Glacier-harmonica form summary 4417',
  privateNote: 'Velvet-cactus private note only the author sees 9902',
  errorEcho: 'Juniper-kettle-8812',
};

let pair: OpenedPair;

const { s } = useScenario({ log: capture, slackLogLevel: LogLevel.DEBUG });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
});

/** Waits until the stand-in has seen no call for a moment: the effects of a request have landed. */
async function quiet(): Promise<void> {
  for (let calls = -1; calls !== s.standIn.calls.length; ) {
    calls = s.standIn.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('logs hold neither secrets nor what people wrote', () => {
  it('through successes and failures of every kind', async () => {
    await s.run(pair.mentee, '/mentor-log', `${NOTES.inline}\nnext: ${NOTES.inline} follow-up`, pair.channelId);

    s.standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await s.run(pair.mentor, '/mentor-log', NOTES.failedPost, pair.channelId);

    s.standIn.failNext('chat.postMessage', { status: 500 }, 5);
    s.standIn.failNext('chat.update', { status: 500 }, 5);
    await s.run(pair.mentee, '/mentor-log', NOTES.serverError, pair.channelId);
    await quiet();

    // The answer cannot be delivered: Slack's response URL is gone.
    await s.send(pair.mentee, '/mentor-log', NOTES.goneResponse, pair.channelId, { responseUrl: `${s.standIn.baseUrl}/gone/404` });
    await s.send(pair.mentee, '/mentor', `done ${NOTES.errorEcho}`, pair.channelId, { responseUrl: `${s.standIn.baseUrl}/gone/404` });
    await s.run(pair.mentee, '/mentor-log', NOTES.withNul, pair.channelId);

    // The form, with a private note, while Slack refuses the post.
    s.standIn.failNext('chat.postMessage', { error: 'is_archived' });
    const reply = await s.harness.slack.viewSubmission({
      userId: pair.mentor.id,
      callbackId: VIEW_MEETING_LOG,
      privateMetadata: JSON.stringify({ channelId: pair.channelId }),
      values: {
        [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: NOTES.formSummary } },
        [LOG_BLOCKS.privateNote]: { value: { type: 'plain_text_input', value: NOTES.privateNote } },
      },
    });
    expect(reply.status).toBe(200);
    await quiet();

    // A listener that throws (no user in the payload), and a request with a forged signature.
    const broken = new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', actions: [{ action_id: 'action_item_done', value: NOTES.errorEcho }] }) }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = s.harness.config.slack.signingSecret ?? '';
    await s.harness.slack.raw(broken, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(secret, timestamp, broken),
    });
    await s.harness.slack.raw(broken, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature('not-the-secret', timestamp, broken),
    });
    await quiet();

    // The scheduler's own Slack client failing when the pair's overdue reminder comes due: its
    // lines go through the same logger.
    await replanPair(s.harness.coach.ctx, pair.pairId);
    const overdue = await s.db
      .selectFrom('jobs')
      .select('run_at')
      .where('pair_id', '=', pair.pairId)
      .where('kind', '=', 'meeting_overdue')
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow();
    s.standIn.failNext('chat.postMessage', { status: 500 }, 20);
    // The overdue reminder fails, and so may any other reminder due by then (the first weeks' nudges).
    expect((await s.harness.tick(overdue.run_at)).retried).toBeGreaterThanOrEqual(1);
    expect(lines.some((line) => line.includes('job failed')), 'the scheduler logged its failure').toBe(true);

    // The failures were logged (so the check below looked at real failure lines)...
    expect(lines.some((line) => /request failed|could not|error/i.test(line)), lines.join('\n')).toBe(true);
    expect(lines.some((line) => /verify|signature/i.test(line)), 'the forged signature was logged (by the guard in front of Bolt)').toBe(true);
    // ...and the notes were stored, so they were in the app's hands.
    expect(await s.count('meeting_logs', pair.pairId)).toBeGreaterThanOrEqual(4);

    const secrets = {
      botToken: s.standIn.token,
      signingSecret: secret,
      ...NOTES,
      withNul: NOTES.withNul.replace('\u0000', '\\u0000'),
    };
    for (const [name, value] of Object.entries(secrets)) {
      const leaks = lines.filter((line) => line.includes(value) || line.includes(value.slice(0, 16)));
      expect(leaks, `${name} appears in the logs`).toEqual([]);
    }
  });
});

/**
 * Attack repro: "Post it again" checks message_ts, posts, then writes message_ts, with nothing held
 * in between. Two clicks at once (both members, or a double click that Slack sends as two actions)
 * both find message_ts null and both post: the record appears twice in the pair's channel.
 */
import { beforeAll, expect, it } from 'vitest';
import { ACTION_LOG_REPOST } from '../../src/slack/ids.js';
import type { OpenedPair, Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const NOW = new Date('2031-01-15T12:00:00Z');
let pair: OpenedPair;

const { s } = useScenario({ start: NOW });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
});
async function postAgain(who: Person, logId: number) {
  const responseUrl = s.standIn.newResponseUrl();
  const reply = await s.harness.slack.blockAction({ userId: who.id, channelId: pair.channelId, actionId: ACTION_LOG_REPOST, value: String(logId), responseUrl });
  expect(reply.status).toBe(200);
  return s.answerTo(responseUrl);
}

it('two "Post it again" clicks at once post the record once', async () => {
  s.standIn.failNext('chat.postMessage', { error: 'internal_error' });
  await s.run(pair.mentee, '/mentor-log', 'We practised the pitch.\nnext: rewrite the intro', pair.channelId);
  const log = await s.db.selectFrom('meeting_logs').select(['id']).where('pair_id', '=', pair.pairId).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const before = s.posts(pair.channelId).length;
  await Promise.all([postAgain(pair.mentee, log.id), postAgain(pair.mentor, log.id)]);
  expect(s.posts(pair.channelId).length - before).toBe(1);
});

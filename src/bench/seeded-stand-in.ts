/** A Slack stand-in whose workspace holds the seeded pairs: their people (in UTC) and private channels. */
import { SlackStandIn } from '../dev/slack-stand-in.js';
import { BENCH_TEAM, seededPair } from './bench-db.js';

export async function seededStandIn(pairs: number): Promise<SlackStandIn> {
  const people = Array.from({ length: pairs }, (_, i) => seededPair(i + 1));
  const standIn = await SlackStandIn.start({
    teamId: BENCH_TEAM,
    users: people.flatMap((pair) => [
      { id: pair.mentorId, name: pair.mentorId.toLowerCase(), tz: 'UTC', locale: 'en-US' },
      { id: pair.menteeId, name: pair.menteeId.toLowerCase(), tz: 'UTC', locale: 'en-US' },
    ]),
  });
  for (const pair of people) {
    standIn.addChannel({ id: pair.channelId, name: `mentoring-${pair.channelId.toLowerCase()}`, isPrivate: true, members: [standIn.botUserId, pair.mentorId, pair.menteeId] });
  }
  return standIn;
}

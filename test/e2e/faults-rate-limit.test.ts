/**
 * Isolation (issue 12, point 3): a 429 on one pair's post touches only that request. The interactive
 * Web API client rejects a rate-limited call instead of pausing its whole queue, so another pair's
 * stage change still posts at once, and the member whose post was refused is told, in their own
 * language, when to try again.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { fill } from '../../src/content/index.js';
import { messageText } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const { s } = useScenario();

describe('a 429 with Retry-After 20 on pair 1’s post', () => {
  it.each([
    { locale: 'en-US', c: en },
    { locale: 'fr-FR', c: fr },
  ])('pair 2’s stage change posts within a second; pair 1’s member is told to wait 20 s ($locale)', async ({ locale, c }) => {
    const one = await s.openPair({ mentee: s.person('mentee', { locale }) });
    const two = await s.openPair();
    s.standIn.failNext('chat.postMessage', { status: 429, retryAfter: 20 });
    const mark = s.standIn.calls.length;
    const answerOne = s.run(one.mentee, '/mentor', 'stage engage', one.channelId);
    await s.waitFor(() => s.callsSince(mark, 'chat.postMessage').some((call) => call.params.channel === one.channelId));

    const started = Date.now();
    await s.run(two.mentee, '/mentor', 'stage engage', two.channelId);
    await s.waitFor(() => s.posts(two.channelId).some((post) => messageText(post).includes(fill(en.stage.changed, { user: `<@${two.mentee.id}>`, from: en.stageNames.prepare, to: en.stageNames.engage }))));
    const elapsed = Date.now() - started;
    console.log(`429 isolation: pair 2's stage post landed ${elapsed} ms after pair 1's call was rate-limited`);
    expect(elapsed).toBeLessThan(1_000);

    expect((await answerOne).text).toBe(fill(c.resilience.slackBusy, { seconds: 20 }));
  });
});

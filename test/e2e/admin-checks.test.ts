/**
 * Admin checks are fresh and scoped (issue 12, point 8): `pair`, `erase` and `jobs` read the asker's
 * admin flag from Slack itself, not from the users.info cache, so a demotion counts at once; and
 * `/mentor jobs` counts only the asker's own workspace's jobs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { SlackRequests } from '../../src/dev/slack-requests.js';
import { allText, mention, type Person, Scenario } from '../support/e2e.js';

let s: Scenario;
let boss: Person;

beforeAll(async () => {
  // No ADMIN_USER_IDS: Slack's workspace admins are the programme admins.
  s = await Scenario.start({ adminUserIds: [] });
  boss = s.person('boss', { isAdmin: true });
});

afterAll(async () => {
  await s?.stop();
});

const pendingJobs = async () =>
  Number((await s.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('state', 'in', ['pending', 'running']).executeTakeFirstOrThrow()).n);

describe('a workspace admin demoted in Slack', () => {
  it('can no longer pair, erase or read the jobs, at once (no cached admin flag)', async () => {
    const pair = await s.openPair({ admin: boss });
    // The boss's flag is now in the users.info cache (every command asks for the asker's language).
    expect((await s.run(boss, '/mentor', 'jobs', 'CGENERAL')).text).toContain(en.jobs.title);

    const stored = s.standIn.user(boss.id);
    if (!stored) throw new Error('the boss is not in the stand-in');
    stored.isAdmin = false;
    const before = s.standIn.callsTo('users.info').length;
    for (const text of [`pair ${mention(s.person('mentor'))} ${mention(s.person('mentee'))}`, 'jobs', `erase ${pair.pairId}`]) {
      expect((await s.run(boss, '/mentor', text, 'CGENERAL')).text, text).toBe(en.errors.not_admin);
    }
    // Each check asked Slack.
    expect(s.standIn.callsTo('users.info').length - before).toBeGreaterThanOrEqual(3);
    expect(await s.count('pairs')).toBe(1);
  });
});

describe('/mentor jobs', () => {
  it('counts only the asker’s workspace', async () => {
    const admin = s.person('admin', { isAdmin: true });
    await s.openPair({ admin });
    const here = await pendingJobs();
    expect(here).toBeGreaterThan(0);
    const ours = await s.run(admin, '/mentor', 'jobs', 'CGENERAL');
    expect(ours.text).toContain(fill(en.jobs.counts, { pending: here, failed: 0 }));

    // The same request from another workspace the app is installed in.
    const elsewhere = new SlackRequests({ appUrl: s.harness.appUrl, signingSecret: s.harness.config.slack.signingSecret ?? '', standIn: s.standIn, teamId: 'T0OTHER' });
    const responseUrl = s.standIn.newResponseUrl();
    const reply = await elsewhere.slashCommand({ command: '/mentor', text: 'jobs', userId: admin.id, channelId: 'CGENERAL', responseUrl });
    expect(reply.status).toBe(200);
    const theirs = await s.answerTo(responseUrl);
    expect(theirs.text).toContain(fill(en.jobs.counts, { pending: 0, failed: 0 }));
    expect(allText(theirs.body)).toContain(en.jobs.none);
  });
});

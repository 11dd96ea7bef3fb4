import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { mention, messageText, type Person, Scenario } from '../support/e2e.js';

// One database for the file (PGlite takes seconds to start); each describe is a workspace of its own.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.destroy();
});

/** Runs `/mentor pair …` and checks that the refusal left nothing behind: no channel, no pair, no post. */
async function expectRefused(s: Scenario, actor: Person, text: string, expected: string): Promise<void> {
  const mark = s.standIn.calls.length;
  const pairsBefore = await s.count('pairs');
  const changesBefore = await s.count('stage_changes');
  const answer = await s.run(actor, '/mentor', text, 'CGENERAL');
  expect(answer.body.response_type).toBe('ephemeral');
  expect(answer.text).toContain(expected);
  const methods = s.callsSince(mark).map((call) => call.method);
  for (const forbidden of ['conversations.create', 'conversations.invite', 'conversations.setTopic', 'chat.postMessage']) {
    expect(methods).not.toContain(forbidden);
  }
  expect(await s.count('pairs')).toBe(pairsBefore);
  expect(await s.count('stage_changes')).toBe(changesBefore);
}

describe('/mentor pair by an admin listed in ADMIN_USER_IDS', () => {
  let s: Scenario;

  beforeAll(async () => {
    s = await Scenario.start({ database });
  });

  afterAll(async () => {
    await s?.stop();
  });

  it('creates one private channel, invites both, sets the topic, posts welcome and prepare, stores the pair', async () => {
    const mentor = s.person('mentor', { name: 'marco', realName: 'Marco Rossi' });
    const mentee = s.person('mentee', { name: 'lea', realName: 'Léa Martin' });
    const mark = s.standIn.calls.length;

    const answer = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');

    const creates = s.callsSince(mark, 'conversations.create');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.params).toMatchObject({ name: 'mentoring-lea-marco' });
    expect(String(creates[0]?.params.is_private)).toBe('true');

    const channel = [...s.standIn.channels.values()].find((c) => c.name === 'mentoring-lea-marco');
    expect(channel).toBeDefined();
    if (!channel) return;
    expect(channel.isPrivate).toBe(true);

    const invites = s.callsSince(mark, 'conversations.invite');
    expect(invites).toHaveLength(1);
    expect(invites[0]?.params.channel).toBe(channel.id);
    expect(String(invites[0]?.params.users).split(',').sort()).toEqual([mentee.id, mentor.id].sort());
    expect([...channel.members].sort()).toEqual([mentee.id, mentor.id, s.standIn.botUserId].sort());

    const topics = s.callsSince(mark, 'conversations.setTopic');
    expect(topics).toHaveLength(1);
    expect(topics[0]?.params.channel).toBe(channel.id);
    expect(channel.topic).toBe(fill(en.pair.topic, { mentor: 'marco', mentee: 'lea' }));

    const posts = s.posts(channel.id);
    expect(posts).toHaveLength(2);
    expect(messageText(posts[0]!)).toContain(en.welcome.title);
    expect(messageText(posts[0]!)).toContain(fill(en.welcome.body, { mentor: `<@${mentor.id}>`, mentee: `<@${mentee.id}>` }));
    expect(messageText(posts[1]!)).toContain(en.prepare.title);
    expect(messageText(posts[1]!)).toContain(en.prepare.goalBody);
    for (const prompt of en.prepare.inventory) expect(messageText(posts[1]!)).toContain(prompt);
    // Nothing is posted anywhere else.
    expect(s.callsSince(mark, 'chat.postMessage').every((call) => call.params.channel === channel.id)).toBe(true);

    const pair = await s.db.selectFrom('pairs').selectAll().where('channel_id', '=', channel.id).executeTakeFirstOrThrow();
    expect(pair).toMatchObject({
      team_id: s.standIn.teamId,
      mentor_id: mentor.id,
      mentee_id: mentee.id,
      stage: 'prepare',
      locale: 'en',
      channel_name: 'mentoring-lea-marco',
      created_by: s.admin.id,
      closed_at: null,
    });
    const changes = await s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pair.id).execute();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ from_stage: null, to_stage: 'prepare', changed_by: s.admin.id });

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(
      fill(en.pair.opened, { channel: `<#${channel.id}>`, mentor: `<@${mentor.id}>`, mentee: `<@${mentee.id}>` }),
    );
  });

  it('retries with a suffixed name when the readable name is taken', async () => {
    const mentor = s.person('mentor', { name: 'nora' });
    const mentee = s.person('mentee', { name: 'omar' });
    const squatter = s.standIn.addChannel({ name: 'mentoring-omar-nora', isPrivate: false });
    const mark = s.standIn.calls.length;

    const pair = await s.openPair({ mentor, mentee });

    const names = s.callsSince(mark, 'conversations.create').map((call) => call.params.name);
    expect(names).toEqual(['mentoring-omar-nora', 'mentoring-omar-nora-2']);
    expect(pair.channelId).not.toBe(squatter.id);
    expect(s.standIn.channels.get(pair.channelId)?.name).toBe('mentoring-omar-nora-2');
    expect((await s.pairRow(pair.pairId)).channel_name).toBe('mentoring-omar-nora-2');
    expect(s.posts(squatter.id)).toEqual([]);
  });

  describe('refuses, with a clear answer and nothing created', () => {
    it('a member who is not a programme admin', async () => {
      const outsider = s.person('member');
      await expectRefused(s, outsider, `pair ${mention(s.person('mentor'))} ${mention(s.person('mentee'))}`, en.errors.not_admin);
    });

    it.each([
      { case: 'no mention at all', text: () => 'pair', error: en.errors.mention_missing },
      { case: 'only one mention', text: (m: Person) => `pair ${mention(m)}`, error: en.errors.mention_missing },
      { case: 'three mentions', text: (m: Person, e: Person) => `pair ${mention(m)} ${mention(e)} ${mention(m)}`, error: en.errors.mention_missing },
      { case: 'plain @names that are not mentions', text: () => 'pair @bob @alice', error: en.errors.mention_malformed },
      { case: 'one plain @name', text: (m: Person) => `pair ${mention(m)} @bob`, error: en.errors.mention_malformed },
      { case: 'a lone plain @name', text: () => 'pair @bob', error: en.errors.mention_malformed },
      { case: 'a channel link instead of a person', text: (m: Person) => `pair ${mention(m)} <#C0123|general>`, error: en.errors.mention_malformed },
      { case: 'the same person twice', text: (m: Person) => `pair ${mention(m)} ${mention(m)}`, error: en.errors.same_person },
      { case: 'the same person, once without a label', text: (m: Person) => `pair ${mention(m)} <@${m.id}>`, error: en.errors.same_person },
    ])('$case', async ({ text, error }) => {
      await expectRefused(s, s.admin, text(s.person('mentor'), s.person('mentee')), error);
    });

    it.each([
      { case: 'a bot user', who: (sc: Scenario) => sc.person('bot', { isBot: true }), code: 'bot_user' as const },
      { case: 'the app itself', who: (sc: Scenario) => ({ id: sc.standIn.botUserId, name: 'mentor-coach' }), code: 'bot_user' as const },
      { case: 'a deactivated account', who: (sc: Scenario) => sc.person('gone', { deleted: true }), code: 'user_not_found' as const },
      { case: 'someone Slack does not know', who: () => ({ id: 'UNOBODY9', name: 'ghost' }), code: 'user_not_found' as const },
    ])('$case as mentee or as mentor', async ({ who, code }) => {
      const odd = who(s);
      const person = s.person('mentor');
      const error = fill(en.errors[code], { user: `<@${odd.id}>` });
      await expectRefused(s, s.admin, `pair ${mention(person)} ${mention(odd)}`, error);
      await expectRefused(s, s.admin, `pair ${mention(odd)} ${mention(person)}`, error);
    });

    it('a pair that already has an active channel, in either order', async () => {
      const pair = await s.openPair();
      await expectRefused(s, s.admin, `pair ${mention(pair.mentor)} ${mention(pair.mentee)}`, en.errors.pair_exists);
      await expectRefused(s, s.admin, `pair ${mention(pair.mentee)} ${mention(pair.mentor)}`, en.errors.pair_exists);
      expect(await s.count('pairs', pair.pairId)).toBe(1);
    });
  });

  describe('undoes its own work when Slack refuses a step', () => {
    it('invite refused: channel_failed, no pair stored, the new channel archived', async () => {
      const mentor = s.person('mentor', { name: 'paula' });
      const mentee = s.person('mentee', { name: 'quinn' });
      const pairsBefore = await s.count('pairs');
      const changesBefore = await s.count('stage_changes');
      s.standIn.failNext('conversations.invite', { error: 'user_is_restricted' });

      const answer = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');

      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.text).toContain(en.errors.channel_failed);
      expect(await s.count('pairs')).toBe(pairsBefore);
      expect(await s.count('stage_changes')).toBe(changesBefore);
      const channel = [...s.standIn.channels.values()].find((c) => c.name === 'mentoring-quinn-paula');
      expect(channel?.archived).toBe(true);
      expect(s.posts(channel?.id ?? '')).toEqual([]);

      // Nothing stands in the way of a second try.
      const retried = await s.openPair({ mentor, mentee });
      expect(s.standIn.channels.get(retried.channelId)?.archived).toBe(false);
    });

    it('setTopic refused: channel_failed, no pair stored, the new channel archived', async () => {
      const mentor = s.person('mentor', { name: 'rita' });
      const mentee = s.person('mentee', { name: 'sam' });
      const pairsBefore = await s.count('pairs');
      s.standIn.failNext('conversations.setTopic', { error: 'too_long' });

      const answer = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');

      expect(answer.text).toContain(en.errors.channel_failed);
      expect(await s.count('pairs')).toBe(pairsBefore);
      expect([...s.standIn.channels.values()].find((c) => c.name === 'mentoring-sam-rita')?.archived).toBe(true);
    });

    it('create refused: channel_failed and nothing at all', async () => {
      const mentor = s.person('mentor');
      const mentee = s.person('mentee');
      const pairsBefore = await s.count('pairs');
      const channelsBefore = s.standIn.channels.size;
      s.standIn.failNext('conversations.create', { error: 'restricted_action' });

      const answer = await s.run(s.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');

      expect(answer.text).toContain(en.errors.channel_failed);
      expect(await s.count('pairs')).toBe(pairsBefore);
      expect(s.standIn.channels.size).toBe(channelsBefore);
    });
  });
});

describe('/mentor pair with no ADMIN_USER_IDS: workspace admins and owners are the programme admins', () => {
  let s: Scenario;

  beforeAll(async () => {
    // A new stand-in hands out channel ids from C0000001 again: start from an empty pairs table.
    await database.db.deleteFrom('pairs').execute();
    s = await Scenario.start({ database, adminUserIds: [] });
  });

  afterAll(async () => {
    await s?.stop();
  });

  it.each([
    { case: 'a workspace admin', flags: { isAdmin: true } },
    { case: 'a workspace owner', flags: { isOwner: true } },
  ])('$case opens a pair', async ({ flags }) => {
    const admin = s.person('boss', flags);
    const mark = s.standIn.calls.length;
    const pair = await s.openPair({ admin });
    expect(s.callsSince(mark, 'conversations.create')).toHaveLength(1);
    expect(s.callsSince(mark, 'users.info').map((call) => call.params.user)).toContain(admin.id);
    expect(s.posts(pair.channelId)).toHaveLength(2);
    expect((await s.pairRow(pair.pairId)).created_by).toBe(admin.id);
  });

  it.each([
    { case: 'a regular member', flags: {} },
    { case: 'a deactivated admin', flags: { isAdmin: true, deleted: true } },
    // Listed in ADMIN_USER_IDS of the other describe, but that list is empty here.
    { case: 'the admin of the ADMIN_USER_IDS setup, who is no workspace admin', flags: null },
  ])('$case is refused', async ({ flags }) => {
    const actor = flags === null ? s.admin : s.person('member', flags);
    await expectRefused(s, actor, `pair ${mention(s.person('mentor'))} ${mention(s.person('mentee'))}`, en.errors.not_admin);
  });
});

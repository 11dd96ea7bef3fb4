import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { type Catalog, fill } from '../../src/content/index.js';
import type { OpenStage } from '../../src/domain/stages.js';
import { allText, messageText, type OpenedPair } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

const { s } = useScenario();

/** What a stage's post must carry, in a given language. */
function expectStageContent(c: Catalog, stage: OpenStage, text: string, pairId: number, post: { blocks: unknown[] }): void {
  switch (stage) {
    case 'prepare':
      expect(text).toContain(c.prepare.title);
      break;
    case 'engage': {
      // The stage post is followed by posts of its own for the icebreakers and the two checklists.
      expect(text).toContain(c.engage.title);
      expect(c.engage.icebreakers.filter((question) => text.includes(question)).length).toBeGreaterThanOrEqual(3);
      expect(c.engage.agreement).toHaveLength(5);
      for (const item of c.engage.agreement) expect(text).toContain(item);
      break;
    }
    case 'nurture':
      expect(text).toContain(c.nurture.title);
      for (const activity of c.nurture.activities) expect(text).toContain(activity);
      expect(text).toContain(c.nurture.expectations);
      break;
    case 'evaluate': {
      expect(text).toContain(c.evaluate.title);
      for (const item of c.evaluate.checklist) expect(text).toContain(item);
      const buttons = (post.blocks as Array<{ type?: string; elements?: Array<Record<string, unknown>> }>).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
      expect(buttons.find((element) => element.action_id === 'wrap_up_confirm')).toMatchObject({ type: 'button', value: String(pairId) });
      expect(buttons.find((element) => element.action_id === 'wrap_up_reflect')).toMatchObject({ type: 'button', value: String(pairId) });
      break;
    }
  }
}

/** How many posts entering a stage brings: engage adds its icebreakers and its checklists. */
const POSTS_PER_STAGE: Record<OpenStage, number> = { prepare: 1, engage: 3, nurture: 1, evaluate: 1 };

/** The posts a stage change brought, as one text (the stage post first). */
function stagePostsText(channelId: string, postsBefore: number): string {
  return s.posts(channelId).slice(postsBefore).map(messageText).join('\n');
}

describe('/mentor stage next, by a member in the pair channel', () => {
  let pair: OpenedPair;

  beforeAll(async () => {
    pair = await s.openPair();
  });

  it.each([
    { from: 'prepare', to: 'engage', by: 'mentee' },
    { from: 'engage', to: 'nurture', by: 'mentor' },
    { from: 'nurture', to: 'evaluate', by: 'mentee' },
  ] as const)('$from -> $to ($by)', async ({ from, to, by }) => {
    const actor = pair[by];
    const postsBefore = s.posts(pair.channelId).length;

    const answer = await s.run(actor, '/mentor', 'stage next', pair.channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames[to] }));
    expect((await s.pairRow(pair.pairId)).stage).toBe(to);
    const changes = await s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pair.pairId).orderBy('id').execute();
    expect(changes.at(-1)).toMatchObject({ from_stage: from, to_stage: to, changed_by: actor.id });

    const posts = s.posts(pair.channelId).slice(postsBefore);
    expect(posts).toHaveLength(POSTS_PER_STAGE[to]);
    expect(messageText(posts[0]!)).toContain(
      fill(en.stage.changed, { user: `<@${actor.id}>`, from: en.stageNames[from], to: en.stageNames[to] }),
    );
    expectStageContent(en, to, stagePostsText(pair.channelId, postsBefore), pair.pairId, posts[0]!);
  });

  it('the history holds every change, opening first', async () => {
    const changes = await s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pair.pairId).orderBy('id').execute();
    expect(changes.map((change) => [change.from_stage, change.to_stage])).toEqual([
      [null, 'prepare'],
      ['prepare', 'engage'],
      ['engage', 'nurture'],
      ['nurture', 'evaluate'],
    ]);
    for (const change of changes) expect(change.changed_at).toBeInstanceOf(Date);
  });

  it('stage next from evaluate points to /wrap-up and changes nothing', async () => {
    const postsBefore = s.posts(pair.channelId).length;
    const changesBefore = await s.count('stage_changes', pair.pairId);
    const answer = await s.run(pair.mentor, '/mentor', 'stage next', pair.channelId);
    expect(answer.text).toContain(en.errors.use_wrap_up);
    expect((await s.pairRow(pair.pairId)).stage).toBe('evaluate');
    expect(await s.count('stage_changes', pair.pairId)).toBe(changesBefore);
    expect(s.posts(pair.channelId)).toHaveLength(postsBefore);
  });

  it('/mentor stage <name> jumps, here back from evaluate to nurture', async () => {
    const postsBefore = s.posts(pair.channelId).length;
    const answer = await s.run(pair.mentor, '/mentor', 'stage nurture', pair.channelId);
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.nurture }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('nurture');
    const last = await s.db.selectFrom('stage_changes').selectAll().where('pair_id', '=', pair.pairId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ from_stage: 'evaluate', to_stage: 'nurture', changed_by: pair.mentor.id });
    const posts = s.posts(pair.channelId).slice(postsBefore);
    expect(posts).toHaveLength(1);
    expectStageContent(en, 'nurture', messageText(posts[0]!), pair.pairId, posts[0]!);
  });

  it('stage names are read in any case', async () => {
    const answer = await s.run(pair.mentee, '/mentor', 'STAGE Engage', pair.channelId);
    expect(answer.text).toContain(fill(en.stage.done, { stage: en.stageNames.engage }));
    expect((await s.pairRow(pair.pairId)).stage).toBe('engage');
  });
});

describe('/mentor stage refusals change nothing', () => {
  let pair: OpenedPair;
  let other: OpenedPair;

  beforeAll(async () => {
    pair = await s.openPair();
    other = await s.openPair();
  });

  it.each([
    { case: 'someone who is not in the pair, in its channel', who: 'outsider', text: 'stage next', where: 'pair', error: en.errors.not_member },
    { case: 'the admin who opened it, in its channel', who: 'admin', text: 'stage next', where: 'pair', error: en.errors.not_member },
    { case: 'a member, outside any pair channel', who: 'mentee', text: 'stage next', where: 'general', error: en.errors.not_pair_channel },
    { case: 'a member, in another pair’s channel', who: 'mentee', text: 'stage next', where: 'other', error: en.errors.not_member },
    { case: 'an unknown stage name', who: 'mentee', text: 'stage graduate', where: 'pair', error: en.errors.unknown_stage },
    { case: 'closed is not a stage one can pick', who: 'mentee', text: 'stage closed', where: 'pair', error: en.errors.unknown_stage },
    { case: 'extra words', who: 'mentee', text: 'stage next please', where: 'pair', error: en.errors.unknown_stage },
    {
      case: 'the stage the pair is already at',
      who: 'mentor',
      text: 'stage prepare',
      where: 'pair',
      error: fill(en.errors.already_in_stage, { stage: en.stageNames.prepare }),
    },
  ] as const)('$case', async ({ who, text, where, error }) => {
    const actor = who === 'outsider' ? s.person('outsider') : who === 'admin' ? s.admin : pair[who];
    const channelId = where === 'pair' ? pair.channelId : where === 'other' ? other.channelId : 'CGENERAL';
    const postsBefore = [s.posts(pair.channelId).length, s.posts(other.channelId).length];
    const changesBefore = await s.count('stage_changes');

    const answer = await s.run(actor, '/mentor', text, channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(error);
    expect((await s.pairRow(pair.pairId)).stage).toBe('prepare');
    expect((await s.pairRow(other.pairId)).stage).toBe('prepare');
    expect(await s.count('stage_changes')).toBe(changesBefore);
    expect([s.posts(pair.channelId).length, s.posts(other.channelId).length]).toEqual(postsBefore);
  });
});

describe('languages', () => {
  it('a pair who both use French gets French posts and French answers', async () => {
    const mentor = s.person('mentor', { locale: 'fr-FR', tz: 'Europe/Paris' });
    const mentee = s.person('mentee', { locale: 'fr-FR', tz: 'Europe/Paris' });
    const pair = await s.openPair({ mentor, mentee });
    expect((await s.pairRow(pair.pairId)).locale).toBe('fr');
    const [welcome, prepare] = s.posts(pair.channelId);
    expect(messageText(welcome!)).toContain(fr.welcome.title);
    expect(messageText(prepare!)).toContain(fr.prepare.title);
    expect(s.standIn.channels.get(pair.channelId)?.topic).toBe(fill(fr.pair.topic, { mentor: mentor.name, mentee: mentee.name }));

    for (const to of ['engage', 'nurture', 'evaluate'] as const) {
      const postsBefore = s.posts(pair.channelId).length;
      const answer = await s.run(mentee, '/mentor', 'stage next', pair.channelId);
      expect(answer.text).toContain(fill(fr.stage.done, { stage: fr.stageNames[to] }));
      const post = s.posts(pair.channelId)[postsBefore]!;
      expectStageContent(fr, to, stagePostsText(pair.channelId, postsBefore), pair.pairId, post);
    }
    const refused = await s.run(mentor, '/mentor', 'stage next', pair.channelId);
    expect(refused.text).toContain(fr.errors.use_wrap_up);
    const help = await s.run(mentor, '/mentor', '', pair.channelId);
    expect(help.text).toContain(fr.help.title);
  });

  it('a mixed pair gets English posts; each member is answered in their own language', async () => {
    const mentor = s.person('mentor', { locale: 'fr-FR' });
    const mentee = s.person('mentee', { locale: 'en-GB' });
    const pair = await s.openPair({ mentor, mentee });
    expect((await s.pairRow(pair.pairId)).locale).toBe('en');
    expect(messageText(s.posts(pair.channelId)[0]!)).toContain(en.welcome.title);

    const postsBefore = s.posts(pair.channelId).length;
    const byMentor = await s.run(mentor, '/mentor', 'stage next', pair.channelId);
    expect(byMentor.text).toContain(fill(fr.stage.done, { stage: fr.stageNames.engage }));
    const text = stagePostsText(pair.channelId, postsBefore);
    expectStageContent(en, 'engage', text, pair.pairId, s.posts(pair.channelId)[postsBefore]!);
    expect(text).not.toContain(fr.engage.title);

    const byMentee = await s.run(mentee, '/mentor', 'stage engage', pair.channelId);
    expect(byMentee.text).toContain(fill(en.errors.already_in_stage, { stage: en.stageNames.engage }));
    const frRefusal = await s.run(mentor, '/mentor', 'stage engage', pair.channelId);
    expect(frRefusal.text).toContain(fill(fr.errors.already_in_stage, { stage: fr.stageNames.engage }));
  });
});

describe('/mentor status and help', () => {
  let pairForTypos: OpenedPair | undefined;

  it('status shows the stage, the meetings logged and the open action items', async () => {
    const pair = await s.pairAt('nurture');
    const empty = await s.run(pair.mentor, '/mentor', 'status', pair.channelId);
    expect(empty.body.response_type).toBe('ephemeral');
    expect(empty.text).toContain(fill(en.status.title, { stage: en.stageNames.nurture, number: 3 }));
    expect(empty.text).toContain(`*${en.status.meetings}:* 0`);
    expect(empty.text).toContain(`*${en.status.lastMeeting}:* ${en.status.never}`);
    expect(empty.text).toContain(`${en.status.openItems} (0)`);
    expect(empty.text).toContain(en.status.none);

    await s.run(pair.mentee, '/mentor-log', 'We reviewed the CV.\nnext: rewrite the summary\n- [ ] list three target companies', pair.channelId);
    await s.run(pair.mentor, '/mentor-log', 'Mock interview.\nnext: practise the pitch', pair.channelId);
    await s.db.updateTable('action_items').set({ status: 'done' }).where('pair_id', '=', pair.pairId).where('text', '=', 'rewrite the summary').execute();

    const status = await s.run(pair.mentee, '/mentor', 'status', pair.channelId);
    // The stage is named once, in the title, not again among the facts.
    expect(status.text).not.toContain(`*Stage:* ${en.stageNames.nurture}`);
    expect(status.text).toContain(fill(en.status.title, { stage: en.stageNames.nurture, number: 3 }));
    expect(status.text).toContain(`*${en.status.meetings}:* 2`);
    expect(status.text).not.toContain(en.status.never);
    expect(status.text).toContain(`${en.status.openItems} (2)`);
    expect(status.text).toContain('list three target companies');
    expect(status.text).toContain('practise the pitch');
    expect(status.text).not.toContain('rewrite the summary');
  });

  it('status is for members of the pair, in its channel', async () => {
    const pair = await s.openPair();
    expect((await s.run(s.person('outsider'), '/mentor', 'status', pair.channelId)).text).toContain(en.errors.not_member);
    expect((await s.run(pair.mentee, '/mentor', 'status', 'CGENERAL')).text).toContain(en.errors.not_pair_channel);
  });

  it.each([
    { case: '/mentor alone', text: '' },
    { case: '/mentor help', text: 'help' },
    { case: '/mentor HELP with spaces', text: '  HELP  ' },
  ])('$case lists every command, anywhere, for anyone', async ({ text }) => {
    const answer = await s.run(s.person('member'), '/mentor', text, 'CGENERAL');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(en.help.title);
    for (const command of ['/mentor pair', '/mentor status', '/mentor stage', '/mentor-log', '/wrap-up', '/wrap-up confirm']) {
      expect(answer.text).toContain(command);
    }
    for (const line of Object.values(en.help.commands)) expect(answer.text).toContain(line);
  });

  it.each(['dance', 'pairs', 'statuses', '--help'])('an unknown subcommand (%s) is answered with unknown_command', async (word) => {
    pairForTypos ??= await s.openPair();
    const pair = pairForTypos;
    const changesBefore = await s.count('stage_changes');
    const answer = await s.run(pair.mentee, '/mentor', `${word} now`, pair.channelId);
    expect(answer.text).toContain(fill(en.errors.unknown_command, { word }));
    expect(await s.count('stage_changes')).toBe(changesBefore);
    expect(allText(answer.body)).not.toContain(en.help.title);
  });
});

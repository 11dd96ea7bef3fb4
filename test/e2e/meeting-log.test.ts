import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import type { RecordedCall } from '../../src/dev/slack-stand-in.js';
import { LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { allText, type OpenedPair, type Person, Scenario } from '../support/e2e.js';

// Every date below is judged against this moment, which lies in the future of any real clock
// running these tests: a date "in the past" here is still ahead in real time.
const NOW = new Date('2031-01-15T12:00:00Z');

let s: Scenario;
let pair: OpenedPair;

beforeAll(async () => {
  s = await Scenario.start({ clock: () => NOW });
  pair = await s.pairAt('nurture');
});

afterAll(async () => {
  await s?.stop();
});

async function logsOf(pairId: number) {
  return s.db.selectFrom('meeting_logs').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
}

async function itemsOf(logId: number) {
  return s.db.selectFrom('action_items').selectAll().where('log_id', '=', logId).orderBy('id').execute();
}

/** What must hold after a refusal: no log, no item, no post. */
async function snapshot(channelId: string) {
  return { logs: await s.count('meeting_logs'), items: await s.count('action_items'), posts: s.posts(channelId).length };
}

describe('/mentor-log with notes', () => {
  it('stores the note and its action items, and posts a formatted record in the channel', async () => {
    const mark = s.standIn.calls.length;
    const notes = [
      'We went through the CV line by line.',
      'The transferable skills section is much stronger now.',
      'next: rewrite the summary paragraph',
      '- [ ] list three target companies',
      'NEXT:   book a mock interview  ',
    ].join('\n');

    const answer = await s.run(pair.mentee, '/mentor-log', notes, pair.channelId);

    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.text).toContain(fill(en.log.saved, { count: 3 }));
    const [log, ...more] = await logsOf(pair.pairId);
    expect(more).toHaveLength(0);
    expect(log).toMatchObject({
      author_id: pair.mentee.id,
      summary: 'We went through the CV line by line.\nThe transferable skills section is much stronger now.',
      source: 'command',
      next_meeting_on: null,
    });
    expect(log?.created_at).toBeInstanceOf(Date);
    const items = await itemsOf(log!.id);
    expect(items.map((item) => [item.text, item.status, item.created_by, item.pair_id])).toEqual([
      ['rewrite the summary paragraph', 'open', pair.mentee.id, pair.pairId],
      ['list three target companies', 'open', pair.mentee.id, pair.pairId],
      ['book a mock interview', 'open', pair.mentee.id, pair.pairId],
    ]);

    const postCalls = s.callsSince(mark, 'chat.postMessage');
    expect(postCalls).toHaveLength(1);
    expect(postCalls[0]?.params.channel).toBe(pair.channelId);
    expect(Array.isArray(postCalls[0]?.params.blocks)).toBe(true);
    const post = s.posts(pair.channelId).at(-1)!;
    const blocksText = allText(post.blocks);
    expect(blocksText).toContain(en.log.title);
    expect(blocksText).toContain(fill(en.log.byline, { user: `<@${pair.mentee.id}>`, date: '' }).trim());
    expect(blocksText).toContain(`*${en.log.summary}*\nWe went through the CV line by line.\nThe transferable skills section is much stronger now.`);
    expect(blocksText).toContain(`*${en.log.nextSteps}*`);
    for (const item of items) expect(blocksText).toContain(item.text);
    expect(log?.message_ts).toBe(post.ts);
  });

  it('without action lines, the note is stored and the answer shows how to add some', async () => {
    const answer = await s.run(pair.mentor, '/mentor-log', 'A quick catch-up about the job search.', pair.channelId);
    expect(answer.text).toContain(fill(en.log.saved, { count: 0 }));
    expect(answer.text).toContain(en.log.syntaxHint);
    const log = (await logsOf(pair.pairId)).at(-1)!;
    expect(log).toMatchObject({ author_id: pair.mentor.id, summary: 'A quick catch-up about the job search.', next_steps: null });
    expect(await itemsOf(log.id)).toEqual([]);
    expect(allText(s.posts(pair.channelId).at(-1)!.blocks)).not.toContain(`*${en.log.nextSteps}*`);
  });

  it('accepts exactly 4,000 characters, counted as people count them', async () => {
    const before = await s.count('meeting_logs');
    await s.run(pair.mentor, '/mentor-log', 'a'.repeat(4000), pair.channelId);
    await s.run(pair.mentor, '/mentor-log', '😀'.repeat(4000), pair.channelId);
    expect(await s.count('meeting_logs')).toBe(before + 2);
    expect([...(await logsOf(pair.pairId)).at(-1)!.summary]).toHaveLength(4000);
  });

  describe('refuses with a clear answer and stores nothing', () => {
    it.each([
      { case: 'outside any pair channel', who: 'mentee', where: 'general', text: 'notes', error: en.errors.not_pair_channel },
      { case: 'from someone outside the pair', who: 'outsider', where: 'pair', text: 'notes\nnext: x', error: en.errors.not_member },
      { case: 'from the admin who opened the pair', who: 'admin', where: 'pair', text: 'notes', error: en.errors.not_member },
      { case: 'over 4,000 characters', who: 'mentee', where: 'pair', text: 'a'.repeat(4001), error: fill(en.errors.log_too_long, { max: 4000 }) },
      {
        case: 'over 4,000 characters with action lines',
        who: 'mentee',
        where: 'pair',
        text: `${'b'.repeat(3990)}\nnext: one more thing`,
        error: fill(en.errors.log_too_long, { max: 4000 }),
      },
      { case: 'only empty action markers', who: 'mentee', where: 'pair', text: 'next:\n- [ ] ', error: en.errors.log_empty },
    ] as const)('$case', async ({ who, where, text, error }) => {
      const actor: Person = who === 'outsider' ? s.person('outsider') : who === 'admin' ? s.admin : pair[who];
      const before = await snapshot(pair.channelId);

      const answer = await s.run(actor, '/mentor-log', text, where === 'pair' ? pair.channelId : 'CGENERAL');

      expect(answer.body.response_type).toBe('ephemeral');
      expect(answer.text).toContain(error);
      expect(await snapshot(pair.channelId)).toEqual(before);
    });

    it('whitespace-only notes are no notes: nothing is stored, the form opens instead', async () => {
      const before = await snapshot(pair.channelId);
      const viewsBefore = s.standIn.views.length;
      const reply = await s.send(pair.mentee, '/mentor-log', '  \n\t  ', pair.channelId);
      expect(reply.status).toBe(200);
      await s.waitFor(() => s.standIn.views.length > viewsBefore);
      expect(s.standIn.views.at(-1)?.view.callback_id).toBe(VIEW_MEETING_LOG);
      expect(await snapshot(pair.channelId)).toEqual(before);
    });

    it('in a closed pair', async () => {
      const closed = await s.pairAt('evaluate');
      await s.run(closed.mentor, '/wrap-up', 'confirm', closed.channelId);
      const before = await snapshot(closed.channelId);
      const answer = await s.run(closed.mentee, '/mentor-log', 'one more note', closed.channelId);
      expect(answer.text).toContain(en.errors.pair_closed);
      expect(await snapshot(closed.channelId)).toEqual(before);
    });
  });
});

/** A submitted view's state.values for the meeting log form. */
function formValues(input: { summary?: string | null; achievements?: string | null; nextSteps?: string | null; date?: string | null }) {
  return {
    [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: input.summary ?? null } },
    [LOG_BLOCKS.achievements]: { value: { type: 'plain_text_input', value: input.achievements ?? null } },
    [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: input.nextSteps ?? null } },
    [LOG_BLOCKS.nextMeetingOn]: { value: { type: 'datepicker', selected_date: input.date ?? null } },
  };
}

describe('/mentor-log without notes: the form', () => {
  /** Opens the form as `who`, in the pair channel, and returns the opened view's id and metadata. */
  async function openForm(who: Person, channelId = pair.channelId) {
    const triggerId = `${Date.now()}.1234.${Math.random().toString(16).slice(2)}`;
    const before = s.standIn.views.length;
    const reply = await s.send(who, '/mentor-log', '', channelId, { triggerId });
    expect(reply.status).toBe(200);
    const opened = await s.waitFor(() => s.standIn.views.slice(before).find((view) => view.triggerId === triggerId));
    return { opened, triggerId };
  }

  async function submit(who: Person, viewId: string, values: ReturnType<typeof formValues>, privateMetadata?: string) {
    return s.harness.slack.viewSubmission({ userId: who.id, callbackId: VIEW_MEETING_LOG, viewId, values, privateMetadata });
  }

  it('opens with the command’s trigger_id, and a valid submission is stored, itemised and posted', async () => {
    const { opened, triggerId } = await openForm(pair.mentor);
    expect(opened.method).toBe('views.open');
    expect(opened.triggerId).toBe(triggerId);
    expect(opened.view.callback_id).toBe(VIEW_MEETING_LOG);
    const blockIds = (opened.view.blocks as Array<{ block_id?: string }>).map((block) => block.block_id);
    expect(blockIds).toEqual(Object.values(LOG_BLOCKS));
    expect(s.standIn.callsTo('views.open').at(-1)?.params.trigger_id).toBe(triggerId);

    const before = await s.count('meeting_logs');
    const postsBefore = s.posts(pair.channelId).length;
    const reply = await submit(
      pair.mentor,
      opened.id,
      formValues({
        summary: 'Career plan: two goals and a strategy for each.',
        achievements: 'The CV is finished.',
        nextSteps: '- research three companies\nnext: practise the elevator pitch\n\n• ask for a referral',
        date: '2031-01-29',
      }),
    );

    expect(reply.status).toBe(200);
    expect((reply.json as { response_action?: string } | undefined)?.response_action).toBeUndefined();
    await s.waitFor(() => s.posts(pair.channelId).length > postsBefore);
    expect(await s.count('meeting_logs')).toBe(before + 1);
    const log = (await logsOf(pair.pairId)).at(-1)!;
    expect(log).toMatchObject({
      author_id: pair.mentor.id,
      summary: 'Career plan: two goals and a strategy for each.',
      achievements: 'The CV is finished.',
      source: 'form',
      next_meeting_on: '2031-01-29',
    });
    expect((await itemsOf(log.id)).map((item) => item.text)).toEqual([
      'research three companies',
      'practise the elevator pitch',
      'ask for a referral',
    ]);
    const post = s.posts(pair.channelId).at(-1)!;
    const text = allText(post.blocks);
    expect(text).toContain(en.log.title);
    expect(text).toContain('Career plan: two goals and a strategy for each.');
    expect(text).toContain(`*${en.log.achievements}*\nThe CV is finished.`);
    expect(text).toContain('practise the elevator pitch');
    expect(text).toContain(`*${en.log.nextMeeting}*`);
    expect(text).toContain('2031');
    await s.until(async () => (await logsOf(pair.pairId)).at(-1)?.message_ts === post.ts);
  });

  it('a meeting today, in the author’s own zone, is fine', async () => {
    const before = await s.count('meeting_logs');
    const { opened } = await openForm(pair.mentee);
    const reply = await submit(pair.mentee, opened.id, formValues({ summary: 'Short one.', date: '2031-01-15' }));
    expect(reply.json).toBeUndefined();
    await s.until(async () => (await s.count('meeting_logs')) === before + 1);
  });

  it.each([
    {
      case: 'an empty summary',
      values: { summary: '   ', date: '2031-02-01' },
      errors: { [LOG_BLOCKS.summary]: en.log.fieldErrors.summaryRequired },
    },
    {
      case: 'a missing summary',
      values: { summary: null, achievements: 'something' },
      errors: { [LOG_BLOCKS.summary]: en.log.fieldErrors.summaryRequired },
    },
    {
      case: 'a date before today (per the app clock, not the real one)',
      values: { summary: 'ok', date: '2031-01-14' },
      errors: { [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInPast },
    },
    {
      case: 'a date that does not exist',
      values: { summary: 'ok', date: '2031-02-30' },
      errors: { [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInvalid },
    },
    {
      case: 'a date that is not a date',
      values: { summary: 'ok', date: 'next tuesday' },
      errors: { [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInvalid },
    },
    {
      case: 'a summary over 4,000 characters',
      values: { summary: 'x'.repeat(4001) },
      errors: { [LOG_BLOCKS.summary]: fill(en.log.fieldErrors.tooLong, { max: 4000 }) },
    },
    {
      case: 'several mistakes at once, each beside its field',
      values: { summary: '', achievements: 'y'.repeat(4001), nextSteps: 'z'.repeat(4001), date: '15/01/2031' },
      errors: {
        [LOG_BLOCKS.summary]: en.log.fieldErrors.summaryRequired,
        [LOG_BLOCKS.achievements]: fill(en.log.fieldErrors.tooLong, { max: 4000 }),
        [LOG_BLOCKS.nextSteps]: fill(en.log.fieldErrors.tooLong, { max: 4000 }),
        [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInvalid,
      },
    },
  ])('$case comes back as field errors and nothing is stored', async ({ values, errors }) => {
    const { opened } = await openForm(pair.mentor);
    const before = await snapshot(pair.channelId);

    const reply = await submit(pair.mentor, opened.id, formValues(values));

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ response_action: 'errors', errors });
    expect(await snapshot(pair.channelId)).toEqual(before);
  });

  it('"today" is the author’s date: already tomorrow in Auckland, so the UTC date is past there', async () => {
    const mentor = s.person('mentor', { tz: 'Pacific/Auckland' });
    const kiwiPair = await s.pairAt('nurture', { mentor });
    const { opened } = await openForm(mentor, kiwiPair.channelId);
    const before = await snapshot(kiwiPair.channelId);
    const reply = await submit(mentor, opened.id, formValues({ summary: 'ok', date: '2031-01-15' }));
    expect(reply.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInPast } });
    expect(await snapshot(kiwiPair.channelId)).toEqual(before);
  });

  it.each([
    { case: 'from someone outside the pair', who: 'outsider', where: 'pair' },
    { case: 'outside any pair channel', who: 'mentee', where: 'general' },
  ] as const)('the form does not open $case', async ({ who, where }) => {
    const actor = who === 'outsider' ? s.person('outsider') : pair[who];
    const viewsBefore = s.standIn.views.length;
    const answer = await s.run(actor, '/mentor-log', '', where === 'pair' ? pair.channelId : 'CGENERAL');
    expect(answer.text).toContain(where === 'pair' ? en.errors.not_member : en.errors.not_pair_channel);
    expect(s.standIn.views.length).toBe(viewsBefore);
  });

  it('a submission whose metadata names a channel the author is not a member of stores nothing', async () => {
    const { opened } = await openForm(pair.mentor);
    const intruder = s.person('outsider');
    const before = await snapshot(pair.channelId);
    const reply = await submit(intruder, opened.id, formValues({ summary: 'sneaky' }), JSON.stringify({ channelId: pair.channelId }));
    expect(reply.status).toBe(200);
    // The refusal goes out after the ack; give it the time to happen, then check nothing was written.
    await s.waitFor(() =>
      s.standIn.calls.some((call) => call.method === 'chat.postEphemeral' && call.params.user === intruder.id),
    );
    expect(await snapshot(pair.channelId)).toEqual(before);
  });

  it('a submission with unreadable metadata is refused on the form', async () => {
    const { opened } = await openForm(pair.mentor);
    const before = await snapshot(pair.channelId);
    const reply = await submit(pair.mentor, opened.id, formValues({ summary: 'fine' }), 'not json');
    expect(reply.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.summary]: en.errors.not_pair_channel } });
    expect(await snapshot(pair.channelId)).toEqual(before);
  });
});

describe('people’s text can never ping a crowd', () => {
  const BROADCASTS = ['<!channel>', '<!here>', '<!everyone>', '<!subteam'];
  const LOUD = /(^|[^\u2060])@(channel|here|everyone)\b/i;
  const hostile = [
    'Heads up <!channel> and <!here|here> and @everyone, plus <!subteam^S123|@team> and <!everyone>.',
    'Also @channel, @here and <!channel|channel> again; <@UFRIEND1|friend> may still be mentioned.',
    'next: tell <!here> about it',
  ].join('\n');

  function expectQuiet(call: RecordedCall | undefined): void {
    expect(call).toBeDefined();
    const payload = JSON.stringify({ text: call?.params.text, blocks: call?.params.blocks });
    const texts = `${String(call?.params.text)}\n${allText(call?.params.blocks)}`;
    for (const token of BROADCASTS) expect(payload).not.toContain(token);
    expect(texts).not.toMatch(LOUD);
  }

  it('in /mentor-log notes', async () => {
    const mark = s.standIn.calls.length;
    await s.run(pair.mentee, '/mentor-log', hostile, pair.channelId);
    const call = s.callsSince(mark, 'chat.postMessage')[0];
    expectQuiet(call);
    expect(allText(call?.params.blocks)).toContain('<@UFRIEND1>');
    const log = (await logsOf(pair.pairId)).at(-1)!;
    expect(log.summary).toContain('<!channel>');
  });

  it('in the form', async () => {
    const mark = s.standIn.calls.length;
    const reply = await s.send(pair.mentor, '/mentor-log', '', pair.channelId);
    expect(reply.status).toBe(200);
    const opened = await s.waitFor(() => s.callsSince(mark, 'views.open')[0] && s.standIn.views.at(-1));
    const submitted = await s.harness.slack.viewSubmission({
      userId: pair.mentor.id,
      callbackId: VIEW_MEETING_LOG,
      viewId: opened.id,
      values: formValues({ summary: hostile, achievements: '@here we did it <!channel>', nextSteps: '<!everyone> celebrate\n@channel party' }),
    });
    expect(submitted.json).toBeUndefined();
    const call = await s.waitFor(() => s.callsSince(mark, 'chat.postMessage')[0]);
    expectQuiet(call);
  });

  it('in the open items that /mentor status lists', async () => {
    const answer = await s.run(pair.mentor, '/mentor', 'status', pair.channelId);
    for (const token of BROADCASTS) expect(JSON.stringify(answer.body)).not.toContain(token);
    expect(answer.text).not.toMatch(LOUD);
  });
});

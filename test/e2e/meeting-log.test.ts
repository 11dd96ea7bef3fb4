import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import type { RecordedCall } from '../../src/dev/slack-stand-in.js';
import { ACTION_ITEM_DONE, ACTION_LOG_DELETE, LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { allText, mention, type OpenedPair, type Person } from '../support/e2e.js';
import { closeByWrapUp } from '../support/wrap-up.js';
import { useScenario } from '../support/use-scenario.js';

// Every date below is judged against this moment, which lies in the future of any real clock
// running these tests: a date "in the past" here is still ahead in real time.
const NOW = new Date('2031-01-15T12:00:00Z');

let pair: OpenedPair;

const { s } = useScenario({ start: NOW });

beforeAll(async () => {
  pair = await s.pairAt('nurture');
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

  it('accepts exactly 3,000 characters, counted as people count them', async () => {
    const before = await s.count('meeting_logs');
    await s.run(pair.mentor, '/mentor-log', 'a'.repeat(3000), pair.channelId);
    await s.run(pair.mentor, '/mentor-log', '😀'.repeat(3000), pair.channelId);
    expect(await s.count('meeting_logs')).toBe(before + 2);
    expect([...(await logsOf(pair.pairId)).at(-1)!.summary]).toHaveLength(3000);
  });

  describe('refuses with a clear answer and stores nothing', () => {
    it.each([
      { case: 'outside any pair channel', who: 'mentee', where: 'general', text: 'notes', error: en.errors.not_pair_channel },
      { case: 'from someone outside the pair', who: 'outsider', where: 'pair', text: 'notes\nnext: x', error: en.errors.not_member },
      { case: 'from the admin who opened the pair', who: 'admin', where: 'pair', text: 'notes', error: en.errors.not_member },
      { case: 'over 3,000 characters', who: 'mentee', where: 'pair', text: 'a'.repeat(3001), error: fill(en.errors.log_too_long, { max: 3000 }) },
      {
        case: 'over 3,000 characters with action lines',
        who: 'mentee',
        where: 'pair',
        text: `${'b'.repeat(3990)}\nnext: one more thing`,
        error: fill(en.errors.log_too_long, { max: 3000 }),
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
      await closeByWrapUp(s, closed);
      const before = await snapshot(closed.channelId);
      const answer = await s.run(closed.mentee, '/mentor-log', 'one more note', closed.channelId);
      expect(answer.text).toContain(en.errors.pair_closed);
      expect(await snapshot(closed.channelId)).toEqual(before);
    });
  });
});

/** A submitted view's state.values for the meeting log form. */
function formValues(input: {
  summary?: string | null;
  achievements?: string | null;
  nextSteps?: string | null;
  date?: string | null;
  metOn?: string | null;
  time?: string | null;
  privateNote?: string | null;
}) {
  return {
    [LOG_BLOCKS.metOn]: { value: { type: 'datepicker', selected_date: input.metOn ?? null } },
    [LOG_BLOCKS.nextMeetingTime]: { value: { type: 'timepicker', selected_time: input.time ?? null } },
    [LOG_BLOCKS.privateNote]: { value: { type: 'plain_text_input', value: input.privateNote ?? null } },
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

  it('opens with the author’s today as the meeting date; the time is read in the author’s zone; the private note is never posted', async () => {
    const mentee = s.person('mentee', { tz: 'America/New_York' });
    const p = await s.pairAt('nurture', { mentee });
    const { opened } = await openForm(mentee, p.channelId);
    const metOn = (opened.view.blocks as Array<{ block_id?: string; element?: { initial_date?: string } }>).find(
      (block) => block.block_id === LOG_BLOCKS.metOn,
    );
    // 12:00 UTC is 07:00 in New York, the same day.
    expect(metOn?.element?.initial_date).toBe('2031-01-15');
    const mark = s.standIn.calls.length;
    const secret = 'I worry the mentor is too busy — keep this to myself';
    const reply = await submit(
      mentee,
      opened.id,
      formValues({
        summary: 'Talked about the pitch.',
        metOn: '2031-01-13',
        nextSteps: '- shorten the pitch by friday',
        date: '2031-01-22',
        time: '18:30',
        privateNote: secret,
      }),
    );
    expect(reply.json).toBeUndefined();
    const post = await s.waitFor(() => s.callsSince(mark, 'chat.postMessage')[0]);
    const log = await s.until(async () => (await logsOf(p.pairId)).at(-1));
    expect(log).toMatchObject({ met_on: '2031-01-13', next_meeting_on: '2031-01-22', private_note: secret, source: 'form' });
    // 18:30 in New York (EST, UTC-5) is 23:30 UTC.
    expect(log.next_meeting_at).toEqual(new Date('2031-01-22T23:30:00Z'));
    expect((await itemsOf(log.id)).map((item) => item.due_on)).toEqual(['2031-01-17']);
    const everything = JSON.stringify(s.callsSince(mark).map((call) => call.params));
    expect(everything).not.toContain('keep this to myself');
    expect(allText(post.params.blocks)).toContain(`<!date^${Date.parse('2031-01-22T23:30:00Z') / 1000}^`);
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
      case: 'a meeting date in the future',
      values: { summary: 'ok', metOn: '2031-01-16' },
      errors: { [LOG_BLOCKS.metOn]: en.log.fieldErrors.metInFuture },
    },
    {
      case: 'a meeting date that does not exist',
      values: { summary: 'ok', metOn: '2031-02-30' },
      errors: { [LOG_BLOCKS.metOn]: en.log.fieldErrors.dateInvalid },
    },
    {
      case: 'a next meeting time already past today',
      values: { summary: 'ok', date: '2031-01-15', time: '11:59' },
      errors: { [LOG_BLOCKS.nextMeetingTime]: en.log.fieldErrors.timeInPast },
    },
    {
      case: 'a next meeting time that is not a time',
      values: { summary: 'ok', date: '2031-01-20', time: '25:00' },
      errors: { [LOG_BLOCKS.nextMeetingTime]: en.log.fieldErrors.timeInvalid },
    },
    {
      case: 'a next meeting time without a date',
      values: { summary: 'ok', time: '10:00' },
      errors: { [LOG_BLOCKS.nextMeetingTime]: en.log.fieldErrors.timeNeedsDate },
    },
    {
      case: 'a private note over 3,000 characters',
      values: { summary: 'ok', privateNote: 'p'.repeat(3001) },
      errors: { [LOG_BLOCKS.privateNote]: fill(en.log.fieldErrors.tooLong, { max: 3000 }) },
    },
    {
      case: 'a bad due date in the next steps',
      values: { summary: 'ok', nextSteps: 'send CV by 2031-02-30' },
      errors: { [LOG_BLOCKS.nextSteps]: en.log.fieldErrors.dateInvalid },
    },
    {
      case: 'a summary over 3,000 characters',
      values: { summary: 'x'.repeat(3001) },
      errors: { [LOG_BLOCKS.summary]: fill(en.log.fieldErrors.tooLong, { max: 3000 }) },
    },
    {
      case: 'several mistakes at once, each beside its field',
      values: { summary: '', achievements: 'y'.repeat(3001), nextSteps: 'z'.repeat(3001), date: '15/01/2031' },
      errors: {
        [LOG_BLOCKS.summary]: en.log.fieldErrors.summaryRequired,
        [LOG_BLOCKS.achievements]: fill(en.log.fieldErrors.tooLong, { max: 3000 }),
        [LOG_BLOCKS.nextSteps]: fill(en.log.fieldErrors.tooLong, { max: 3000 }),
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
    // Refused in the form itself: Slack would not let the bot post to someone outside the channel.
    expect(reply.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.summary]: en.errors.not_member } });
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

describe('the inline syntax: owners, weekday due dates and done lines', () => {
  // NOW is Wednesday 2031-01-15 (12:00 UTC).
  it('maps mentions to owners, reads weekday words in the author’s zone, numbers the items and shows them', async () => {
    const p = await s.pairAt('nurture');
    const notes = [
      'Mock interview went well.',
      `next: ${mention(p.mentee)} shorten the pitch by friday`,
      `- [ ] ${mention(p.mentor)} ${mention(p.mentee)} research companies by Wed`,
      `next: ${mention(p.mentor)} send two contacts by 2031-02-01`,
      'next: read the company blog',
    ].join('\n');
    const answer = await s.run(p.mentee, '/mentor-log', notes, p.channelId);
    expect(answer.text).toContain(fill(en.log.saved, { count: 4 }));
    const log = (await logsOf(p.pairId)).at(-1)!;
    const items = await itemsOf(log.id);
    expect(items.map((item) => [item.number, item.text, item.owner, item.due_on])).toEqual([
      [1, 'shorten the pitch', 'mentee', '2031-01-17'],
      [2, 'research companies', 'both', '2031-01-22'],
      [3, 'send two contacts', 'mentor', '2031-02-01'],
      [4, 'read the company blog', null, null],
    ]);
    const text = allText(s.posts(p.channelId).at(-1)!.blocks);
    expect(text).toContain(`#1 shorten the pitch — _${en.log.owners.mentee}_`);
    expect(text).toContain(`#2 research companies — _${en.log.owners.both}_`);
    expect(text).toContain('#4 read the company blog');
  });

  it('"by friday" is counted from the author’s own day: already Thursday in Auckland', async () => {
    const mentee = s.person('mentee', { tz: 'Pacific/Auckland' });
    const p = await s.pairAt('nurture', { mentee });
    await s.run(mentee, '/mentor-log', 'We met.\nnext: call Ana by thursday', p.channelId);
    const log = (await logsOf(p.pairId)).at(-1)!;
    // 2031-01-16 is Thursday in Auckland at NOW, so "by thursday" is a week later.
    expect((await itemsOf(log.id)).map((item) => item.due_on)).toEqual(['2031-01-23']);
  });

  it('refuses a mention of someone outside the pair and stores nothing', async () => {
    const p = await s.pairAt('nurture');
    const outsider = s.person('outsider');
    const before = await snapshot(p.channelId);
    const answer = await s.run(p.mentor, '/mentor-log', `We met.\nnext: ${mention(outsider)} send CV`, p.channelId);
    expect(answer.text).toContain(fill(en.errors.owner_not_member, { user: `<@${outsider.id}>` }));
    expect(await snapshot(p.channelId)).toEqual(before);
  });

  it('refuses a weekday-looking date that cannot exist', async () => {
    const p = await s.pairAt('nurture');
    const before = await snapshot(p.channelId);
    const answer = await s.run(p.mentor, '/mentor-log', 'We met.\nnext: send CV by 2031-02-30', p.channelId);
    expect(answer.text).toContain(en.errors.date_invalid);
    expect(await snapshot(p.channelId)).toEqual(before);
  });

  it('"done: 2" in a later log marks item 2 done; an unknown number is refused and nothing is stored', async () => {
    const p = await s.pairAt('nurture');
    await s.run(p.mentee, '/mentor-log', 'First.\nnext: one\nnext: two\nnext: three', p.channelId);
    await s.run(p.mentor, '/mentor-log', 'Second.\ndone: #2\nnext: four', p.channelId);
    const items = await s.db.selectFrom('action_items').selectAll().where('pair_id', '=', p.pairId).orderBy('number').execute();
    expect(items.map((item) => [item.number, item.status, item.done_by])).toEqual([
      [1, 'open', null],
      [2, 'done', p.mentor.id],
      [3, 'open', null],
      [4, 'open', null],
    ]);
    expect(items[1]?.done_at).toEqual(NOW);

    // Twice is harmless: the first marking stays.
    await s.run(p.mentee, '/mentor-log', 'Third.\ndone: 2', p.channelId);
    const again = await s.db.selectFrom('action_items').selectAll().where('pair_id', '=', p.pairId).where('number', '=', 2).executeTakeFirstOrThrow();
    expect(again.done_by).toBe(p.mentor.id);

    const before = await snapshot(p.channelId);
    const answer = await s.run(p.mentee, '/mentor-log', 'Fourth.\ndone: 1, 9', p.channelId);
    expect(answer.text).toContain(fill(en.errors.action_item_unknown, { number: 9 }));
    expect(await snapshot(p.channelId)).toEqual(before);
    const first = await s.db.selectFrom('action_items').select('status').where('pair_id', '=', p.pairId).where('number', '=', 1).executeTakeFirstOrThrow();
    expect(first.status).toBe('open');
  });
});

describe('marking action items done', () => {
  async function logWithItems() {
    const p = await s.pairAt('nurture');
    await s.run(p.mentee, '/mentor-log', 'We met.\nnext: one by 2031-01-10\nnext: two\nnext: three', p.channelId);
    const log = (await logsOf(p.pairId)).at(-1)!;
    const items = await itemsOf(log.id);
    return { p, log, items };
  }

  function doneButtons(channelId: string, ts: string): string[] {
    const message = s.posts(channelId).find((post) => post.ts === ts);
    return JSON.stringify(message?.blocks ?? []).match(new RegExp(`"action_id":"${ACTION_ITEM_DONE}","value":"\\d+"`, 'g')) ?? [];
  }

  it('the record shows a Done button per open item and marks an item overdue in the mentee’s zone', async () => {
    const { p, log } = await logWithItems();
    expect(doneButtons(p.channelId, log.message_ts!)).toHaveLength(3);
    const text = allText(s.posts(p.channelId).find((post) => post.ts === log.message_ts)?.blocks);
    expect(text).toContain(`#1 one`);
    expect(text).toMatch(new RegExp(`#1 one .*${en.log.overdue}`));
    expect(text).not.toMatch(new RegExp(`#2 two .*${en.log.overdue}`));
  });

  it('the Done button marks the item with who and when, redraws the record, and twice is harmless', async () => {
    const { p, log, items } = await logWithItems();
    const click = (who: Person) =>
      s.harness.slack.blockAction({
        userId: who.id,
        channelId: p.channelId,
        actionId: ACTION_ITEM_DONE,
        value: String(items[1]!.id),
        messageTs: log.message_ts!,
        responseUrl: s.standIn.newResponseUrl(),
      });
    const mark = s.standIn.calls.length;
    // Both members press at once; the first to land keeps the credit, and nothing fails.
    const replies = await Promise.all([click(p.mentor), click(p.mentee)]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
    await s.until(async () => (await itemsOf(log.id))[1]?.status === 'done');
    await s.waitFor(() => doneButtons(p.channelId, log.message_ts!).length === 2);
    const done = (await itemsOf(log.id))[1]!;
    expect([p.mentor.id, p.mentee.id]).toContain(done.done_by);
    expect(done.done_at).toEqual(NOW);
    const text = allText(s.posts(p.channelId).find((post) => post.ts === log.message_ts)?.blocks);
    expect(text).toContain(fill(en.log.doneBy, { user: `<@${done.done_by}>` }));
    expect(s.callsSince(mark, 'chat.update').every((call) => call.params.ts === log.message_ts)).toBe(true);

    await click(p.mentor);
    await s.waitFor(() => s.callsSince(mark, 'chat.update').length >= 3);
    expect((await itemsOf(log.id))[1]?.done_by).toBe(done.done_by);
    expect(s.callsSince(mark, 'chat.postEphemeral')).toEqual([]);
  });

  it('someone outside the pair cannot press Done', async () => {
    const { p, log, items } = await logWithItems();
    const outsider = s.person('outsider');
    const answer = await s.click(outsider, {
      channelId: p.channelId,
      actionId: ACTION_ITEM_DONE,
      value: String(items[0]!.id),
      messageTs: log.message_ts!,
    });
    expect(answer.text).toContain(en.errors.not_member);
    expect((await itemsOf(log.id))[0]?.status).toBe('open');
  });

  it('/mentor done 2 marks item 2, redraws its record and counts it in /mentor status; an unknown number is refused', async () => {
    const { p, log } = await logWithItems();
    const answer = await s.run(p.mentor, '/mentor', 'done 2', p.channelId);
    expect(answer.text).toContain(fill(en.log.markedDone, { number: 2, item: 'two' }));
    expect((await itemsOf(log.id)).map((item) => item.status)).toEqual(['open', 'done', 'open']);
    await s.waitFor(() => doneButtons(p.channelId, log.message_ts!).length === 2);

    const status = await s.run(p.mentee, '/mentor', 'status', p.channelId);
    expect(status.text).toContain(`*${en.log.doneCount}:* 1`);
    expect(status.text).toContain('#3 three');

    const again = await s.run(p.mentee, '/mentor', 'done #2', p.channelId);
    expect(again.text).toContain(fill(en.log.markedDone, { number: 2, item: 'two' }));
    expect((await itemsOf(log.id))[1]?.done_by).toBe(p.mentor.id);

    for (const text of ['done 9', 'done', 'done two']) {
      const refused = await s.run(p.mentee, '/mentor', text, p.channelId);
      expect(refused.text).toContain(en.errors.action_item_unknown.split('{number}')[0]!);
    }
    const outsider = await s.run(s.person('outsider'), '/mentor', 'done 1', p.channelId);
    expect(outsider.text).toContain(en.errors.not_member);
    expect((await itemsOf(log.id))[0]?.status).toBe('open');
  });

  it('"done: 2" in a later log redraws the earlier record', async () => {
    const { p, log } = await logWithItems();
    await s.run(p.mentor, '/mentor-log', 'Second.\ndone: 2', p.channelId);
    await s.waitFor(() => doneButtons(p.channelId, log.message_ts!).length === 2);
  });
});

describe('deleting a log (its author, within 7 days)', () => {
  async function logged() {
    const p = await s.pairAt('nurture');
    await s.run(p.mentee, '/mentor-log', 'We met.\nnext: one\nnext: two', p.channelId);
    const log = (await logsOf(p.pairId)).at(-1)!;
    return { p, log };
  }
  const press = (who: Person, p: OpenedPair, log: { id: number; message_ts: string | null }) =>
    s.click(who, { channelId: p.channelId, actionId: ACTION_LOG_DELETE, value: String(log.id), messageTs: log.message_ts! });

  it('the author deletes it: deleted_at is set, the record becomes a short line, items stay open, the meeting no longer counts', async () => {
    const { p, log } = await logged();
    const reply = await s.harness.slack.blockAction({
      userId: p.mentee.id,
      channelId: p.channelId,
      actionId: ACTION_LOG_DELETE,
      value: String(log.id),
      messageTs: log.message_ts!,
      responseUrl: s.standIn.newResponseUrl(),
    });
    expect(reply.status).toBe(200);
    const row = await s.until(async () => (await logsOf(p.pairId)).find((l) => l.id === log.id && l.deleted_at !== null));
    expect(row.deleted_at).toEqual(NOW);
    const line = fill(en.log.deleted, { user: `<@${p.mentee.id}>` });
    await s.waitFor(() => s.posts(p.channelId).find((post) => post.ts === log.message_ts && post.text === line));
    expect((await itemsOf(log.id)).map((item) => item.status)).toEqual(['open', 'open']);
    const status = await s.run(p.mentor, '/mentor', 'status', p.channelId);
    expect(status.text).toContain(`*${en.status.meetings}:* 0`);
  });

  it('anyone but the author is refused, and nothing changes', async () => {
    const { p, log } = await logged();
    const answer = await press(p.mentor, p, log);
    expect(answer.text).toContain(en.errors.log_not_author);
    expect((await logsOf(p.pairId)).at(-1)?.deleted_at).toBeNull();
  });

  it('after 7 days the author is refused too', async () => {
    const { p, log } = await logged();
    await s.db
      .updateTable('meeting_logs')
      // created_at is written once by the database; an old log is made by moving it back.
      .set({ created_at: new Date(NOW.getTime() - 7 * 86_400_000 - 1000) } as never)
      .where('id', '=', log.id)
      .execute();
    const answer = await press(p.mentee, p, log);
    expect(answer.text).toContain(en.errors.log_edit_expired);
    expect((await logsOf(p.pairId)).at(-1)?.deleted_at).toBeNull();
  });
});

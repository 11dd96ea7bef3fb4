import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { ACTION_LOG_EDIT, LOG_BLOCKS, VIEW_MEETING_LOG } from '../../src/slack/ids.js';
import { messageText, type OpenedPair, type Person } from '../support/e2e.js';
import { useScenario } from '../support/use-scenario.js';

// Wednesday 15 January 2031, 12:00 UTC = 13:00 in Paris, where the mentee lives.
const NOW = new Date('2031-01-15T12:00:00Z');

const { s } = useScenario({ start: NOW });

async function nurturePair(): Promise<OpenedPair> {
  const mentee = s.person('mentee', { tz: 'Europe/Paris' });
  return s.pairAt('nurture', { mentee });
}

const logsOf = (pairId: number) => s.db.selectFrom('meeting_logs').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();
const itemsOf = (pairId: number) => s.db.selectFrom('action_items').selectAll().where('pair_id', '=', pairId).orderBy('id').execute();

/** A view's input elements by block id, as the stand-in received them in views.open. */
function elementsOf(view: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const blocks = view.blocks as Array<{ block_id?: string; element?: Record<string, unknown> }>;
  return Object.fromEntries(blocks.filter((block) => block.block_id && block.element).map((block) => [block.block_id, block.element!]));
}

function formValues(input: { summary: string; nextSteps?: string; date?: string | null; time?: string | null; metOn?: string }) {
  return {
    [LOG_BLOCKS.metOn]: { value: { type: 'datepicker', selected_date: input.metOn ?? null } },
    [LOG_BLOCKS.summary]: { value: { type: 'plain_text_input', value: input.summary } },
    [LOG_BLOCKS.achievements]: { value: { type: 'plain_text_input', value: null } },
    [LOG_BLOCKS.nextSteps]: { value: { type: 'plain_text_input', value: input.nextSteps ?? null } },
    [LOG_BLOCKS.nextMeetingOn]: { value: { type: 'datepicker', selected_date: input.date ?? null } },
    [LOG_BLOCKS.nextMeetingTime]: { value: { type: 'timepicker', selected_time: input.time ?? null } },
    [LOG_BLOCKS.privateNote]: { value: { type: 'plain_text_input', value: null } },
  };
}

/** Clicks "Edit log" as `who` and returns the opened form, or the ephemeral refusal. */
async function pressEdit(who: Person, p: OpenedPair, log: { id: number; message_ts: string | null }) {
  const triggerId = `${Date.now()}.77.${Math.random().toString(16).slice(2)}`;
  const responseUrl = s.standIn.newResponseUrl();
  const before = s.standIn.views.length;
  const reply = await s.harness.slack.blockAction({
    userId: who.id,
    channelId: p.channelId,
    actionId: ACTION_LOG_EDIT,
    value: String(log.id),
    messageTs: log.message_ts!,
    responseUrl,
    triggerId,
  });
  expect(reply.status).toBe(200);
  return { triggerId, responseUrl, before };
}

async function openEditor(who: Person, p: OpenedPair, log: { id: number; message_ts: string | null }) {
  const { triggerId } = await pressEdit(who, p, log);
  return s.waitFor(() => s.standIn.views.find((view) => view.triggerId === triggerId));
}

describe('editing a posted meeting log (its author, within 7 days)', () => {
  it('opens the form filled with the log, saves the changes, keeps item numbers and redraws the record as edited', async () => {
    const p = await nurturePair();
    await s.run(p.mentee, '/mentor-log', 'We met.\nnext: <@' + p.mentee.id + '> send the CV by 2031-01-20\nnext: call Ana\nnext: book a room\nnext meeting: 2031-01-22 10:00', p.channelId);
    await s.run(p.mentee, '/mentor', 'done 3', p.channelId);
    const [log] = await logsOf(p.pairId);
    expect(log?.next_meeting_at).toEqual(new Date('2031-01-22T09:00:00Z'));

    const opened = await openEditor(p.mentee, p, log!);
    expect(opened.view.callback_id).toBe(VIEW_MEETING_LOG);
    expect(JSON.parse(opened.view.private_metadata as string)).toEqual({ channelId: p.channelId, logId: log!.id });
    const elements = elementsOf(opened.view);
    expect(elements[LOG_BLOCKS.summary]?.initial_value).toBe('We met.');
    // Done items are not edited; the open ones come back in the syntax the form reads.
    expect(elements[LOG_BLOCKS.nextSteps]?.initial_value).toBe('mentee: send the CV by 2031-01-20\ncall Ana');
    expect(elements[LOG_BLOCKS.nextMeetingOn]?.initial_date).toBe('2031-01-22');
    // 09:00 UTC is 10:00 in Paris, the author's zone.
    expect(elements[LOG_BLOCKS.nextMeetingTime]?.initial_time).toBe('10:00');

    const submitted = await s.harness.slack.viewSubmission({
      userId: p.mentee.id,
      callbackId: VIEW_MEETING_LOG,
      viewId: opened.id,
      values: formValues({
        summary: 'We met and planned the search.',
        nextSteps: 'mentee: send the CV by 2031-01-23\nboth: rehearse the pitch',
        date: '2031-01-29',
        time: '18:30',
      }),
    });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toBeUndefined();

    const edited = await s.until(async () => (await logsOf(p.pairId)).find((row) => row.edited_at !== null));
    expect(edited.edited_at).toEqual(NOW);
    expect(edited.summary).toBe('We met and planned the search.');
    expect(edited.next_meeting_on).toBe('2031-01-29');
    expect(edited.next_meeting_at).toEqual(new Date('2031-01-29T17:30:00Z'));
    expect(edited.created_at).toEqual(log!.created_at);

    const items = await itemsOf(p.pairId);
    expect(items.map((item) => [item.number, item.text, item.status, item.due_on, item.owner])).toEqual([
      [1, 'send the CV', 'open', '2031-01-23', 'mentee'],
      [3, 'book a room', 'done', null, null],
      [4, 'rehearse the pitch', 'open', null, 'both'],
    ]);

    const record = await s.waitFor(() =>
      s.posts(p.channelId).find((post) => post.ts === log!.message_ts && messageText(post).includes('We met and planned')),
    );
    const text = messageText(record);
    expect(text).toContain(fill(en.log.edited, { date: '' }).trim());
    expect(text).toContain('#4 rehearse the pitch');
    expect(text).not.toContain('call Ana');
    expect(s.posts(p.channelId).filter((post) => post.ts === log!.message_ts)).toHaveLength(1);
  });

  it('an edit may keep a next meeting that has passed since, but not set a new one in the past', async () => {
    const p = await nurturePair();
    await s.run(p.mentee, '/mentor-log', 'Met.\nnext meeting: 2031-01-16', p.channelId);
    const [log] = await logsOf(p.pairId);
    // The meeting named is now behind us: the log was written days before.
    await s.db.updateTable('meeting_logs').set({ next_meeting_on: '2031-01-10' }).where('id', '=', log!.id).execute();
    const opened = await openEditor(p.mentee, p, log!);

    const refused = await s.harness.slack.viewSubmission({
      userId: p.mentee.id,
      callbackId: VIEW_MEETING_LOG,
      viewId: opened.id,
      values: formValues({ summary: 'Met again.', date: '2031-01-09' }),
    });
    expect(refused.json).toEqual({ response_action: 'errors', errors: { [LOG_BLOCKS.nextMeetingOn]: en.log.fieldErrors.dateInPast } });

    const kept = await s.harness.slack.viewSubmission({
      userId: p.mentee.id,
      callbackId: VIEW_MEETING_LOG,
      viewId: opened.id,
      values: formValues({ summary: 'Met again.', date: '2031-01-10' }),
    });
    expect(kept.json).toBeUndefined();
    const row = await s.until(async () => (await logsOf(p.pairId)).find((l) => l.summary === 'Met again.'));
    expect(row.next_meeting_on).toBe('2031-01-10');
  });

  it.each([
    ['the other member', 'log_not_author'],
    ['an outsider', 'not_member'],
  ] as const)('%s is refused: no form opens and nothing changes', async (who, code) => {
    const p = await nurturePair();
    await s.run(p.mentee, '/mentor-log', 'Private-ish notes.', p.channelId);
    const [log] = await logsOf(p.pairId);
    const clicker = who === 'the other member' ? p.mentor : s.person('outsider');
    const { responseUrl, before } = await pressEdit(clicker, p, log!);
    const answer = await s.answerTo(responseUrl);
    expect(answer.text).toBe(en.errors[code]);
    expect(s.standIn.views.length).toBe(before);
  });

  it('after 7 days, or once deleted, the author is refused too', async () => {
    const p = await nurturePair();
    await s.run(p.mentee, '/mentor-log', 'Old notes.', p.channelId);
    const [log] = await logsOf(p.pairId);
    await s.db
      .updateTable('meeting_logs')
      .set({ created_at: new Date(NOW.getTime() - 7 * 86_400_000 - 1000) } as never)
      .where('id', '=', log!.id)
      .execute();
    const late = await pressEdit(p.mentee, p, log!);
    expect((await s.answerTo(late.responseUrl)).text).toBe(en.errors.log_edit_expired);

    await s.db.updateTable('meeting_logs').set({ created_at: NOW, deleted_at: NOW } as never).where('id', '=', log!.id).execute();
    const gone = await pressEdit(p.mentee, p, log!);
    expect((await s.answerTo(gone.responseUrl)).text).toBe(en.errors.stale_action);
  });

  it('a submission naming someone else’s log changes nothing', async () => {
    const p = await nurturePair();
    await s.run(p.mentee, '/mentor-log', 'Untouchable.', p.channelId);
    const [log] = await logsOf(p.pairId);
    const reply = await s.harness.slack.viewSubmission({
      userId: p.mentor.id,
      callbackId: VIEW_MEETING_LOG,
      values: formValues({ summary: 'Rewritten by someone else.' }),
      privateMetadata: JSON.stringify({ channelId: p.channelId, logId: log!.id }),
    });
    expect(reply.status).toBe(200);
    const told = await s.waitFor(() => s.standIn.callsTo('chat.postEphemeral').find((call) => call.params.user === p.mentor.id));
    expect(told.params.text).toBe(en.errors.log_not_author);
    expect((await logsOf(p.pairId))[0]).toEqual(log);
  });
});

describe('`next meeting:` in /mentor-log text', () => {
  it('stores the day and the instant, read in the author’s zone, and the record shows it', async () => {
    const p = await nurturePair();
    // Wednesday 15 January: "friday" is the 17th; 14h30 in Paris is 13:30 UTC.
    const answer = await s.run(p.mentee, '/mentor-log', 'Good talk.\nNext meeting: friday 14h30', p.channelId);
    expect(answer.text).toContain(fill(en.log.saved, { count: 0 }));
    const [log] = await logsOf(p.pairId);
    expect(log?.next_meeting_on).toBe('2031-01-17');
    expect(log?.next_meeting_at).toEqual(new Date('2031-01-17T13:30:00Z'));
    expect(log?.summary).toBe('Good talk.');
    const record = await s.waitFor(() => s.posts(p.channelId).find((post) => post.ts === log?.message_ts));
    expect(messageText(record)).toContain(`<!date^${Date.UTC(2031, 0, 17, 13, 30) / 1000}^`);
  });

  it.each([
    ['a date that does not exist', 'Talk.\nnext meeting: 2031-02-30', 'date_invalid'],
    ['a word that is no day', 'Talk.\nnext meeting: soon', 'date_invalid'],
    ['a day already past', 'Talk.\nnext meeting: 2031-01-14', 'date_in_past'],
    ['an hour already past today', 'Talk.\nnext meeting: today 12:30', 'date_in_past'],
  ] as const)('%s is refused and nothing is written', async (_label, text, code) => {
    const p = await nurturePair();
    const answer = await s.run(p.mentee, '/mentor-log', text, p.channelId);
    expect(answer.text).toBe(en.errors[code]);
    expect(await logsOf(p.pairId)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { type Catalog, catalogs, fill } from '../../src/content/index.js';
import { LOCALES } from '../../src/domain/locale.js';
import type { KnownBlock, SlackMessage } from '../../src/slack/kit/blocks.js';
import { renderPairMessage } from '../../src/slack/pairs/pair-messages.js';
import type { PairMessage } from '../../src/services/slack-port.js';
import { blockKitProblems, textsOf } from './blockkit.js';

type Actions = Extract<KnownBlock, { type: 'actions' }>;

const render = (c: Catalog, message: PairMessage): SlackMessage =>
  renderPairMessage(c, { id: 12, channelId: 'C0PAIR', mentorId: 'U0MENTOR', menteeId: 'U0MENTEE', locale: c.locale }, message);
const actions = (message: SlackMessage) => message.blocks.filter((block): block is Actions => block.type === 'actions');
const text = (message: SlackMessage) => textsOf(message).join('\n');

describe.each(LOCALES)('"start the conversation" posts in %s', (locale) => {
  const c = catalogs[locale];

  it('icebreakers: the chosen questions, by index, and a button for three more carrying the pair id', () => {
    const message = render(c, { kind: 'icebreakers', questions: [3, 0, 23], remaining: 5 });
    expect(blockKitProblems(message)).toEqual([]);
    const shown = c.engage.icebreakers.filter((question) => text(message).includes(question));
    expect(shown.sort()).toEqual([c.engage.icebreakers[0], c.engage.icebreakers[3], c.engage.icebreakers[23]].sort());
    expect(actions(message).flatMap((block) => block.elements)).toEqual([
      expect.objectContaining({ type: 'button', action_id: 'icebreakers_more', value: '12', text: expect.objectContaining({ text: c.engageProgress.moreButton }) }),
    ]);
  });

  it('the last icebreakers say so instead of offering more', () => {
    const message = render(c, { kind: 'icebreakers', questions: [1], remaining: 0 });
    expect(actions(message)).toEqual([]);
    expect(text(message)).toContain(c.engageProgress.lastIcebreakers);
    expect(text(message)).toContain(c.engage.icebreakers[1]);
  });

  it('with none left, the post says every icebreaker has been used', () => {
    const message = render(c, { kind: 'icebreakers', questions: [], remaining: 0 });
    expect(text(message)).toContain(c.engageProgress.noMoreIcebreakers);
    expect(actions(message)).toEqual([]);
  });

  it('checklists: two checkbox groups ticked as stored, named by list and pair, with progress', () => {
    const at = new Date('2026-03-10T15:30:00Z');
    const message = render(c, { kind: 'checklists', state: { ticked: { agreement: [0, 2, 4], topics: [] }, last: { by: 'U0MENTEE', at } } });
    expect(blockKitProblems(message)).toEqual([]);
    const [agreement, topics] = actions(message);
    expect(agreement?.block_id).toBe('checklist:agreement:12');
    expect(topics?.block_id).toBe('checklist:topics:12');
    const boxes = (block: Actions | undefined) => block?.elements[0] as { type: string; action_id: string; options: Array<{ value: string; text: { text: string } }>; initial_options?: Array<{ value: string }> };
    expect(boxes(agreement)).toMatchObject({ type: 'checkboxes', action_id: 'checklist_tick' });
    expect(boxes(agreement).options.map((option) => option.text.text)).toEqual(c.engage.agreement);
    expect(boxes(agreement).options.map((option) => option.value)).toEqual(['0', '1', '2', '3', '4']);
    expect(boxes(agreement).initial_options?.map((option) => option.value)).toEqual(['0', '2', '4']);
    expect(boxes(topics).options.map((option) => option.text.text)).toEqual(c.engage.topics);
    expect(boxes(topics).initial_options).toBeUndefined();
    const all = text(message);
    expect(all).toContain(fill(c.engageProgress.agreementProgress, { done: 3, total: 5 }));
    expect(all).toContain(fill(c.engageProgress.topicsProgress, { done: 0, total: 5 }));
    expect(all).toContain('<@U0MENTEE>');
    expect(message.text).toContain(fill(c.engageProgress.agreementProgress, { done: 3, total: 5 }));
  });

  it('checklists nobody has touched show no "last change" line', () => {
    const message = render(c, { kind: 'checklists', state: { ticked: { agreement: [], topics: [] }, last: null } });
    expect(text(message)).not.toContain('<@');
  });

  it('the suggestion names the nurture stage and carries a primary button with the pair id', () => {
    const message = render(c, { kind: 'suggestNurture' });
    expect(text(message)).toContain(fill(c.engageProgress.suggestNurture, { stage: c.stageNames.nurture }));
    expect(actions(message)[0]?.elements).toEqual([
      expect.objectContaining({ action_id: 'suggest_nurture', value: '12', style: 'primary' }),
    ]);
  });
});

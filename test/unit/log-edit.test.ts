import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { type ActionOwner, combineOwners, dayFromWord, parseActionItem, splitOwnerPrefix } from '../../src/domain/nurture/action-item.js';
import { type ItemChanges, type ItemDraft, itemLine, type OpenItem, reconcileItems } from '../../src/domain/nurture/log-edit.js';

const draft = (text: string, dueOn: string | null = null, owner: ActionOwner | null = null): ItemDraft => ({ text, dueOn, owner });

describe('reconcileItems: the edited next steps against the log’s open items', () => {
  const open: OpenItem[] = [
    { id: 1, text: 'send the CV' },
    { id: 2, text: 'call Ana' },
    { id: 3, text: 'call Ana' },
  ];
  it.each<[string, ItemDraft[], ItemChanges]>([
    ['unchanged', [draft('send the CV'), draft('call Ana'), draft('call Ana')], {
      keep: [{ id: 1, ...draft('send the CV') }, { id: 2, ...draft('call Ana') }, { id: 3, ...draft('call Ana') }],
      add: [],
      remove: [],
    }],
    ['a new date and owner keep the item', [draft('Send  the cv', '2031-01-20', 'mentee')], {
      keep: [{ id: 1, ...draft('Send  the cv', '2031-01-20', 'mentee') }],
      add: [],
      remove: [2, 3],
    }],
    ['a line added', [draft('call Ana'), draft('book a room')], {
      keep: [{ id: 2, ...draft('call Ana') }],
      add: [draft('book a room')],
      remove: [1, 3],
    }],
    ['everything cleared', [], { keep: [], add: [], remove: [1, 2, 3] }],
    ['reworded text is a new item', [draft('send my CV')], { keep: [], add: [draft('send my CV')], remove: [1, 2, 3] }],
    ['unicode compared in one normal form', [draft('call Ana'), draft('call Ana'), draft('send the CV')], {
      keep: [{ id: 2, ...draft('call Ana') }, { id: 3, ...draft('call Ana') }, { id: 1, ...draft('send the CV') }],
      add: [],
      remove: [],
    }],
  ])('%s', (_label, drafts, expected) => {
    expect(reconcileItems(open, drafts)).toEqual(expected);
  });

  it('matches accented text written in another Unicode form', () => {
    const composed = 'réviser le CV';
    const decomposed = composed.normalize('NFD');
    expect(reconcileItems([{ id: 9, text: composed }], [draft(decomposed)]).keep.map((item) => item.id)).toEqual([9]);
  });
});

describe('owner words at the start of a next step', () => {
  it.each<[string, ActionOwner | undefined, string]>([
    ['mentee: send the CV', 'mentee', 'send the CV'],
    ['  Mentor :call Ana', 'mentor', 'call Ana'],
    ['BOTH: rehearse', 'both', 'rehearse'],
    ['mentoré : relire le CV', 'mentee', 'relire le CV'],
    ['mentorée\u00a0: relire le CV', 'mentee', 'relire le CV'],
    ['les  deux : répéter', 'both', 'répéter'],
    ['tous les deux: répéter', 'both', 'répéter'],
    ['mentoring: a note', undefined, 'mentoring: a note'],
    ['send to mentee: the CV', undefined, 'send to mentee: the CV'],
  ])('%s', (line, role, rest) => {
    expect(splitOwnerPrefix(line)).toEqual({ role, rest });
  });

  it('a role and mentions together', () => {
    const mentioned = parseActionItem('mentor: <@U1AB|ana> call by 2031-01-20');
    expect(mentioned).toEqual({ text: 'call', dueOn: '2031-01-20', ownerIds: ['U1AB'], ownerRole: 'mentor' });
  });

  it.each<[ActionOwner | undefined, ActionOwner | null, ActionOwner | null]>([
    [undefined, null, null],
    [undefined, 'mentee', 'mentee'],
    ['mentor', null, 'mentor'],
    ['mentor', 'mentor', 'mentor'],
    ['mentor', 'mentee', 'both'],
    ['both', 'mentee', 'both'],
  ])('combineOwners(%s, %s) = %s', (role, mentioned, expected) => {
    expect(combineOwners(role, mentioned)).toBe(expected);
  });

  it.each([en, fr])('the $locale form writes owners with words it reads back', (c) => {
    for (const owner of ['mentor', 'mentee', 'both'] as const) {
      const line = itemLine({ text: 'send the CV', dueOn: '2031-01-20', owner }, c.log.modal.ownerPrefixes);
      expect(parseActionItem(line)).toEqual({ text: 'send the CV', dueOn: '2031-01-20', ownerIds: [], ownerRole: owner });
    }
    expect(parseActionItem(itemLine(draft('plain'), c.log.modal.ownerPrefixes))).toEqual({ text: 'plain', dueOn: null, ownerIds: [] });
  });
});

describe('French day words for due dates', () => {
  // Wednesday 15 January 2031.
  it.each([
    ['vendredi', '2031-01-17'],
    ['Lundi', '2031-01-20'],
    ['mercredi', '2031-01-22'],
    ['demain', '2031-01-16'],
    ["aujourd'hui", '2031-01-15'],
    ['aujourd’hui', '2031-01-15'],
    ['constructor', undefined],
    ['toString', undefined],
  ])('%s', (word, expected) => {
    expect(dayFromWord(word, '2031-01-15')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { parseActionItem } from '../../src/domain/nurture/action-item.js';
import { parseDoneLine, parseLogText } from '../../src/domain/nurture/meeting-log.js';
import { parseMentorCommand } from '../../src/domain/pairs/mentor-command.js';
import { parseMention } from '../../src/slack/mentions.js';

// 2026-12-02 is a Wednesday.
const today = '2026-12-02';
const NBSP = '\u00a0';

describe('French command words, read like their English twins', () => {
  it.each([
    ['fait : 3', [3]],
    [`fait${NBSP}: 3`, [3]],
    ['fait: #3, #5', [3, 5]],
    ['Fait : 2 4', [2, 4]],
    ['done: 3', [3]],
  ])('%j marks items done', (line, numbers) => {
    expect(parseDoneLine(line)).toEqual(numbers);
  });

  it.each(['fait', 'fait : trois', 'faites : 3', 'c’est fait : 3'])('%j is not a done line', (line) => {
    expect(parseDoneLine(line)).toBeUndefined();
  });

  it.each([
    ['envoyer le CV pour vendredi', 'envoyer le CV', '2026-12-04'],
    ['envoyer le CV by friday', 'envoyer le CV', '2026-12-04'],
    ['relire la lettre pour demain', 'relire la lettre', '2026-12-03'],
    ['préparer l’entretien pour 2026-12-10', 'préparer l’entretien', '2026-12-10'],
    ['passer pour voir', 'passer pour voir', null],
  ])('%j has its due date read', (line, text, dueOn) => {
    expect(parseActionItem(line, { today })).toMatchObject({ text, dueOn });
  });

  it.each([
    ['suite : appeler Ana pour vendredi', 'appeler Ana', '2026-12-04'],
    [`suite${NBSP}: relire le CV`, 'relire le CV', null],
    ['next: relire le CV', 'relire le CV', null],
  ])('%j becomes an action item', (line, text, dueOn) => {
    const draft = parseLogText(`Nous avons parlé du plan.\n${line}`, { today });
    expect(draft.actionItems).toHaveLength(1);
    expect(draft.actionItems[0]).toMatchObject({ text, dueOn });
  });

  it('reads a French log with a done line and a next step', () => {
    const draft = parseLogText('Bonne rencontre.\nfait : 1, 2\nsuite : mettre à jour le CV', { today });
    expect(draft.doneNumbers).toEqual([1, 2]);
    expect(draft.nextSteps).toBe('mettre à jour le CV');
  });

  it.each([
    ['stage suivante', 'next'],
    ['stage suivant', 'next'],
    ['stage préparer', 'prepare'],
    ['stage lancer', 'engage'],
    ['stage faire-vivre', 'nurture'],
    ['stage évaluer', 'evaluate'],
    ['stage Evaluer', 'evaluate'],
    ['stage nurture', 'nurture'],
  ])('/mentor %s moves to %s', (text, target) => {
    expect(parseMentorCommand(text, parseMention)).toEqual({ kind: 'stage', target });
  });
});

import { describe, expect, it } from 'vitest';
import { type MentorCommand, parseMentorCommand } from '../../src/domain/pairs/mentor-command.js';
import { parseMention } from '../../src/slack/mentions.js';
import { failsWith, type Outcome, outcome } from './outcome.js';

const ok = (command: MentorCommand): Outcome<MentorCommand> => ({ value: command });
const help = ok({ kind: 'help' });
const status = ok({ kind: 'status' });
const pair = (mentorId: string, menteeId: string) => ok({ kind: 'pair', mentorId, menteeId });
const stage = (target: 'next' | 'prepare' | 'engage' | 'nurture' | 'evaluate') => ok({ kind: 'stage', target });

describe('parseMentorCommand', () => {
  it.each<[string, Outcome<MentorCommand>]>([
    // help
    ['', help],
    ['  ', help],
    ['\t\n', help],
    ['help', help],
    ['HELP', help],
    ['  Help  ', help],
    // status
    ['status', status],
    ['STATUS', status],
    // pause, resume, jobs
    ['pause', ok({ kind: 'pause' })],
    ['Resume', ok({ kind: 'resume' })],
    ['JOBS', ok({ kind: 'jobs' })],
    // the preparation forms
    ['goal', ok({ kind: 'goal' })],
    ['GOAL', ok({ kind: 'goal' })],
    ['inventory', ok({ kind: 'inventory' })],
    ['  Inventory ', ok({ kind: 'inventory' })],
    ['goals', failsWith('unknown_command', { word: 'goals' })],
    // stage
    ['stage', stage('next')],
    ['stage next', stage('next')],
    ['stage NEXT', stage('next')],
    ['stage Nurture', stage('nurture')],
    ['stage prepare', stage('prepare')],
    ['stage engage', stage('engage')],
    ['stage evaluate', stage('evaluate')],
    ['stage closed', failsWith('unknown_stage')],
    ['stage next now', failsWith('unknown_stage')],
    ['stage nurturé', failsWith('unknown_stage')],
    ['stage 3', failsWith('unknown_stage')],
    // pair
    ['pair <@U1AB|ana> <@U2CD|ben>', pair('U1AB', 'U2CD')],
    ['pair <@U1AB> <@U2CD>', pair('U1AB', 'U2CD')],
    ['PAIR <@U1AB|ana> <@W2CD|ben>', pair('U1AB', 'W2CD')],
    ['  pair\t<@U1AB|ana>\n\n <@U2CD|ben>  ', pair('U1AB', 'U2CD')],
    ['pair\u00a0<@U1AB|ana>\u00a0<@U2CD|ben>', pair('U1AB', 'U2CD')],
    ['pair <@U1AB|zoé.lefèvre> <@U2CD|李雷>', pair('U1AB', 'U2CD')],
    ['pair <@U1AB|😀> <@U2CD|ben>', pair('U1AB', 'U2CD')],
    ['pair', failsWith('mention_missing')],
    ['pair   ', failsWith('mention_missing')],
    ['pair <@U1AB|ana>', failsWith('mention_missing')],
    ['pair @ana', failsWith('mention_malformed')],
    ['pair @ana @ben', failsWith('mention_malformed')],
    ['pair <@U1AB|ana> @ben', failsWith('mention_malformed')],
    ['pair <@U1AB|a> <@U1AB|a>', failsWith('same_person')],
    ['pair <@U1AB|a> <@U1AB>', failsWith('same_person')],
    ['pair <@U1AB|a> <@U2CD|b> <@U3EF|c>', failsWith('mention_missing')],
    ['pair <#C123|general> <@U2CD>', failsWith('mention_malformed')],
    ['pair <@U2CD> <#C123|general>', failsWith('mention_malformed')],
    ['pair <!channel> <@U2CD>', failsWith('mention_malformed')],
    ['pair <@u1ab> <@U2CD>', failsWith('mention_malformed')],
    ['pair <@U1AB|ana> <@u2cd|ben>', failsWith('mention_malformed')],
    ['pair <@B1AB|bot> <@U2CD>', failsWith('mention_malformed')],
    // unknown words
    ['frobnicate', failsWith('unknown_command', { word: 'frobnicate' })],
    ['Frobnicate now please', failsWith('unknown_command', { word: 'Frobnicate' })],
    ['stages', failsWith('unknown_command', { word: 'stages' })],
    ['statüs', failsWith('unknown_command', { word: 'statüs' })],
    ['<@U1AB|ana> <@U2CD|ben>', failsWith('unknown_command', { word: '<@U1AB|ana>' })],
    // done <n>
    ['done 3', { value: { kind: 'done', number: 3 } }],
    ['DONE #12', { value: { kind: 'done', number: 12 } }],
    ['  done   7  ', { value: { kind: 'done', number: 7 } }],
    ['done', failsWith('action_item_unknown', { number: '?' })],
    ['done 0', failsWith('action_item_unknown', { number: '0' })],
    ['done two', failsWith('action_item_unknown', { number: 'two' })],
    ['done 2 3', failsWith('action_item_unknown', { number: '2 3' })],
  ])('%j', (text, expected) => {
    expect(outcome(() => parseMentorCommand(text, parseMention))).toEqual(expected);
  });

  it.each([
    ['a 41-letter word', 'w'.repeat(41)],
    ['a 500-letter word', 'x'.repeat(500)],
  ])('truncates %s in params.word to at most 41 characters', (_label, word) => {
    const result = outcome(() => parseMentorCommand(`${word} and more`, parseMention));
    expect(result).toMatchObject({ error: 'unknown_command' });
    const shown = 'params' in result ? String(result.params.word) : '';
    expect(shown.length).toBeLessThanOrEqual(41);
    expect(shown).toBe(`${word.slice(0, 40)}…`);
  });

  it('keeps a 40-letter word whole', () => {
    const word = 'y'.repeat(40);
    expect(outcome(() => parseMentorCommand(word, parseMention))).toEqual(failsWith('unknown_command', { word }));
  });
});

describe('parseMention', () => {
  it.each<[string | undefined, Outcome<string>]>([
    ['<@U1AB>', { value: 'U1AB' }],
    ['<@U1AB|ana>', { value: 'U1AB' }],
    ['<@W0123ABCDE|ana.maria>', { value: 'W0123ABCDE' }],
    ['<@U1AB|>', { value: 'U1AB' }],
    [undefined, failsWith('mention_missing')],
    ['', failsWith('mention_missing')],
    ['@ana', failsWith('mention_malformed')],
    ['U1AB', failsWith('mention_malformed')],
    ['<@U1>', failsWith('mention_malformed')],
    ['<@U1AB', failsWith('mention_malformed')],
    ['<@U1AB|ana', failsWith('mention_malformed')],
    ['x<@U1AB>', failsWith('mention_malformed')],
    ['<@U1AB>x', failsWith('mention_malformed')],
    ['<@u1ab>', failsWith('mention_malformed')],
    ['<@U1ab>', failsWith('mention_malformed')],
    ['<#C123|general>', failsWith('mention_malformed')],
    ['<!here>', failsWith('mention_malformed')],
    ['<!subteam^S1|@devs>', failsWith('mention_malformed')],
    ['<@B1AB>', failsWith('mention_malformed')],
    ['<@U1AB|a>b>', failsWith('mention_malformed')],
  ])('%j', (token, expected) => {
    expect(outcome(() => parseMention(token))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { exportFilename, type RelationshipRecord, renderExportJson, renderExportMarkdown } from '../../src/domain/pairs/export-markdown.js';

const mentor = { id: 'UMENTOR', name: 'Maya' };
const mentee = { id: 'UMENTEE', name: 'Noé' };

function record(overrides: Partial<RelationshipRecord> = {}): RelationshipRecord {
  return {
    exportedAt: new Date('2031-03-01T23:30:00Z'),
    exportedBy: mentee,
    pair: { id: 42, mentor, mentee, stage: 'nurture', openedAt: new Date('2031-01-05T10:00:00Z'), closedAt: null },
    goal: {
      text: 'Land my first job working with Salesforce',
      steps: [
        { position: 1, text: 'Pick the role', doneAt: new Date('2031-01-10T09:00:00Z') },
        { position: 2, text: 'List skill gaps', doneAt: null },
      ],
    },
    agreement: {
      priorities: 'Interview practice',
      focusAreas: 'CV\nElevator pitch',
      successMeasures: 'Two interviews by March',
      frequency: 'biweekly',
      meetingMinutes: 45,
      startsOn: '2031-01-06',
      endsOn: '2031-07-06',
      preferredDay: 'tue',
      preferredTime: '17:30',
      agreedAt: new Date('2031-01-06T12:00:00Z'),
    },
    logs: [
      {
        id: 1,
        date: '2031-01-12',
        author: mentor,
        summary: 'We read the CV <b>line</b> by line.\r\n\r\n\r\nThen the pitch.',
        achievements: 'A sharper summary',
        nextSteps: 'next: rewrite the summary',
        nextMeetingOn: '2031-01-26',
        privateNote: null,
      },
      {
        id: 2,
        date: '2031-01-26',
        author: mentee,
        summary: 'Mock interview.',
        achievements: null,
        nextSteps: null,
        nextMeetingOn: null,
        privateNote: 'I was nervous.\nPractise more.',
      },
    ],
    items: [
      { number: 1, text: 'rewrite the | summary\nparagraph', owner: 'mentee', dueOn: '2031-01-20', status: 'done', doneAt: new Date('2031-01-19T08:00:00Z'), logId: 1 },
      { number: 2, text: 'book a mock interview', owner: null, dueOn: null, status: 'open', doneAt: null, logId: null },
    ],
    ...overrides,
  };
}

const labels = (c: typeof en, zone = 'UTC') => ({ texts: c.export, stageNames: c.stageNames, zone });

describe('renderExportMarkdown', () => {
  it('writes the whole relationship in English, in order', () => {
    const md = renderExportMarkdown(record(), labels(en));
    expect(md).toBe(
      [
        '# Mentoring record: Maya and Noé',
        '',
        '_Exported on 2031-03-01 by Noé._',
        '',
        '## The pair',
        '',
        '- **Mentor:** Maya',
        '- **Mentee:** Noé',
        `- **Stage:** ${en.stageNames.nurture}`,
        '- **Opened on:** 2031-01-05',
        '',
        '## Goal',
        '',
        'Land my first job working with Salesforce',
        '',
        '### Plan',
        '',
        '1. [x] Pick the role (done on 2031-01-10)',
        '2. [ ] List skill gaps',
        '',
        '## Mentoring agreement',
        '',
        '### Priorities',
        '',
        'Interview practice',
        '',
        '### Focus areas',
        '',
        'CV\nElevator pitch',
        '',
        '### Success measures',
        '',
        'Two interviews by March',
        '',
        '- **Meetings:** every two weeks, 45 minutes',
        '- From 2031-01-06 to 2031-07-06',
        '- **Preferred slot:** Tuesday 17:30',
        '- Agreed on 2031-01-06',
        '',
        '## Meeting logs',
        '',
        '### 2031-01-12, by Maya',
        '',
        '**What we discussed**',
        '',
        'We read the CV <b>line</b> by line.\n\nThen the pitch.',
        '',
        '**Achievements**',
        '',
        'A sharper summary',
        '',
        '**Next steps**',
        '',
        'next: rewrite the summary',
        '',
        '**Next meeting:** 2031-01-26',
        '',
        '### 2031-01-26, by Noé',
        '',
        '**What we discussed**',
        '',
        'Mock interview.',
        '',
        '> **My private note:** I was nervous.\n> Practise more.',
        '',
        '## Action items',
        '',
        '| No. | Action | Owner | Due | Status | From the meeting of |',
        '| ---: | --- | --- | --- | --- | --- |',
        '| 1 | rewrite the \\| summary paragraph | Mentee | 2031-01-20 | Done 2031-01-19 | 2031-01-12 |',
        '| 2 | book a mock interview | — |  | Open |  |',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<RelationshipRecord>, string[], string[]]>([
    ['an empty relationship', { goal: null, agreement: null, logs: [], items: [] }, [en.export.noGoal, en.export.noAgreement, en.export.noLogs, en.export.noItems], ['### Plan', '| No. |']],
    [
      'a goal without steps',
      { goal: { text: 'Grow', steps: [] } },
      ['Grow', en.export.noPlan],
      ['1. ['],
    ],
    [
      'a closed pair',
      { pair: { id: 42, mentor, mentee, stage: 'closed', openedAt: new Date('2031-01-05T10:00:00Z'), closedAt: new Date('2031-06-30T10:00:00Z') } },
      [`- **Stage:** ${en.stageNames.closed}`, '- **Closed on:** 2031-06-30'],
      [],
    ],
    [
      'an agreement without a preferred slot',
      { agreement: { ...record().agreement!, preferredDay: null, preferredTime: null } },
      ['- **Meetings:**'],
      ['Preferred slot'],
    ],
  ])('%s', (_name, overrides, present, absent) => {
    const md = renderExportMarkdown(record(overrides), labels(en));
    for (const text of present) expect(md).toContain(text);
    for (const text of absent) expect(md).not.toContain(text);
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('speaks the requester’s language', () => {
    const md = renderExportMarkdown(record(), labels(fr));
    expect(md).toContain('# Dossier de mentorat\u00a0: Maya et Noé');
    expect(md).toContain('- **Rencontres:** toutes les deux semaines, 45 minutes');
    expect(md).toContain('> **Ma note privée:**');
    expect(md).toContain(`| ${fr.export.itemNumber} | ${fr.export.itemText} |`);
  });

  it('shows instants as days in the requester’s zone', () => {
    expect(renderExportMarkdown(record(), labels(en, 'UTC'))).toContain('Exported on 2031-03-01');
    expect(renderExportMarkdown(record(), labels(en, 'Asia/Tokyo'))).toContain('Exported on 2031-03-02');
    expect(renderExportMarkdown(record(), labels(en, 'Not/AZone'))).toContain('Exported on 2031-03-01');
  });

  it('names the file by pair, day and format', () => {
    expect(exportFilename(record())).toBe('mentoring-pair-42-2031-03-01.md');
    expect(exportFilename(record(), 'json')).toBe('mentoring-pair-42-2031-03-01.json');
  });
});

describe('renderExportJson', () => {
  it('holds the same record in the documented shape', () => {
    const json = renderExportJson(record());
    expect(json.endsWith('}\n')).toBe(true);
    const document = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual([
      'format',
      'version',
      'exportedAt',
      'exportedBy',
      'pair',
      'goal',
      'agreement',
      'logs',
      'actionItems',
      'wrapUps',
      'outcome',
    ]);
    // A record without wrap-ups says so plainly.
    expect(document).toMatchObject({ wrapUps: [], outcome: null });
    expect(document).toMatchObject({
      format: 'mentor-coach.export',
      version: 1,
      exportedAt: '2031-03-01T23:30:00.000Z',
      exportedBy: mentee,
      pair: { id: 42, mentor, mentee, stage: 'nurture', openedAt: '2031-01-05T10:00:00.000Z', closedAt: null },
      goal: {
        text: 'Land my first job working with Salesforce',
        steps: [
          { position: 1, text: 'Pick the role', done: true, doneAt: '2031-01-10T09:00:00.000Z' },
          { position: 2, text: 'List skill gaps', done: false, doneAt: null },
        ],
      },
      agreement: { frequency: 'biweekly', meetingMinutes: 45, startsOn: '2031-01-06', preferredDay: 'tue', agreedAt: '2031-01-06T12:00:00.000Z' },
      logs: [
        { id: 1, date: '2031-01-12', author: mentor, privateNote: null },
        { id: 2, date: '2031-01-26', author: mentee, privateNote: 'I was nervous.\nPractise more.' },
      ],
      actionItems: [
        { number: 1, owner: 'mentee', dueOn: '2031-01-20', status: 'done', doneAt: '2031-01-19T08:00:00.000Z', logId: 1 },
        { number: 2, owner: null, dueOn: null, status: 'open', doneAt: null, logId: null },
      ],
    });
  });

  it('writes null for a missing goal and agreement', () => {
    const document = JSON.parse(renderExportJson(record({ goal: null, agreement: null, logs: [], items: [] }))) as Record<string, unknown>;
    expect(document).toMatchObject({ goal: null, agreement: null, logs: [], actionItems: [] });
  });
});

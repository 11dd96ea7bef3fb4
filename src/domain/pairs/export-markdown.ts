import { DateTime } from 'luxon';
import type { Agreement, Frequency, Weekday } from '../engage/agreement.js';
import { type EvaluationExportTexts, type WrapUpRecord, wrapUpJson, wrapUpMarkdown } from './export-reflections.js';
import type { PairOutcome } from '../evaluate/reflection.js';
import type { Stage } from '../stages.js';

export type ItemOwner = 'mentor' | 'mentee' | 'both';
export type ExportFormat = 'markdown' | 'json';

/** The whole record of a relationship, as one member may take it away (`/mentor export`). */
export interface RelationshipRecord {
  exportedAt: Date;
  exportedBy: Person;
  pair: { id: number; mentor: Person; mentee: Person; stage: Stage; openedAt: Date; closedAt: Date | null };
  goal: { text: string; steps: Array<{ position: number; text: string; doneAt: Date | null }> } | null;
  agreement: (Agreement & { agreedAt: Date }) | null;
  /** Oldest first; deleted logs are left out, and so is any private note but the requester's own. */
  logs: Array<{
    id: number;
    /** yyyy-mm-dd: the day met, else the day written. */
    date: string;
    author: Person;
    summary: string;
    achievements: string | null;
    nextSteps: string | null;
    nextMeetingOn: string | null;
    privateNote: string | null;
  }>;
  items: Array<{
    number: number | null;
    text: string;
    owner: ItemOwner | null;
    dueOn: string | null;
    status: 'open' | 'done';
    doneAt: Date | null;
    /** The log it came from (its `id` in `logs`), null when that log is gone. */
    logId: number | null;
  }>;
  /** Every wrap-up, oldest first, with both members' reflections and how it ended. */
  wrapUps?: WrapUpRecord[];
  /** The pair's latest wrap-up decision. */
  outcome?: { value: PairOutcome; at: Date; by: Person } | null;
}

export interface Person {
  id: string;
  name: string;
}

/** The words of the export, in the requester's language (the catalog's `export` section). */
export interface ExportTexts {
  /** {mentor} {mentee} */
  title: string;
  /** {date} {user} */
  exportedOn: string;
  pairHeading: string;
  mentor: string;
  mentee: string;
  stage: string;
  openedOn: string;
  closedOn: string;
  goalHeading: string;
  noGoal: string;
  planHeading: string;
  noPlan: string;
  /** {date} */
  stepDone: string;
  agreementHeading: string;
  noAgreement: string;
  priorities: string;
  focusAreas: string;
  successMeasures: string;
  rhythm: string;
  frequencies: Record<Frequency, string>;
  /** {minutes} */
  meetingLength: string;
  /** {start} {end} */
  period: string;
  preferredSlot: string;
  weekdays: Record<Weekday, string>;
  /** {date} */
  agreedOn: string;
  logsHeading: string;
  noLogs: string;
  /** {date} {user} */
  logTitle: string;
  summary: string;
  achievements: string;
  nextSteps: string;
  nextMeeting: string;
  privateNote: string;
  itemsHeading: string;
  noItems: string;
  itemNumber: string;
  itemText: string;
  itemOwner: string;
  itemDue: string;
  itemStatus: string;
  itemFrom: string;
  owners: Record<ItemOwner, string>;
  nobody: string;
  statuses: Record<'open' | 'done', string>;
}

export interface ExportLabels {
  texts: ExportTexts;
  stageNames: Record<Stage, string>;
  /** IANA zone of the requester: instants are shown as their calendar day there. */
  zone: string;
  /** The wrap-up part's words (catalog `evaluateWrapUp.export`). */
  closing?: EvaluationExportTexts;
}

/** The file name of an export: stable and safe on every system. */
export function exportFilename(record: RelationshipRecord, format: ExportFormat = 'markdown'): string {
  return `mentoring-pair-${record.pair.id}-${isoDay(record.exportedAt, 'UTC')}.${format === 'json' ? 'json' : 'md'}`;
}

/** The relationship as a Markdown document. People's text goes in as written: it is a file, not a message. */
export function renderExportMarkdown(record: RelationshipRecord, labels: ExportLabels): string {
  const t = labels.texts;
  const day = (at: Date): string => isoDay(at, labels.zone);
  const out: string[] = [];
  const { pair } = record;

  out.push(`# ${fillIn(t.title, { mentor: pair.mentor.name, mentee: pair.mentee.name })}`, '');
  out.push(`_${fillIn(t.exportedOn, { date: day(record.exportedAt), user: record.exportedBy.name })}_`, '');

  out.push(`## ${t.pairHeading}`, '');
  out.push(`- **${t.mentor}:** ${pair.mentor.name}`);
  out.push(`- **${t.mentee}:** ${pair.mentee.name}`);
  out.push(`- **${t.stage}:** ${labels.stageNames[pair.stage]}`);
  out.push(`- **${t.openedOn}:** ${day(pair.openedAt)}`);
  if (pair.closedAt !== null) out.push(`- **${t.closedOn}:** ${day(pair.closedAt)}`);
  out.push('');

  out.push(`## ${t.goalHeading}`, '');
  if (record.goal === null) {
    out.push(t.noGoal, '');
  } else {
    out.push(paragraph(record.goal.text), '', `### ${t.planHeading}`, '');
    if (record.goal.steps.length === 0) out.push(t.noPlan);
    for (const step of record.goal.steps) {
      const done = step.doneAt === null ? '' : ` (${fillIn(t.stepDone, { date: day(step.doneAt) })})`;
      out.push(`${step.position}. [${step.doneAt === null ? ' ' : 'x'}] ${oneLine(step.text)}${done}`);
    }
    out.push('');
  }

  out.push(`## ${t.agreementHeading}`, '');
  const a = record.agreement;
  if (a === null) {
    out.push(t.noAgreement, '');
  } else {
    out.push(`### ${t.priorities}`, '', paragraph(a.priorities), '');
    out.push(`### ${t.focusAreas}`, '', paragraph(a.focusAreas), '');
    out.push(`### ${t.successMeasures}`, '', paragraph(a.successMeasures), '');
    out.push(`- **${t.rhythm}:** ${t.frequencies[a.frequency]}, ${fillIn(t.meetingLength, { minutes: a.meetingMinutes })}`);
    out.push(`- ${fillIn(t.period, { start: a.startsOn, end: a.endsOn })}`);
    const slot = [a.preferredDay === null ? null : t.weekdays[a.preferredDay], a.preferredTime].filter((part) => part !== null);
    if (slot.length > 0) out.push(`- **${t.preferredSlot}:** ${slot.join(' ')}`);
    out.push(`- ${fillIn(t.agreedOn, { date: day(a.agreedAt) })}`, '');
  }

  out.push(`## ${t.logsHeading}`, '');
  if (record.logs.length === 0) out.push(t.noLogs, '');
  for (const log of record.logs) {
    out.push(`### ${fillIn(t.logTitle, { date: log.date, user: log.author.name })}`, '');
    out.push(`**${t.summary}**`, '', paragraph(log.summary), '');
    if (log.achievements) out.push(`**${t.achievements}**`, '', paragraph(log.achievements), '');
    if (log.nextSteps) out.push(`**${t.nextSteps}**`, '', paragraph(log.nextSteps), '');
    if (log.nextMeetingOn) out.push(`**${t.nextMeeting}:** ${log.nextMeetingOn}`, '');
    if (log.privateNote) out.push(`> **${t.privateNote}:** ${quote(log.privateNote)}`, '');
  }

  out.push(`## ${t.itemsHeading}`, '');
  if (record.items.length === 0) {
    out.push(t.noItems, '');
  } else {
    const dates = new Map(record.logs.map((log) => [log.id, log.date]));
    out.push(`| ${[t.itemNumber, t.itemText, t.itemOwner, t.itemDue, t.itemStatus, t.itemFrom].join(' | ')} |`);
    out.push('| ---: | --- | --- | --- | --- | --- |');
    for (const item of record.items) {
      const status = item.status === 'done' && item.doneAt !== null ? `${t.statuses.done} ${day(item.doneAt)}` : t.statuses[item.status];
      const from = item.logId === null ? '' : (dates.get(item.logId) ?? '');
      out.push(
        `| ${[item.number ?? '', cell(item.text), item.owner === null ? t.nobody : t.owners[item.owner], item.dueOn ?? '', status, from].join(' | ')} |`,
      );
    }
    out.push('');
  }
  if (record.wrapUps !== undefined && labels.closing !== undefined) out.push(...wrapUpMarkdown(record.wrapUps, labels.closing, labels.zone));
  return `${out.join('\n').trimEnd()}\n`;
}

function isoDay(at: Date, zone: string): string {
  const inZone = DateTime.fromJSDate(at, { zone });
  return (inZone.isValid ? inZone : DateTime.fromJSDate(at, { zone: 'UTC' })).toISODate() ?? '';
}

/** `{name}` placeholders; the content catalog checks at boot that every language uses the same ones. */
function fillIn(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A text as its own paragraph: Windows line ends folded, blank runs kept to one. */
function paragraph(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// Each run of spaces is read once: `\s*[\r\n]+\s*` rescanned a long run from each of its characters.
function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)).trim();
}

/** A table cell: a pipe would end the cell, a line break the row. */
function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

function quote(text: string): string {
  return paragraph(text).replace(/\n/g, '\n> ');
}

/** Version of the JSON shape below; bumped on any change that is not a pure addition. */
export const EXPORT_JSON_VERSION = 1;

/**
 * The record as JSON (documented in the README, "Export format"): instants as ISO-8601 UTC strings,
 * days as yyyy-mm-dd, people as `{ id, name }`. Same content as the Markdown file.
 */
export function renderExportJson(record: RelationshipRecord): string {
  const iso = (at: Date | null): string | null => (at === null ? null : at.toISOString());
  const document = {
    format: 'mentor-coach.export',
    version: EXPORT_JSON_VERSION,
    exportedAt: iso(record.exportedAt),
    exportedBy: record.exportedBy,
    pair: { ...record.pair, openedAt: iso(record.pair.openedAt), closedAt: iso(record.pair.closedAt) },
    goal:
      record.goal === null
        ? null
        : { text: record.goal.text, steps: record.goal.steps.map((step) => ({ ...step, done: step.doneAt !== null, doneAt: iso(step.doneAt) })) },
    agreement: record.agreement === null ? null : { ...record.agreement, agreedAt: iso(record.agreement.agreedAt) },
    logs: record.logs,
    actionItems: record.items.map((item) => ({ ...item, doneAt: iso(item.doneAt) })),
    wrapUps: wrapUpJson(record.wrapUps ?? []),
    outcome: record.outcome ? { ...record.outcome, at: iso(record.outcome.at) } : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

import { DateTime } from 'luxon';
import type { Attainment, NextStep, PairOutcome } from '../evaluate/reflection.js';

/** A person as the export names them. */
interface Named {
  id: string;
  name: string;
}

/** One wrap-up of the relationship, with both members' reflections (they are the pair's, not private). */
export interface WrapUpRecord {
  startedAt: Date;
  lastMeetingAt: Date | null;
  reflections: Array<{
    member: Named;
    role: 'mentor' | 'mentee';
    learned: string;
    goal: { attainment: Attainment; comment: string | null } | null;
    steps: Array<{ position: number; text: string; attainment: Attainment; comment: string | null }>;
    expectations: { attainment: Attainment; comment: string | null };
    highlight: string;
    next: NextStep;
    thanks: string | null;
    updatedAt: Date;
  }>;
  outcome: { value: PairOutcome; at: Date; by: Named } | null;
}

/** The export's words for the wrap-up part, in the requester's language (catalog `closing.export`). */
export interface EvaluationExportTexts {
  reflectionsHeading: string;
  noReflections: string;
  /** {user} */
  reflectionOf: string;
  learned: string;
  goal: string;
  steps: string;
  expectations: string;
  highlight: string;
  next: string;
  thanks: string;
  lastMeeting: string;
  outcomeHeading: string;
  noOutcome: string;
  /** {outcome} {date} {user} */
  outcomeLine: string;
  attainments: Record<Attainment, string>;
  nextSteps: Record<NextStep, string>;
  outcomes: Record<PairOutcome, string>;
}

/** The Markdown lines of the wrap-ups: each member's reflection, then how it ended. People's text as written. */
export function wrapUpMarkdown(wrapUps: readonly WrapUpRecord[], t: EvaluationExportTexts, zone: string): string[] {
  const day = (at: Date) => (DateTime.fromJSDate(at, { zone }).isValid ? DateTime.fromJSDate(at, { zone }) : DateTime.fromJSDate(at, { zone: 'utc' })).toISODate() ?? '';
  const fill = (text: string, params: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
  const rated = (attainment: Attainment, comment: string | null) => `${t.attainments[attainment]}${comment ? ` — ${oneLine(comment)}` : ''}`;
  const out: string[] = [`## ${t.reflectionsHeading}`, ''];
  const reflections = wrapUps.flatMap((w) => w.reflections.map((r) => ({ wrapUp: w, r })));
  if (reflections.length === 0) out.push(t.noReflections, '');
  for (const { wrapUp, r } of reflections) {
    out.push(`### ${fill(t.reflectionOf, { user: r.member.name })}`, '');
    if (wrapUp.lastMeetingAt !== null) out.push(`- **${t.lastMeeting}:** ${day(wrapUp.lastMeetingAt)}`);
    if (r.goal !== null) out.push(`- **${t.goal}:** ${rated(r.goal.attainment, r.goal.comment)}`);
    for (const step of r.steps) out.push(`- **${t.steps} ${step.position}** (${oneLine(step.text)}): ${rated(step.attainment, step.comment)}`);
    out.push(`- **${t.expectations}:** ${rated(r.expectations.attainment, r.expectations.comment)}`);
    out.push(`- **${t.next}:** ${t.nextSteps[r.next]}`, '');
    out.push(`**${t.learned}**`, '', paragraph(r.learned), '');
    out.push(`**${t.highlight}**`, '', paragraph(r.highlight), '');
    if (r.thanks) out.push(`**${t.thanks}**`, '', paragraph(r.thanks), '');
  }
  out.push(`## ${t.outcomeHeading}`, '');
  const decided = wrapUps.filter((w) => w.outcome !== null);
  if (decided.length === 0) out.push(t.noOutcome, '');
  for (const w of decided) {
    const o = w.outcome!;
    out.push(`- ${fill(t.outcomeLine, { outcome: t.outcomes[o.value], date: day(o.at), user: o.by.name })}`);
  }
  if (decided.length > 0) out.push('');
  return out;
}

/** The wrap-ups as the JSON export shows them (README, "Export format"). */
export function wrapUpJson(wrapUps: readonly WrapUpRecord[]) {
  const iso = (at: Date | null) => (at === null ? null : at.toISOString());
  return wrapUps.map((w) => ({
    startedAt: iso(w.startedAt),
    lastMeetingAt: iso(w.lastMeetingAt),
    reflections: w.reflections.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) })),
    outcome: w.outcome === null ? null : { ...w.outcome, at: iso(w.outcome.at) },
  }));
}

function paragraph(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// Each run of spaces is read once: `\s*[\r\n]+\s*` rescanned a long run from each of its characters.
function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)).trim();
}

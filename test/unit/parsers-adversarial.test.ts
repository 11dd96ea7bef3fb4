/**
 * Every parser of what people type, fed 10,000 generated adversarial strings each, up to the
 * field's own maximum length: each call must finish within 5 ms. A super-linear parser fails this
 * by orders of magnitude (the old `done:` pattern took about 55 s on 90 characters).
 *
 * Timing under a loaded machine: a call over the bound is run again (five times at most, each after
 * a short pause that lets the processor go elsewhere) and its fastest run counts, so a garbage
 * collection or a busy processor cannot fail the test while a slow input, slow every time, still does. Fields whose Slack element sets no length of its own (date, time and
 * select values, forged in a payload) are fed up to Slack's 3,000-character cap on any input.
 * The seed is printed (FUZZ_SEED=<seed> replays it); max and p99 per parser are printed as well.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ownerOf, parseActionItem, splitOwnerPrefix } from '../../src/domain/nurture/action-item.js';
import { validateAgreement } from '../../src/domain/engage/agreement.js';
import { CoachError } from '../../src/domain/errors.js';
import { MAX_GOAL_LENGTH, MAX_PLAN_LENGTH, validateGoalPlan } from '../../src/domain/prepare/goal-plan.js';
import { INVENTORY_FIELDS, MAX_INVENTORY_ANSWER, validateInventory } from '../../src/domain/prepare/inventory.js';
import { MAX_LOG_LENGTH, parseDoneLine, parseLogText, validateLogForm } from '../../src/domain/nurture/meeting-log.js';
import { parseMention } from '../../src/slack/mentions.js';
import { checkMentorCommandSize, MAX_MENTOR_COMMAND_LENGTH, mentorCommandAudience, parseMentorCommand } from '../../src/domain/pairs/mentor-command.js';
import { isNextMeetingLine, parseNextMeetingLine, readTime } from '../../src/domain/nurture/next-meeting-line.js';
import { MAX_HIGHLIGHT, MAX_LEARNED, MAX_REFLECTION_COMMENT, MAX_THANKS, type ReflectionInput, validateReflection } from '../../src/domain/evaluate/reflection.js';
import { adversarialLines, adversarialString, summarise } from '../support/adversarial.js';
import { fuzzSeed, seededRng } from '../support/fuzz.js';

const PER_PARSER = 10_000;
const BOUND_MS = 5;
const SLACK_INPUT_CAP = 3000;
const SEED = fuzzSeed();

const TODAY = '2026-03-10';
const NOW = new Date('2026-03-10T09:00:00Z');
const moment = { today: TODAY, zone: 'Europe/Paris', now: NOW };
const members = { mentorId: 'UMENTOR1', menteeId: 'UMENTEE1' };

const DONE = ['done:', 'done: 1', 'done: 1  1', 'done: #1,', 'done : #1 ; #2', '  DONE:1', 'done:\u00a0', 'done: 1 1 1'];
const NEXT_MEETING = ['next meeting:', 'next meeting: ', 'Next  Meeting :', 'next meeting: friday', 'next meeting: 2026-03-20 ', 'prochain rendez-vous :', 'prochaine réunion : le', 'next\u00a0meeting:'];
const ACTION = ['', 'call Ana by ', 'send the CV by friday', 'by ', ' by ', 'x by 2026-', 'drop by', 'by by by '];
const OWNER = ['mentee:', 'mentor :', 'les deux', 'les  deux :', 'tous les deux', 'mentorée', 'both', 'both: by '];
const MENTIONS = ['<@', '<@U', '<@UAAA|', '<@UAAA|x', '<@W12|x>', '<@U1>', 'send <@UMENTOR1|ana> ', '<#C1|'];
const LOG_LINES = [...DONE, ...NEXT_MEETING, 'next:', 'next: ', '- [ ] ', '* [ ]', ...ACTION, ...OWNER, ...MENTIONS];
const MENTOR = ['', 'pair ', 'pair <@U1|a> ', 'erase ', 'erase #', 'erase <#C1|', 'history ', 'done ', 'done #', 'stage ', 'export ', 'help ', 'status'];
const FORM_TEXT = ['', '- ', '1. ', '- [ ] ', '[x] ', '12) ', 'by ', ...DONE, ...NEXT_MEETING.slice(0, 3), ...ACTION.slice(1, 4)];
const DATE_LIKE = ['', '2026-03-1', '2026-03-10', '2026-03-10T', '14:', '14:30', '1', '-', 'met', 'partly', 'continue', 'weekly', '30', 'mon'];

/** Runs a parser; only our own coded errors (a clear message to the person) may come out of it. */
function quietly(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
  }
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Parser {
  name: string;
  max: number;
  generate(rng: ReturnType<typeof seededRng>, max: number): string;
  parse(text: string): unknown;
}

const line = (prefixes: readonly string[]) => (rng: ReturnType<typeof seededRng>, max: number) => adversarialString(rng, max, prefixes);
const lines = (prefixes: readonly string[]) => (rng: ReturnType<typeof seededRng>, max: number) => adversarialLines(rng, max, prefixes);

const logForm = { summary: 'We met.', achievements: null, nextSteps: null, nextMeetingOn: null, metOn: null, nextMeetingTime: null, privateNote: null };
const agreement = {
  priorities: 'p', focusAreas: 'f', successMeasures: 's', frequency: 'weekly', meetingMinutes: '60',
  startsOn: TODAY, endsOn: '2026-09-10', preferredDay: 'tue', preferredTime: '14:30',
};
const reflection: ReflectionInput = {
  learned: 'l', goal: 'met', goalComment: null, steps: { 1: { attainment: 'met', comment: null } }, expectations: 'met',
  expectationsComment: null, highlight: 'h', next: 'close', thanks: null,
};
const reflectionPlan = { hasGoal: true, steps: [{ position: 1, text: 'step' }] };

const PARSERS: Parser[] = [
  { name: 'done line', max: MAX_LOG_LENGTH, generate: line(DONE), parse: (text) => parseDoneLine(text) },
  {
    name: 'next-meeting line',
    max: MAX_LOG_LENGTH,
    generate: line(NEXT_MEETING),
    parse: (text) => isNextMeetingLine(text) && parseNextMeetingLine(text, moment),
  },
  { name: 'meeting time word', max: MAX_LOG_LENGTH, generate: line(['14', '14:', '2', '9h', '12:30', '1pm']), parse: (text) => readTime(text) },
  { name: 'due date (action item)', max: MAX_LOG_LENGTH, generate: line(ACTION), parse: (text) => parseActionItem(text, { today: TODAY }) },
  {
    name: 'owner (action item)',
    max: MAX_LOG_LENGTH,
    generate: line(OWNER),
    parse: (text) => {
      splitOwnerPrefix(text);
      return ownerOf(parseActionItem(text, { today: TODAY }).ownerIds, members);
    },
  },
  { name: 'mentions in a line', max: MAX_LOG_LENGTH, generate: line(MENTIONS), parse: (text) => parseActionItem(text, { today: TODAY }) },
  { name: 'mention (one token)', max: MAX_MENTOR_COMMAND_LENGTH, generate: line(MENTIONS), parse: (text) => parseMention(text) },
  { name: '/mentor-log text', max: MAX_LOG_LENGTH, generate: lines(LOG_LINES), parse: (text) => parseLogText(text, { ...moment }) },
  {
    name: '/mentor subcommand',
    max: MAX_MENTOR_COMMAND_LENGTH,
    generate: line(MENTOR),
    parse: (text) => {
      checkMentorCommandSize(text);
      mentorCommandAudience(text);
      return parseMentorCommand(text, parseMention);
    },
  },
  ...(['summary', 'achievements', 'nextSteps', 'privateNote'] as const).map((field): Parser => ({
    name: `log form: ${field}`,
    max: MAX_LOG_LENGTH,
    generate: field === 'nextSteps' ? lines(LOG_LINES) : lines(FORM_TEXT),
    parse: (text) => validateLogForm({ ...logForm, [field]: text }, TODAY, { now: NOW, zone: 'Europe/Paris' }),
  })),
  ...(['nextMeetingOn', 'metOn', 'nextMeetingTime'] as const).map((field): Parser => ({
    name: `log form: ${field}`,
    max: SLACK_INPUT_CAP,
    generate: line(DATE_LIKE),
    parse: (text) => validateLogForm({ ...logForm, nextMeetingOn: '2026-03-20', [field]: text }, TODAY, { now: NOW, zone: 'Europe/Paris' }),
  })),
  { name: 'goal form: goal', max: MAX_GOAL_LENGTH, generate: line(FORM_TEXT), parse: (text) => validateGoalPlan({ goal: text, plan: 'a\nb' }) },
  { name: 'goal form: plan', max: MAX_PLAN_LENGTH, generate: lines(FORM_TEXT), parse: (text) => validateGoalPlan({ goal: 'g', plan: text }) },
  {
    name: 'inventory form: any answer',
    max: MAX_INVENTORY_ANSWER,
    generate: lines(FORM_TEXT),
    parse: (text) => validateInventory(Object.fromEntries(INVENTORY_FIELDS.map((field) => [field, text]))),
  },
  ...(['priorities', 'focusAreas', 'successMeasures'] as const).map((field): Parser => ({
    name: `agreement form: ${field}`,
    max: 2000,
    generate: lines(FORM_TEXT),
    parse: (text) => validateAgreement({ ...agreement, [field]: text }, TODAY),
  })),
  ...(['frequency', 'meetingMinutes', 'startsOn', 'endsOn', 'preferredDay', 'preferredTime'] as const).map((field): Parser => ({
    name: `agreement form: ${field}`,
    max: SLACK_INPUT_CAP,
    generate: line(DATE_LIKE),
    parse: (text) => validateAgreement({ ...agreement, [field]: text }, TODAY),
  })),
  ...(
    [
      ['learned', MAX_LEARNED],
      ['goalComment', MAX_REFLECTION_COMMENT],
      ['expectationsComment', MAX_REFLECTION_COMMENT],
      ['highlight', MAX_HIGHLIGHT],
      ['thanks', MAX_THANKS],
    ] as const
  ).map(([field, max]): Parser => ({
    name: `reflection form: ${field}`,
    max,
    generate: lines(FORM_TEXT),
    parse: (text) => validateReflection({ ...reflection, [field]: text }, reflectionPlan),
  })),
  ...(['goal', 'expectations', 'next'] as const).map((field): Parser => ({
    name: `reflection form: ${field}`,
    max: SLACK_INPUT_CAP,
    generate: line(DATE_LIKE),
    parse: (text) => validateReflection({ ...reflection, [field]: text }, reflectionPlan),
  })),
  {
    name: 'reflection form: a step',
    max: MAX_REFLECTION_COMMENT,
    generate: lines(FORM_TEXT),
    parse: (text) => validateReflection({ ...reflection, steps: { 1: { attainment: text.slice(0, 20), comment: text } } }, reflectionPlan),
  },
];

const report: string[] = [];

afterAll(() => {
  console.log(`parsers under adversarial input (seed ${SEED}, FUZZ_SEED=${SEED} replays it), ${PER_PARSER} strings each:\n${report.join('\n')}`);
});

describe(`every parser stays under ${BOUND_MS} ms per call on adversarial input`, () => {
  it.each(PARSERS.map((parser) => [parser.name, parser] as const))('%s', async (_name, parser) => {
    const rng = seededRng(SEED);
    // Warm the parser up: the first calls pay for compilation, not for the input.
    for (let i = 0; i < 50; i += 1) quietly(() => parser.parse(parser.generate(rng, 40)));
    const timings: number[] = [];
    const slow: Array<{ text: string; ms: number }> = [];
    let retried = 0;
    let longest = 0;
    for (let i = 0; i < PER_PARSER; i += 1) {
      const text = parser.generate(rng, parser.max);
      expect(text.length).toBeLessThanOrEqual(parser.max);
      longest = Math.max(longest, text.length);
      let ms = timed(() => quietly(() => parser.parse(text)));
      for (let again = 0; ms >= BOUND_MS && again < 5; again += 1) {
        retried += again === 0 ? 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 10 * (again + 1)));
        ms = Math.min(ms, timed(() => quietly(() => parser.parse(text))));
      }
      timings.push(ms);
      if (ms >= BOUND_MS) slow.push({ text: JSON.stringify(text.slice(0, 120)), ms });
    }
    const { max, p99 } = summarise(timings);
    report.push(`  ${parser.name.padEnd(36)} max ${max.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  (up to ${longest} chars${retried > 0 ? `, ${retried} re-run` : ''})`);
    expect(longest).toBe(parser.max);
    expect(slow, `slow inputs (seed ${SEED})`).toEqual([]);
  }, 300_000);
});

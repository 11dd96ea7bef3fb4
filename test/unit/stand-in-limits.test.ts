import { describe, expect, it } from 'vitest';
import { RULES, type RuleId, type Violation } from '../../src/dev/stand-in/limits.js';
import { messageViolations, viewViolations } from '../../src/dev/stand-in/validate.js';

type Json = Record<string, unknown>;
type Payload = { message: Json } | { view: Json };

const x = (n: number) => 'x'.repeat(n);
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const msg = (...blocks: unknown[]): Payload => ({ message: { blocks } });
const modal = (extra: Json, blocks: unknown[] = []): Payload => ({
  view: { type: 'modal', title: plain('Log'), submit: plain('Save'), blocks, ...extra },
});
const actions = (...elements: unknown[]) => msg({ type: 'actions', elements });
const button = (extra: Json = {}) => ({ type: 'button', text: plain('Go'), action_id: 'go', ...extra });
const option = (i: number, extra: Json = {}) => ({ text: plain(`o${i}`), value: `v${i}`, ...extra });
const options = (n: number) => Array.from({ length: n }, (_, i) => option(i));
const input = (element: Json, extra: Json = {}) => modal({}, [{ type: 'input', label: plain('Notes'), element, ...extra }]);
const confirm = (extra: Json) => actions(button({ confirm: { title: plain('Sure?'), text: plain('Really'), confirm: plain('Yes'), deny: plain('No'), ...extra } }));

function violations(payload: Payload): Violation[] {
  return 'message' in payload ? messageViolations(payload.message) : viewViolations(payload.view);
}

/** For each rule with bounds: a payload whose measured size is n, everything else valid. */
const SIZED: Partial<Record<RuleId, (n: number) => Payload>> = {
  'message.blocks': (n) => msg(...Array.from({ length: n }, () => ({ type: 'divider' }))),
  'view.blocks': (n) => modal({}, Array.from({ length: n }, () => ({ type: 'divider' }))),
  'text.text': (n) => msg({ type: 'context', elements: [mrkdwn(x(n))] }),
  'section.text': (n) => msg({ type: 'section', text: mrkdwn(x(n)) }),
  'section.fields': (n) => msg({ type: 'section', fields: Array.from({ length: n }, () => mrkdwn('f')) }),
  'section.field.text': (n) => msg({ type: 'section', fields: [mrkdwn(x(n))] }),
  'header.text': (n) => msg({ type: 'header', text: plain(x(n)) }),
  'context.elements': (n) => msg({ type: 'context', elements: Array.from({ length: n }, () => mrkdwn('c')) }),
  'actions.elements': (n) => actions(...Array.from({ length: n }, (_, i) => button({ action_id: `a${i}` }))),
  block_id: (n) => msg({ type: 'divider', block_id: x(n) }),
  action_id: (n) => actions(button({ action_id: x(n) })),
  'input.label': (n) => modal({}, [{ type: 'input', label: plain(x(n)), element: { type: 'plain_text_input' } }]),
  'input.hint': (n) => input({ type: 'plain_text_input' }, { hint: plain(x(n)) }),
  'image.alt_text': (n) => msg({ type: 'image', image_url: 'https://example.com/a.png', alt_text: x(n) }),
  'image.image_url': (n) => msg({ type: 'image', image_url: `https://e.com/${x(n - 14)}`, alt_text: 'a' }),
  'button.text': (n) => actions(button({ text: plain(x(n)) })),
  'button.value': (n) => actions(button({ value: x(n) })),
  'button.url': (n) => actions(button({ url: `https://e.com/${x(n - 14)}` })),
  'button.accessibility_label': (n) => actions(button({ accessibility_label: x(n) })),
  placeholder: (n) => input({ type: 'plain_text_input', placeholder: plain(x(n)) }),
  'option.text': (n) => actions({ type: 'static_select', action_id: 's', options: [{ text: plain(x(n)), value: 'v' }] }),
  'option.value': (n) => actions({ type: 'static_select', action_id: 's', options: [{ text: plain('t'), value: x(n) }] }),
  'option.description': (n) => actions({ type: 'radio_buttons', action_id: 'r', options: [option(1, { description: plain(x(n)) })] }),
  'select.options': (n) => actions({ type: 'static_select', action_id: 's', options: options(n) }),
  'select.option_groups': (n) =>
    actions({ type: 'static_select', action_id: 's', option_groups: Array.from({ length: n }, (_, i) => ({ label: plain('g'), options: [option(i)] })) }),
  'checkboxes.options': (n) => actions({ type: 'checkboxes', action_id: 'c', options: options(n) }),
  'radio_buttons.options': (n) => actions({ type: 'radio_buttons', action_id: 'r', options: options(n) }),
  'overflow.options': (n) => actions({ type: 'overflow', action_id: 'o', options: options(n) }),
  'plain_text_input.max_length': (n) => input({ type: 'plain_text_input', max_length: n }),
  'plain_text_input.min_length': (n) => input({ type: 'plain_text_input', min_length: n }),
  'file_input.max_files': (n) => input({ type: 'file_input', max_files: n }),
  'confirm.title': (n) => confirm({ title: plain(x(n)) }),
  'confirm.text': (n) => confirm({ text: plain(x(n)) }),
  'confirm.confirm': (n) => confirm({ confirm: plain(x(n)) }),
  'confirm.deny': (n) => confirm({ deny: plain(x(n)) }),
  'modal.title': (n) => modal({ title: plain(x(n)) }),
  'modal.submit': (n) => modal({ submit: plain(x(n)) }),
  'modal.close': (n) => modal({ close: plain(x(n)) }),
  'view.private_metadata': (n) => modal({ private_metadata: x(n) }),
  'view.callback_id': (n) => modal({ callback_id: x(n) }),
};

/** Rules that are not sizes: one payload Slack takes, one it refuses for that rule alone. */
const SHAPED: Partial<Record<RuleId, { accepted: Payload; refused: Payload }>> = {
  'text.emoji': {
    accepted: msg({ type: 'section', text: { ...plain('hi'), emoji: true } }),
    refused: msg({ type: 'section', text: { ...mrkdwn('hi'), emoji: true } }),
  },
  'text.verbatim': {
    accepted: msg({ type: 'section', text: { ...mrkdwn('hi'), verbatim: true } }),
    refused: msg({ type: 'section', text: { ...plain('hi'), verbatim: true } }),
  },
  'text.type': { accepted: msg({ type: 'header', text: plain('Hi') }), refused: msg({ type: 'header', text: mrkdwn('Hi') }) },
  'block_id.unique': {
    accepted: msg({ type: 'divider', block_id: 'a' }, { type: 'divider', block_id: 'b' }),
    refused: msg({ type: 'divider', block_id: 'a' }, { type: 'divider', block_id: 'a' }),
  },
  'action_id.unique': {
    accepted: actions(button({ action_id: 'a' }), button({ action_id: 'b' })),
    refused: actions(button({ action_id: 'a' }), button({ action_id: 'a' })),
  },
  'block.type': { accepted: msg({ type: 'divider' }), refused: msg({ type: 'banner' }) },
  'element.type': { accepted: actions(button()), refused: actions({ type: 'slider', action_id: 's' }) },
  'initial_option.known': {
    accepted: actions({ type: 'checkboxes', action_id: 'c', options: options(2), initial_options: [option(1)] }),
    refused: actions({ type: 'checkboxes', action_id: 'c', options: options(2), initial_options: [option(7)] }),
  },
  'datepicker.initial_date': {
    accepted: input({ type: 'datepicker', initial_date: '2026-12-31' }),
    refused: input({ type: 'datepicker', initial_date: '2026-12-1' }),
  },
  'file_input.filetypes': {
    accepted: input({ type: 'file_input', filetypes: ['csv', 'txt'] }),
    refused: input({ type: 'file_input', filetypes: 'csv' }),
  },
  'timepicker.initial_time': {
    accepted: input({ type: 'timepicker', initial_time: '23:59' }),
    refused: input({ type: 'timepicker', initial_time: '24:00' }),
  },
  'modal.submit_required': {
    accepted: input({ type: 'plain_text_input' }),
    refused: { view: { type: 'modal', title: plain('Log'), blocks: [{ type: 'input', label: plain('N'), element: { type: 'plain_text_input' } }] } },
  },
  'view.type': { accepted: { view: { type: 'home', blocks: [] } }, refused: { view: { type: 'workflow_step', blocks: [] } } },
};

/** Rules of a method's arguments, checked through the running stand-in (slack-stand-in-strict.test.ts). */
const METHOD_RULES: RuleId[] = [
  'message.text',
  'conversations.setTopic.topic',
  'conversations.create.name',
  'arg.user',
  'arg.trigger_id',
  'arg.view_id',
  'arg.timestamp',
];

const rulesOf = (payload: Payload) => violations(payload).map((v) => v.rule);

describe('the stand-in rule table', () => {
  it('has a test for every rule and a source beside each', () => {
    const tested = [...Object.keys(SIZED), ...Object.keys(SHAPED), ...METHOD_RULES].sort();
    expect(tested).toEqual(Object.keys(RULES).sort());
    for (const rule of Object.values(RULES)) expect(rule.source).toMatch(/https:\/\/|node_modules\/@slack\/types|python-slack-sdk|Block Kit/);
  });

  const sized = Object.entries(SIZED) as Array<[RuleId, (n: number) => Payload]>;
  it.each(sized)('%s: takes the limit, refuses one past it', (rule, build) => {
    const { max, min } = RULES[rule] as { max?: number; min?: number };
    if (max === undefined) throw new Error(`${rule} has no max`);
    expect(violations(build(max))).toEqual([]);
    expect(rulesOf(build(max + 1))).toEqual([rule]);
    if (min !== undefined && min > 0) {
      expect(violations(build(min))).toEqual([]);
      expect(rulesOf(build(min - 1))).toContain(rule);
    }
  });

  const shaped = Object.entries(SHAPED) as Array<[RuleId, { accepted: Payload; refused: Payload }]>;
  it.each(shaped)('%s: takes the right shape, refuses the wrong one', (rule, { accepted, refused }) => {
    expect(violations(accepted)).toEqual([]);
    expect(rulesOf(refused)).toEqual([rule]);
  });

  it('counts characters, not UTF-16 units: 150 emoji fit a header', () => {
    expect(violations(msg({ type: 'header', text: plain('🎉'.repeat(150)) }))).toEqual([]);
    expect(rulesOf(msg({ type: 'header', text: plain('🎉'.repeat(151)) }))).toEqual(['header.text']);
  });

  it('says where a payload broke a rule, as a JSON pointer', () => {
    const [violation] = violations(msg({ type: 'divider' }, { type: 'section', fields: [mrkdwn('a'), mrkdwn(x(2001))] }));
    expect(violation).toEqual({ rule: 'section.field.text', pointer: '/blocks/1/fields/1/text', found: 'length 2001' });
  });

  it('holds a Home tab to 100 blocks and takes no modal title there', () => {
    const home = (n: number) => ({ type: 'home', blocks: Array.from({ length: n }, () => ({ type: 'divider' })) });
    expect(viewViolations(home(100), 'home')).toEqual([]);
    expect(viewViolations(home(101), 'home').map((v) => v.rule)).toEqual(['view.blocks']);
    expect(viewViolations({ type: 'modal', title: plain('t'), blocks: [] }, 'home').map((v) => v.rule)).toEqual(['view.type']);
  });
});

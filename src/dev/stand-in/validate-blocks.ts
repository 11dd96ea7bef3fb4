/**
 * Walks Block Kit blocks the way Slack checks them, against the rules of ./limits.ts. Each check
 * names its rule; the first broken one is what Slack would answer with.
 */
import { type Rule, RULES, type RuleId, type Violation } from './limits.js';

type Json = Record<string, unknown>;

const chars = (value: string) => [...value].length;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects violations while walking one payload. */
export class Checker {
  readonly violations: Violation[] = [];
  private readonly blockIds = new Set<string>();

  fail(rule: RuleId, pointer: string, found: string): void {
    this.violations.push({ rule, pointer, found });
  }

  /** A count or length against a rule's bounds. */
  bounds(rule: RuleId, pointer: string, size: number, what = 'length'): void {
    const r: Rule = RULES[rule];
    if ((r.max !== undefined && size > r.max) || (r.min !== undefined && size < r.min)) this.fail(rule, pointer, `${what} ${size}`);
  }

  /** An optional string field against a rule's bounds. */
  string(rule: RuleId, pointer: string, value: unknown): void {
    if (value === undefined) return;
    if (typeof value !== 'string') return this.fail(rule, pointer, `not a string (${typeof value})`);
    this.bounds(rule, pointer, chars(value));
  }

  /** A text object; `rule` bounds its text further than 1..3000 (header 150, button 75…). */
  text(pointer: string, value: unknown, options: { rule?: RuleId; plainOnly?: boolean; required?: boolean } = {}): void {
    if (value === undefined && options.required !== true) return;
    if (!isObject(value) || typeof value.text !== 'string') return this.fail('text.type', pointer, 'not a text object');
    if (value.type !== 'plain_text' && value.type !== 'mrkdwn') return this.fail('text.type', `${pointer}/type`, String(value.type));
    if (options.plainOnly === true && value.type !== 'plain_text') this.fail('text.type', `${pointer}/type`, 'mrkdwn where only plain_text is taken');
    if (value.emoji !== undefined && value.type !== 'plain_text') this.fail('text.emoji', `${pointer}/emoji`, 'emoji on mrkdwn');
    if (value.verbatim !== undefined && value.type !== 'mrkdwn') this.fail('text.verbatim', `${pointer}/verbatim`, 'verbatim on plain_text');
    // The field's own rule is the more telling one; the text-object bounds apply when it holds.
    const before = this.violations.length;
    if (options.rule !== undefined) this.bounds(options.rule, `${pointer}/text`, chars(value.text));
    if (this.violations.length === before) this.bounds('text.text', `${pointer}/text`, chars(value.text));
  }

  blocks(blocks: unknown[], pointer: string): void {
    blocks.forEach((block, i) => this.block(block, `${pointer}/${i}`));
  }

  private block(block: unknown, at: string): void {
    if (!isObject(block)) return this.fail('block.type', at, 'not an object');
    if (block.block_id !== undefined) {
      this.string('block_id', `${at}/block_id`, block.block_id);
      const id = String(block.block_id);
      if (this.blockIds.has(id)) this.fail('block_id.unique', `${at}/block_id`, `${id} repeated`);
      this.blockIds.add(id);
    }
    switch (block.type) {
      case 'section':
        return this.section(block, at);
      case 'header':
        return this.text(`${at}/text`, block.text, { rule: 'header.text', plainOnly: true, required: true });
      case 'context':
        return this.context(block, at);
      case 'actions':
        return this.elements(block, at, 'actions.elements');
      case 'input':
        return this.input(block, at);
      case 'image':
        return this.image(block, at);
      case 'divider':
        return;
      default:
        this.fail('block.type', `${at}/type`, String(block.type));
    }
  }

  private section(block: Json, at: string): void {
    if (block.text === undefined && block.fields === undefined) return this.fail('section.text', at, 'neither text nor fields');
    this.text(`${at}/text`, block.text, { rule: 'section.text' });
    if (block.fields !== undefined) {
      const fields = Array.isArray(block.fields) ? block.fields : [];
      this.bounds('section.fields', `${at}/fields`, fields.length, 'count');
      fields.forEach((field, i) => this.text(`${at}/fields/${i}`, field, { rule: 'section.field.text', required: true }));
    }
    if (block.accessory !== undefined) this.element(block.accessory, `${at}/accessory`, new Set());
  }

  private context(block: Json, at: string): void {
    const elements = Array.isArray(block.elements) ? block.elements : [];
    this.bounds('context.elements', `${at}/elements`, elements.length, 'count');
    elements.forEach((element, i) => {
      if (isObject(element) && element.type === 'image') this.imageFields(element, `${at}/elements/${i}`);
      else this.text(`${at}/elements/${i}`, element, { required: true });
    });
  }

  private elements(block: Json, at: string, rule: RuleId): void {
    const elements = Array.isArray(block.elements) ? block.elements : [];
    this.bounds(rule, `${at}/elements`, elements.length, 'count');
    const actionIds = new Set<string>();
    elements.forEach((element, i) => this.element(element, `${at}/elements/${i}`, actionIds));
  }

  private input(block: Json, at: string): void {
    this.text(`${at}/label`, block.label, { rule: 'input.label', plainOnly: true, required: true });
    this.text(`${at}/hint`, block.hint, { rule: 'input.hint', plainOnly: true });
    if (!isObject(block.element)) return this.fail('element.type', `${at}/element`, 'missing');
    this.element(block.element, `${at}/element`, new Set());
  }

  private image(block: Json, at: string): void {
    this.imageFields(block, at);
    this.text(`${at}/title`, block.title, { plainOnly: true });
  }

  private imageFields(image: Json, at: string): void {
    this.string('image.alt_text', `${at}/alt_text`, image.alt_text ?? '');
    if (image.image_url !== undefined) this.string('image.image_url', `${at}/image_url`, image.image_url);
  }

  private element(element: unknown, at: string, actionIds: Set<string>): void {
    if (!isObject(element)) return this.fail('element.type', at, 'not an object');
    if (element.action_id !== undefined) {
      this.string('action_id', `${at}/action_id`, element.action_id);
      const id = String(element.action_id);
      if (actionIds.has(id)) this.fail('action_id.unique', `${at}/action_id`, `${id} repeated`);
      actionIds.add(id);
    }
    this.text(`${at}/placeholder`, element.placeholder, { rule: 'placeholder', plainOnly: true });
    if (element.confirm !== undefined) this.confirm(element.confirm, `${at}/confirm`);
    new ElementChecks(this, element, at).run();
  }

  private confirm(confirm: unknown, at: string): void {
    if (!isObject(confirm)) return this.fail('confirm.text', at, 'not an object');
    this.text(`${at}/title`, confirm.title, { rule: 'confirm.title', plainOnly: true });
    this.text(`${at}/text`, confirm.text, { rule: 'confirm.text', required: true });
    this.text(`${at}/confirm`, confirm.confirm, { rule: 'confirm.confirm', plainOnly: true });
    this.text(`${at}/deny`, confirm.deny, { rule: 'confirm.deny', plainOnly: true });
  }
}

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** The checks proper to each element type. */
class ElementChecks {
  constructor(
    private readonly c: Checker,
    private readonly e: Json,
    private readonly at: string,
  ) {}

  run(): void {
    const { c, e, at } = this;
    switch (e.type) {
      case 'button':
        c.text(`${at}/text`, e.text, { rule: 'button.text', plainOnly: true, required: true });
        c.string('button.value', `${at}/value`, e.value);
        c.string('button.url', `${at}/url`, e.url);
        return c.string('button.accessibility_label', `${at}/accessibility_label`, e.accessibility_label);
      case 'static_select':
      case 'multi_static_select':
        return this.select();
      case 'checkboxes':
        return this.options('checkboxes.options', false);
      case 'radio_buttons':
        return this.options('radio_buttons.options', false);
      case 'overflow':
        return this.options('overflow.options', true);
      case 'plain_text_input':
        if (e.max_length !== undefined) c.bounds('plain_text_input.max_length', `${at}/max_length`, Number(e.max_length), 'value');
        if (e.min_length !== undefined) c.bounds('plain_text_input.min_length', `${at}/min_length`, Number(e.min_length), 'value');
        return;
      case 'file_input':
        if (e.max_files !== undefined) c.bounds('file_input.max_files', `${at}/max_files`, Number(e.max_files), 'value');
        if (e.filetypes !== undefined && !(Array.isArray(e.filetypes) && e.filetypes.every((type) => typeof type === 'string'))) {
          c.fail('file_input.filetypes', `${at}/filetypes`, JSON.stringify(e.filetypes));
        }
        return;
      case 'datepicker':
        if (e.initial_date !== undefined && !ISO_DAY.test(String(e.initial_date))) {
          c.fail('datepicker.initial_date', `${at}/initial_date`, String(e.initial_date));
        }
        return;
      case 'timepicker':
        if (e.initial_time !== undefined && !HH_MM.test(String(e.initial_time))) {
          c.fail('timepicker.initial_time', `${at}/initial_time`, String(e.initial_time));
        }
        return;
      case 'users_select':
      case 'multi_users_select':
      case 'conversations_select':
      case 'multi_conversations_select':
      case 'channels_select':
      case 'multi_channels_select':
      case 'email_text_input':
      case 'number_input':
      case 'url_text_input':
      case 'datetimepicker':
        return;
      default:
        c.fail('element.type', `${at}/type`, String(e.type));
    }
  }

  private select(): void {
    const { c, e, at } = this;
    if (e.option_groups !== undefined) {
      const groups = Array.isArray(e.option_groups) ? e.option_groups : [];
      c.bounds('select.option_groups', `${at}/option_groups`, groups.length, 'count');
      return;
    }
    this.options('select.options', true);
  }

  /** `plainOnly`: selects and overflow take plain_text options; checkboxes and radio buttons take mrkdwn too. */
  private options(rule: RuleId, plainOnly: boolean): void {
    const { c, e, at } = this;
    const options = Array.isArray(e.options) ? e.options : [];
    c.bounds(rule, `${at}/options`, options.length, 'count');
    const values = new Set<string>();
    options.forEach((option, i) => {
      const where = `${at}/options/${i}`;
      if (!isObject(option)) return c.fail('option.text', where, 'not an object');
      c.text(`${where}/text`, option.text, { rule: 'option.text', plainOnly, required: true });
      c.string('option.value', `${where}/value`, option.value);
      c.text(`${where}/description`, option.description, { rule: 'option.description', plainOnly });
      values.add(String(option.value));
    });
    const initial = e.initial_options ?? (e.initial_option === undefined ? [] : [e.initial_option]);
    (Array.isArray(initial) ? initial : []).forEach((option, i) => {
      const value = isObject(option) ? String(option.value) : '';
      if (!values.has(value)) c.fail('initial_option.known', `${at}/initial_options/${i}`, `${value} is not an option`);
    });
  }
}

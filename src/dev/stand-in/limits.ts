/**
 * What real Slack refuses, as a table: one row per rule, each with its source. The stand-in's
 * validator (./validate.ts) reads only this table, and so do the tests that hold every rendered
 * message and view against it. Lengths count Unicode code points. Gathered in
 * /work/shared/reference/slack-limits.md; check a source before relying on a number.
 */

const BLOCKS = 'https://docs.slack.dev/reference/block-kit/blocks';
const MODAL = 'https://docs.slack.dev/reference/views/modal-views';
const INPUT = 'https://docs.slack.dev/reference/block-kit/blocks/input-block';
const TEXT = 'https://docs.slack.dev/reference/block-kit/composition-objects/text-object';
const TYPES = 'node_modules/@slack/types/dist';
const TRUNCATE = 'https://api.slack.com/changelog/2018-04-truncating-really-long-messages';

export interface Rule {
  /** Smallest allowed length/count, when there is one. */
  readonly min?: number;
  /** Largest allowed length/count. */
  readonly max?: number;
  readonly source: string;
}

export const RULES = {
  'message.blocks': { max: 50, source: `${BLOCKS} "up to 50 blocks in each message"` },
  'view.blocks': { max: 100, source: `${BLOCKS} "100 blocks in modals or Home tabs"; ${TYPES}/views.d.ts` },
  'message.text': { max: 40_000, source: `${TRUNCATE} (longer text is cut, not refused)` },
  'text.text': { min: 1, max: 3000, source: `${TEXT}; ${TYPES}/block-kit/composition-objects.d.ts PlainTextElement, MrkdwnElement` },
  'text.emoji': { source: `${TEXT} "emoji … only usable when type is plain_text"` },
  'text.verbatim': { source: `${TEXT} "verbatim … only usable when type is mrkdwn"` },
  'text.type': { source: `${TEXT}; ${TYPES}/block-kit/*.d.ts (each field says PlainTextElement or TextObject)` },
  block_id: { max: 255, source: `${INPUT}; ${TYPES}/block-kit/blocks.d.ts Block.block_id` },
  'block_id.unique': { source: `${TYPES}/block-kit/blocks.d.ts Block.block_id "should be unique for each message and each iteration of a message"; ${INPUT}` },
  action_id: { max: 255, source: `${TYPES}/block-kit/extensions.d.ts Actionable.action_id` },
  'action_id.unique': { source: `${TYPES}/block-kit/extensions.d.ts Actionable "unique among all other action_ids in the containing block"` },
  'block.type': { source: `${BLOCKS} (a block of an unknown type is refused)` },
  'element.type': { source: `${BLOCKS} (an element a block does not take is refused)` },
  'section.text': { min: 1, max: 3000, source: `${TYPES}/block-kit/blocks.d.ts SectionBlock.text` },
  'section.fields': { max: 10, source: `${TYPES}/block-kit/blocks.d.ts SectionBlock.fields "Maximum number of items is 10"` },
  'section.field.text': { max: 2000, source: `${TYPES}/block-kit/blocks.d.ts SectionBlock.fields "Maximum length for the text in each item is 2000"` },
  'header.text': { max: 150, source: `${TYPES}/block-kit/blocks.d.ts HeaderBlock.text` },
  'context.elements': { min: 1, max: 10, source: `${TYPES}/block-kit/blocks.d.ts ContextBlock.elements "Maximum number of items is 10"` },
  'actions.elements': { min: 1, max: 25, source: `${TYPES}/block-kit/blocks.d.ts ActionsBlock.elements "maximum of 25 elements"` },
  'input.label': { max: 2000, source: `${INPUT}; ${TYPES}/block-kit/blocks.d.ts InputBlock.label` },
  'input.hint': { max: 2000, source: `${INPUT}; ${TYPES}/block-kit/blocks.d.ts InputBlock.hint` },
  'image.alt_text': { max: 2000, source: `${TYPES}/block-kit/blocks.d.ts ImageBlock.alt_text` },
  'image.image_url': { max: 3000, source: 'python-slack-sdk slack_sdk/models/blocks/blocks.py ImageBlock image_url_max_length' },
  'button.text': { max: 75, source: `${TYPES}/block-kit/block-elements.d.ts Button.text` },
  'button.value': { max: 2000, source: `${TYPES}/block-kit/block-elements.d.ts Button.value` },
  'button.url': { max: 3000, source: `${TYPES}/block-kit/block-elements.d.ts Button.url` },
  'button.accessibility_label': { max: 75, source: `${TYPES}/block-kit/block-elements.d.ts Button.accessibility_label` },
  placeholder: { max: 150, source: `${TYPES}/block-kit/extensions.d.ts Placeholdable.placeholder` },
  'option.text': { max: 75, source: `${TYPES}/block-kit/composition-objects.d.ts Option.text` },
  'option.value': { max: 150, source: 'Block Kit option object reference; python-slack-sdk Option value_max_length (150)' },
  'option.description': { max: 75, source: `${TYPES}/block-kit/composition-objects.d.ts OptionDescriptor.description` },
  'select.options': { min: 1, max: 100, source: `${TYPES}/block-kit/block-elements.d.ts StaticSelect.options "Maximum number of options is 100"` },
  'select.option_groups': { max: 100, source: `${TYPES}/block-kit/block-elements.d.ts StaticSelect.option_groups` },
  'checkboxes.options': { min: 1, max: 10, source: `${TYPES}/block-kit/block-elements.d.ts Checkboxes.options "A maximum of 10 options"` },
  'radio_buttons.options': { min: 1, max: 10, source: `${TYPES}/block-kit/block-elements.d.ts RadioButtons.options "A maximum of 10 options"` },
  'overflow.options': { min: 1, max: 5, source: `${TYPES}/block-kit/block-elements.d.ts Overflow.options; python-slack-sdk OverflowMenuElement (1..5)` },
  'initial_option.known': { source: 'Block Kit select and checkbox references: initial options must match one of options' },
  'plain_text_input.max_length': { min: 1, max: 3000, source: 'Block Kit plain_text_input reference "between 1 and 3000, inclusive"; node-slack-sdk issue #940' },
  'plain_text_input.min_length': { min: 0, max: 3000, source: `${TYPES}/block-kit/block-elements.d.ts PlainTextInput.min_length "Maximum value is 3000"` },
  'file_input.max_files': { min: 1, max: 10, source: 'https://docs.slack.dev/reference/block-kit/block-elements/file-input-element max_files "Minimum of 1, maximum of 10"' },
  'file_input.filetypes': { source: `${TYPES}/block-kit/block-elements.d.ts FileInput.filetypes (an array of file extensions)` },
  'datepicker.initial_date': { source: `${TYPES}/block-kit/block-elements.d.ts Datepicker.initial_date "YYYY-MM-DD"` },
  'timepicker.initial_time': { source: `${TYPES}/block-kit/block-elements.d.ts Timepicker.initial_time "HH:mm … 00-23 … 00-59"` },
  'confirm.title': { max: 100, source: `${TYPES}/block-kit/composition-objects.d.ts ConfirmationDialog.title` },
  'confirm.text': { max: 300, source: `${TYPES}/block-kit/composition-objects.d.ts ConfirmationDialog.text` },
  'confirm.confirm': { max: 30, source: `${TYPES}/block-kit/composition-objects.d.ts ConfirmationDialog.confirm` },
  'confirm.deny': { max: 30, source: `${TYPES}/block-kit/composition-objects.d.ts ConfirmationDialog.deny` },
  'view.type': { source: `${MODAL}; views.publish takes only a view of type home` },
  'modal.title': { min: 1, max: 24, source: `${MODAL}; ${TYPES}/views.d.ts ModalView.title` },
  'modal.submit': { max: 24, source: `${MODAL}; ${TYPES}/views.d.ts ModalView.submit` },
  'modal.close': { max: 24, source: `${MODAL}; ${TYPES}/views.d.ts ModalView.close` },
  'modal.submit_required': { source: `${MODAL} "submit … required when an input block is within the blocks array"` },
  'view.private_metadata': { max: 3000, source: `${MODAL}; ${TYPES}/views.d.ts BaseView.private_metadata` },
  'view.callback_id': { max: 255, source: `${MODAL}; ${TYPES}/views.d.ts BaseView.callback_id` },
  'conversations.setTopic.topic': { max: 250, source: 'https://docs.slack.dev/reference/methods/conversations.setTopic too_long "longer than 250 characters"' },
  'conversations.create.name': { min: 1, max: 80, source: 'https://docs.slack.dev/reference/methods/conversations.create (lowercase letters, numbers, hyphens, underscores; at most 80)' },
  'arg.user': { source: 'https://docs.slack.dev/reference/methods/chat.postEphemeral (user: required)' },
  'arg.trigger_id': { source: 'https://docs.slack.dev/reference/methods/views.open (trigger_id: required)' },
  'arg.view_id': { source: 'https://docs.slack.dev/reference/methods/views.update (view_id or external_id: required)' },
  'arg.timestamp': { source: 'https://docs.slack.dev/reference/methods/pins.add no_item_specified' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** One broken rule: which, where (a JSON pointer into the payload) and what was found. */
export interface Violation {
  rule: RuleId;
  pointer: string;
  found: string;
}

/** Slack's own wording of a refusal, as in `response_metadata.messages`. */
export function describeViolation(v: Violation): string {
  const rule: Rule = RULES[v.rule];
  const bounds = rule.max === undefined ? '' : ` (limit ${rule.min ?? 0}..${rule.max})`;
  return `[ERROR] ${v.rule}: ${v.found}${bounds} [json-pointer:${v.pointer}]`;
}

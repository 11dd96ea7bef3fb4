import type { webApi } from '@slack/bolt';
import { type Catalog, fill } from '../../content/index.js';
import { MAX_GOAL_LENGTH, MAX_PLAN_LENGTH, MAX_STEPS, MIN_STEPS, planText } from '../../domain/prepare/goal-plan.js';
import { GOAL_BLOCKS, INPUT_ACTION, VIEW_GOAL_PLAN } from '../ids.js';
import { context, divider, type KnownBlock, sections } from '../kit/blocks.js';
import { finishLineInputs, type GoalFormCurrent } from './goal-finish-line.js';

export interface ChannelMetadata {
  channelId: string;
}

/**
 * The goal and plan form: one goal, the plan as one step per line, and the two worked examples of
 * the prepare post as a hint. Prefilled when the pair already has a goal.
 */
export function goalPlanModal(c: Catalog, metadata: ChannelMetadata, current?: GoalFormCurrent) {
  const m = c.goalPlan.modal;
  const examples = c.prepare.examples.map((example) =>
    context(`*${example.name}* — ${example.goal}\n${example.plan.map((step, i) => `${i + 1}. ${step}`).join('\n')}`),
  );
  const blocks: KnownBlock[] = [
    ...sections(m.intro),
    {
      type: 'input',
      block_id: GOAL_BLOCKS.goal,
      label: { type: 'plain_text', text: m.goalLabel },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        max_length: MAX_GOAL_LENGTH,
        placeholder: { type: 'plain_text', text: m.goalPlaceholder },
        ...(current ? { initial_value: current.goal } : {}),
      },
    },
    {
      type: 'input',
      block_id: GOAL_BLOCKS.plan,
      label: { type: 'plain_text', text: m.planLabel },
      hint: { type: 'plain_text', text: `${fill(m.planHint, { min: MIN_STEPS, max: MAX_STEPS })} ${c.firstWeeks.planStepsHint}` },
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        multiline: true,
        max_length: MAX_PLAN_LENGTH,
        placeholder: { type: 'plain_text', text: m.planPlaceholder },
        ...(current ? { initial_value: planText(current.steps) } : {}),
      },
    },
    ...finishLineInputs(c, current),
    divider(),
    ...sections(`*${m.examplesTitle}*`),
    ...examples,
  ];
  return {
    type: 'modal' as const,
    callback_id: VIEW_GOAL_PLAN,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text' as const, text: m.title },
    submit: { type: 'plain_text' as const, text: m.submit },
    close: { type: 'plain_text' as const, text: m.cancel },
    blocks,
  };
}

/** Opens the form; trigger_id lives three seconds, so the caller does nothing slow before this. */
export async function openGoalPlanModal(
  client: webApi.WebClient,
  c: Catalog,
  triggerId: string,
  form: { channelId: string; current: GoalFormCurrent | undefined },
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: goalPlanModal(c, { channelId: form.channelId }, form.current) });
}

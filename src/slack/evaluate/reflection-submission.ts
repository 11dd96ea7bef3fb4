import type { App } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import { MAX_STEPS } from '../../domain/prepare/goal-plan.js';
import { MAX_HIGHLIGHT, MAX_LEARNED, MAX_REFLECTION_COMMENT, MAX_THANKS, type ReflectionField, type ReflectionInput } from '../../domain/evaluate/reflection.js';
import type { ServiceContext } from '../../services/context.js';
import { checkReflectionForm, recordReflection } from '../../services/evaluate/reflection.js';
import { REFLECTION_BLOCKS, VIEW_REFLECTION } from '../ids.js';
import { onView } from '../listener.js';
import { readInput, readMetadata } from '../kit/view-state.js';

const metadataSchema = z.object({
  channelId: z.string().regex(/^[CGD][A-Z0-9]{2,}$/),
  stepIds: z.array(z.number().int().positive()).max(20),
});

/** The block of each form field, and the limit its "too long" message names. */
function blockOf(field: ReflectionField): { block: string; max: number } {
  if (field.startsWith('stepComment:')) return { block: `${REFLECTION_BLOCKS.stepComment}${field.slice(12)}`, max: MAX_REFLECTION_COMMENT };
  if (field.startsWith('step:')) return { block: `${REFLECTION_BLOCKS.step}${field.slice(5)}`, max: 0 };
  const fixed = field as Exclude<ReflectionField, `step:${number}` | `stepComment:${number}`>;
  const max = { learned: MAX_LEARNED, highlight: MAX_HIGHLIGHT, thanks: MAX_THANKS }[fixed as 'learned'] ?? MAX_REFLECTION_COMMENT;
  return { block: REFLECTION_BLOCKS[fixed], max };
}

/** The reflection form: mistakes go back beside their fields; a valid reflection is stored. */
export function registerReflectionSubmission(app: App, ctx: ServiceContext): void {
  // Answered within Slack's window whatever the database does (see form-window.ts).
  onView(app, ctx, VIEW_REFLECTION, async ({ ack, view, teamId, userId, catalog, describe, tell }) => {
    const c = await catalog();
    const metadata = readMetadata(view.private_metadata, metadataSchema);
    if (!metadata) {
      await ack({ response_action: 'errors', errors: { [REFLECTION_BLOCKS.learned]: c.errors.not_pair_channel } });
      return;
    }
    const values = view.state.values;
    // Step blocks are named by the step's position.
    const positions = Array.from({ length: MAX_STEPS }, (_, i) => i + 1);
    const input: ReflectionInput = {
      learned: readInput(values, REFLECTION_BLOCKS.learned),
      goal: readInput(values, REFLECTION_BLOCKS.goal),
      goalComment: readInput(values, REFLECTION_BLOCKS.goalComment),
      steps: Object.fromEntries(
        positions.map((p) => [
          p,
          { attainment: readInput(values, `${REFLECTION_BLOCKS.step}${p}`), comment: readInput(values, `${REFLECTION_BLOCKS.stepComment}${p}`) },
        ]),
      ),
      expectations: readInput(values, REFLECTION_BLOCKS.expectations),
      expectationsComment: readInput(values, REFLECTION_BLOCKS.expectationsComment),
      highlight: readInput(values, REFLECTION_BLOCKS.highlight),
      next: readInput(values, REFLECTION_BLOCKS.next),
      thanks: readInput(values, REFLECTION_BLOCKS.thanks),
    };
    const who = { teamId, channelId: metadata.channelId, userId };
    let checked: Awaited<ReturnType<typeof checkReflectionForm>>;
    try {
      checked = await checkReflectionForm(ctx, { ...who, stepIds: metadata.stepIds }, input);
    } catch (error) {
      // Not a member, or the pair is no longer wrapping up: said beside the first field, nothing stored.
      await ack({ response_action: 'errors', errors: { [REFLECTION_BLOCKS.learned]: await describe(error) } });
      return;
    }
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      if ('planChanged' in checked) errors[REFLECTION_BLOCKS.learned] = c.evaluateWrapUp.fieldErrors.planChanged;
      else {
        for (const [field, code] of Object.entries(checked.errors) as Array<[ReflectionField, keyof typeof c.evaluateWrapUp.fieldErrors]>) {
          const { block, max } = blockOf(field);
          errors[block] = fill(c.evaluateWrapUp.fieldErrors[code], { max });
        }
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    try {
      await recordReflection(ctx, who, checked.reflection);
      await tell(metadata.channelId, { text: c.evaluateWrapUp.reflectionSaved }, 'could not confirm a saved reflection');
    } catch (error) {
      // A modal has no response_url: the answer goes to the author alone, in the channel.
      await tell(metadata.channelId, { text: await describe(error) }, 'could not tell the author why the reflection failed');
    }
  });
}

import type { App, BlockButtonAction, BlockDatepickerAction } from '@slack/bolt';
import { type Catalog, fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { reflectionFormByPair } from '../../services/evaluate/reflection.js';
import { chooseLastMeeting } from '../../services/evaluate/wrap-up.js';
import { closeRelationship, continueForm } from '../../services/evaluate/wrap-up-decision.js';
import { describeError } from '../error-reply.js';
import {
  ACTION_DECIDE_CLOSE,
  ACTION_DECIDE_CONTINUE,
  ACTION_DECIDE_STAY_IN_TOUCH,
  ACTION_LAST_MEETING_PICK,
  ACTION_REFLECTION_OPEN,
  LAST_MEETING_BLOCK_PREFIX,
} from '../ids.js';
import { meetingTime } from '../nurture/agenda-message.js';
import type { SlackMessage } from '../kit/blocks.js';
import { textMessage } from '../kit/replies.js';
import { decisionReply } from './wrap-up-reply.js';
import { catalogOf } from '../requester.js';
import { openContinueCycleModal } from './continue-cycle.js';
import { openReflectionModal } from './reflection-modal.js';
import { idFromButton } from '../button-value.js';

type Respond = (message: SlackMessage | { text: string }) => Promise<unknown>;

/** The wrap-up's controls: the last meeting's date, the reflection form and the decision buttons. */
export function registerWrapUpActions(app: App, ctx: ServiceContext): void {
  const answer = async (c: Catalog, respond: (body: Record<string, unknown>) => Promise<unknown>, work: () => Promise<SlackMessage | undefined>) => {
    const reply: Respond = (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    try {
      const message = await work();
      if (message) await reply(message);
    } catch (error) {
      await reply({ text: describeError(c, error, ctx.log) });
    }
  };
  const teamOf = (body: { team?: { id: string } | null; user: { team_id?: string } }) => body.team?.id ?? body.user.team_id ?? '';

  // A date picker has no value: the pair is named by its block (`last_meeting:<pair id>`), checked like a button's value.
  app.action<BlockDatepickerAction>(ACTION_LAST_MEETING_PICK, async ({ ack, body, action, respond }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    await answer(c, respond, async () => {
      const raw = action.block_id.startsWith(LAST_MEETING_BLOCK_PREFIX) ? action.block_id.slice(LAST_MEETING_BLOCK_PREFIX.length) : '';
      const who = { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(raw) };
      const { at } = await chooseLastMeeting(ctx, { ...who, day: action.selected_date ?? '' });
      return textMessage(fill(c.evaluateWrapUp.lastMeetingSaved, { date: meetingTime(at) }));
    });
  });

  app.action<BlockButtonAction>(ACTION_REFLECTION_OPEN, async ({ ack, body, action, respond, client }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    await answer(c, respond, async () => {
      const form = await reflectionFormByPair(ctx, { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(action.value) });
      await openReflectionModal(client, c, body.trigger_id, form);
      return undefined;
    });
  });

  app.action<BlockButtonAction>(ACTION_DECIDE_CONTINUE, async ({ ack, body, action, respond, client }) => {
    await ack();
    const c = await catalogOf(ctx.slack, body.user.id);
    await answer(c, respond, async () => {
      const pairId = idFromButton(action.value);
      const form = await continueForm(ctx, { teamId: teamOf(body), userId: body.user.id, pairId });
      await openContinueCycleModal(client, c, body.trigger_id, { ...form, pairId });
      return undefined;
    });
  });

  for (const [actionId, outcome] of [
    [ACTION_DECIDE_STAY_IN_TOUCH, 'stay_in_touch'],
    [ACTION_DECIDE_CLOSE, 'closed'],
  ] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const c = await catalogOf(ctx.slack, body.user.id);
      await answer(c, respond, async () => {
        const who = { teamId: teamOf(body), userId: body.user.id, pairId: idFromButton(action.value) };
        return decisionReply(c, await closeRelationship(ctx, { ...who, outcome }));
      });
    });
  }
}

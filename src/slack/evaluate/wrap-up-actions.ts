import type { App, BlockDatepickerAction } from '@slack/bolt';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { reflectionFormByPair } from '../../services/evaluate/reflection.js';
import { chooseLastMeeting } from '../../services/evaluate/wrap-up.js';
import { closeRelationship, continueForm } from '../../services/evaluate/wrap-up-decision.js';
import {
  ACTION_DECIDE_CLOSE,
  ACTION_DECIDE_CONTINUE,
  ACTION_DECIDE_STAY_IN_TOUCH,
  ACTION_LAST_MEETING_PICK,
  ACTION_REFLECTION_OPEN,
} from '../ids.js';
import { meetingTime } from '../nurture/agenda-message.js';
import { textMessage } from '../kit/replies.js';
import { decisionReply } from './wrap-up-reply.js';
import { onAction } from '../listener.js';
import { openContinueCycleModal } from './continue-cycle.js';
import { openReflectionModal } from './reflection-modal.js';
import { idFromButton, pairIdFromLastMeetingBlock } from '../codecs.js';

export function registerWrapUpActions(app: App, ctx: ServiceContext): void {
  onAction<BlockDatepickerAction>(app, ctx, ACTION_LAST_MEETING_PICK, async ({ teamId, userId, action, catalog, reply }) => {
    const c = await catalog();
    const pairId = pairIdFromLastMeetingBlock(action.block_id);
    const { at } = await chooseLastMeeting(ctx, { teamId, userId, pairId, day: action.selected_date ?? '' });
    await reply(textMessage(fill(c.evaluateWrapUp.lastMeetingSaved, { date: meetingTime(at) })));
  });

  onAction(app, ctx, ACTION_REFLECTION_OPEN, async ({ teamId, userId, action, body, client, catalog }) => {
    const c = await catalog();
    const form = await reflectionFormByPair(ctx, { teamId, userId, pairId: idFromButton(action.value) });
    await openReflectionModal(client, c, body.trigger_id, form);
  });

  onAction(app, ctx, ACTION_DECIDE_CONTINUE, async ({ teamId, userId, action, body, client, catalog }) => {
    const c = await catalog();
    const pairId = idFromButton(action.value);
    const form = await continueForm(ctx, { teamId, userId, pairId });
    await openContinueCycleModal(client, c, body.trigger_id, { ...form, pairId });
  });

  for (const [actionId, outcome] of [
    [ACTION_DECIDE_STAY_IN_TOUCH, 'stay_in_touch'],
    [ACTION_DECIDE_CLOSE, 'closed'],
  ] as const) {
    onAction(app, ctx, actionId, async ({ teamId, userId, action, catalog, reply }) => {
      const c = await catalog();
      await reply(decisionReply(c, await closeRelationship(ctx, { teamId, userId, pairId: idFromButton(action.value), outcome })));
    });
  }
}

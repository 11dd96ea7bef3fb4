import type { App } from '@slack/bolt';
import { type Catalog, fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { dismissNudge, keepGoing, pausePairById, snoozeNudge } from '../../services/scheduling/nudge-responses.js';
import { startWrapUpFromButton } from '../../services/evaluate/wrap-up.js';
import { ACTION_NUDGE_DONE, ACTION_NUDGE_SNOOZE, ACTION_PAIR_KEEP_GOING, ACTION_PAIR_PAUSE, ACTION_PAIR_WRAP_UP } from '../ids.js';
import type { SlackMessage } from '../kit/blocks.js';
import { calendarDay } from '../kit/dates.js';
import { textMessage } from '../kit/replies.js';
import { wrapUpReply } from '../evaluate/wrap-up-reply.js';
import { onAction } from '../listener.js';
import { idFromButton } from '../codecs.js';

type Answer = (ctx: ServiceContext, c: Catalog, who: { teamId: string; userId: string; id: number }) => Promise<SlackMessage>;

const ANSWERS: Record<string, Answer> = {
  [ACTION_NUDGE_SNOOZE]: async (ctx, c, who) => {
    const { until } = await snoozeNudge(ctx, { teamId: who.teamId, userId: who.userId, jobId: who.id });
    return textMessage(fill(c.nudges.snoozed, { date: calendarDay(until.toISOString().slice(0, 10), c.locale) }));
  },
  [ACTION_NUDGE_DONE]: async (ctx, c, who) => {
    await dismissNudge(ctx, { teamId: who.teamId, userId: who.userId, jobId: who.id });
    return textMessage(c.nudges.dismissed);
  },
  [ACTION_PAIR_PAUSE]: async (ctx, c, who) => {
    await pausePairById(ctx, { teamId: who.teamId, userId: who.userId, pairId: who.id });
    return textMessage(fill(c.nudges.paused, { user: `<@${who.userId}>` }));
  },
  [ACTION_PAIR_KEEP_GOING]: async (ctx, c, who) => {
    await keepGoing(ctx, { teamId: who.teamId, userId: who.userId, pairId: who.id });
    return textMessage(fill(c.nudges.keptGoing, { user: `<@${who.userId}>` }));
  },
  [ACTION_PAIR_WRAP_UP]: async (ctx, c, who) =>
    wrapUpReply(c, await startWrapUpFromButton(ctx, { teamId: who.teamId, userId: who.userId, pairId: who.id })),
};

/** The buttons on reminders and on the "pause, continue or close?" question. */
export function registerNudgeActions(app: App, ctx: ServiceContext): void {
  for (const [actionId, answer] of Object.entries(ANSWERS)) {
    onAction(app, ctx, actionId, async ({ teamId, userId, action, catalog, reply }) => {
      const c = await catalog();
      await reply(await answer(ctx, c, { teamId, userId, id: idFromButton(action.value) }));
    });
  }
}

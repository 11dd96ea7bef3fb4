import type { App } from '@slack/bolt';
import { CoachError } from '../../domain/errors.js';
import type { ServiceContext } from '../../services/context.js';
import { reflectionForm } from '../../services/evaluate/reflection.js';
import { confirmWrapUp, startWrapUp } from '../../services/evaluate/wrap-up.js';
import { describeError } from '../error-reply.js';
import { wrapUpReply } from './wrap-up-reply.js';
import { catalogOf } from '../requester.js';
import { openReflectionModal } from './reflection-modal.js';

/** `/wrap-up` starts the close; `/wrap-up reflect` opens one's reflection; `/wrap-up confirm` goes on to the summary. */
export function registerWrapUpCommand(app: App, ctx: ServiceContext): void {
  app.command('/wrap-up', async ({ command, ack, respond, client }) => {
    await ack();
    const c = await catalogOf(ctx.slack, command.user_id);
    const who = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
    try {
      const word = (command.text ?? '').trim().toLowerCase();
      if (word === 'reflect') {
        // trigger_id expires three seconds after the command: only the membership check comes first.
        await openReflectionModal(client, c, command.trigger_id, await reflectionForm(ctx, who));
        return;
      }
      if (word !== '' && word !== 'confirm') throw new CoachError('unknown_command', { word: word.slice(0, 40) });
      const result = word === 'confirm' ? await confirmWrapUp(ctx, who) : await startWrapUp(ctx, who);
      await respond({ response_type: 'ephemeral', ...wrapUpReply(c, result) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', text: describeError(c, error, ctx.log) });
    }
  });
}

import type { App } from '@slack/bolt';
import { CoachError } from '../../domain/errors.js';
import type { ServiceContext } from '../../services/context.js';
import { reflectionForm } from '../../services/evaluate/reflection.js';
import { confirmWrapUp, startWrapUp } from '../../services/evaluate/wrap-up.js';
import { wrapUpReply } from './wrap-up-reply.js';
import { onCommand } from '../listener.js';
import { openReflectionModal } from './reflection-modal.js';

/** `/wrap-up` starts the close; `/wrap-up reflect` opens one's reflection; `/wrap-up confirm` goes on to the summary. */
export function registerWrapUpCommand(app: App, ctx: ServiceContext): void {
  onCommand(app, ctx, '/wrap-up', async ({ teamId, userId, command, client, catalog, reply }) => {
    const c = await catalog();
    const who = { teamId, channelId: command.channel_id, userId };
    const word = (command.text ?? '').trim().toLowerCase();
    if (word === 'reflect') {
      // trigger_id expires three seconds after the command: only the membership check comes first.
      await openReflectionModal(client, c, command.trigger_id, await reflectionForm(ctx, who));
      return;
    }
    if (word !== '' && word !== 'confirm') throw new CoachError('unknown_command', { word: word.slice(0, 40) });
    const result = word === 'confirm' ? await confirmWrapUp(ctx, who) : await startWrapUp(ctx, who);
    await reply(wrapUpReply(c, result));
  });
}

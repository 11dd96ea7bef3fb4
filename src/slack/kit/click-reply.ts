import type { BlockButtonAction, RespondFn, webApi } from '@slack/bolt';
import type { Catalog } from '../../content/index.js';
import type { Logger } from '../error-reply.js';
import { noticeModal } from './notice-modal.js';

const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/**
 * The channel a button acts on. A click on the App Home has no channel, so Home buttons carry the
 * pair's channel id as their value; a click in a channel falls back to that channel. Either way the
 * caller still checks that the clicker is a member of the pair of that channel.
 */
export function clickedChannel(body: BlockButtonAction): string {
  const value = body.actions[0]?.value;
  if (value !== undefined && CHANNEL_ID.test(value)) return value;
  return body.channel?.id ?? '';
}

/**
 * Answers a click privately: in the channel through the click's response_url, or, for a Home tab
 * click (which has no response_url), in a small window opened with the click's trigger.
 */
export async function answerClick(
  args: { body: BlockButtonAction; respond: RespondFn | undefined; client: webApi.WebClient },
  c: Catalog,
  text: string,
  log: Logger,
): Promise<void> {
  const { body, respond, client } = args;
  try {
    if ((body as { response_url?: string }).response_url && respond !== undefined) {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } else {
      await client.views.open({ trigger_id: body.trigger_id, view: noticeModal(c, text) });
    }
  } catch (error) {
    log('could not answer a click', { error: error instanceof Error ? error.message : String(error) });
  }
}

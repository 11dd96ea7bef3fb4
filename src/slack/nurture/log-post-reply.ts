import { type Catalog, fill } from '../../content/index.js';
import { ACTION_LOG_REPOST } from '../ids.js';
import { button, sections, type SlackMessage } from '../kit/blocks.js';

/** To the author alone: the log is stored but its post failed; the button posts it, nothing is logged twice. */
export function savedNotPostedMessage(c: Catalog, logId: number, count: number): SlackMessage {
  const text = fill(c.logLimits.savedNotPosted, { count });
  return { text, blocks: [...sections(text), button(c.logLimits.postAgainButton, ACTION_LOG_REPOST, String(logId), 'primary')] };
}

import { type Catalog, fill } from '../../content/index.js';
import type { WrapUpResult } from '../../services/wrap-up.js';
import { type SlackMessage } from './blocks.js';
import { textMessage } from './replies.js';

/** The member's own answer to /wrap-up or the close button; the channel gets the full posts. */
export function wrapUpReply(c: Catalog, result: WrapUpResult): SlackMessage {
  switch (result.kind) {
    case 'entered':
      return textMessage(fill(c.stage.done, { stage: c.stageNames.evaluate }));
    case 'alreadyEvaluating':
      return textMessage(c.wrapUp.alreadyEvaluating);
    case 'closed':
      return textMessage(c.wrapUp.closed);
  }
}

import { type Catalog, fill } from '../../content/index.js';
import type { WrapUpResult } from '../../services/evaluate/wrap-up.js';
import type { DecisionResult } from '../../services/evaluate/wrap-up-decision.js';
import { type SlackMessage, sections } from '../kit/blocks.js';
import { textMessage } from '../kit/replies.js';
import { wrapUpControls } from './wrap-up-controls.js';

const mention = (userId: string) => `<@${userId}>`;

/** The member's own answer to /wrap-up and its buttons; the channel gets the full posts. */
export function wrapUpReply(c: Catalog, result: WrapUpResult): SlackMessage {
  switch (result.kind) {
    case 'entered': {
      const text = fill(c.stage.done, { stage: c.stageNames.evaluate });
      // The date picker starts on the next planned meeting.
      return { text, blocks: [...sections(`${text}\n${c.evaluateWrapUp.pickLastMeeting}`), ...wrapUpControls(c, result.change.pair.id, result.lastMeetingDefault)] };
    }
    case 'alreadyEvaluating':
      return {
        text: c.wrapUp.alreadyEvaluating,
        blocks: [...sections(c.wrapUp.alreadyEvaluating), ...wrapUpControls(c, result.pair.id, result.lastMeetingDefault)],
      };
    case 'reminded':
      return textMessage(fill(c.evaluateWrapUp.remindedReply, { other: result.missingIds.map(mention).join(' ') }));
    case 'summaryPosted':
      return textMessage(c.evaluateWrapUp.summaryPosted);
    case 'summaryAlready':
      return textMessage(c.evaluateWrapUp.summaryAlready);
  }
}

/** The answer to the member who decided. */
export function decisionReply(c: Catalog, result: DecisionResult): SlackMessage {
  if (result.kind === 'continued') return textMessage(c.evaluateWrapUp.continuedReply);
  return textMessage(result.archived ? c.evaluateWrapUp.closedReply : c.evaluateWrapUp.closedKeptOpenReply);
}

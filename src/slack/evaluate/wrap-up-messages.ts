import { type Catalog, fill } from '../../content/index.js';
import { asPercent } from '../../domain/evaluate/reflection.js';
import type { PairMessage, PairRef, RelationshipSummary } from '../../services/slack-port.js';
import { ACTION_AGREEMENT_EDIT, ACTION_DECIDE_CLOSE, ACTION_DECIDE_CONTINUE, ACTION_DECIDE_STAY_IN_TOUCH } from '../ids.js';
import { meetingTime } from '../nurture/agenda-message.js';
import { buttonElement, button, context, header, type KnownBlock, sections, type SlackMessage, titled } from '../kit/blocks.js';
import { calendarDay } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

type WrapUpMessage = Extract<
  PairMessage,
  { kind: 'summary' | 'lastMeetingSet' | 'reflectionShared' | 'reflectionReminder' | 'continued' | 'closedLine' }
>;

const mention = (userId: string) => `<@${userId}>`;

/** The wrap-up's posts in the pair's channel. */
export function renderWrapUpMessage(c: Catalog, pair: PairRef, message: WrapUpMessage): SlackMessage {
  const k = c.evaluateWrapUp;
  switch (message.kind) {
    case 'summary':
      return summaryMessage(c, pair, message);
    case 'lastMeetingSet':
      return line(fill(k.lastMeetingSet, { user: mention(message.userId), date: meetingTime(message.at) }));
    case 'reflectionShared':
      return line(fill(k.reflectionShared, { user: mention(message.userId) }));
    case 'reflectionReminder': {
      const text = fill(k.reminderPosted, { user: mention(message.userId), other: message.missingIds.map(mention).join(' ') });
      return { text, blocks: sections(`:bell: ${text}`) };
    }
    case 'continued': {
      const text = fill(k.continued, { user: mention(message.userId), date: calendarDay(message.endOn, c.locale) });
      // The agreement form takes its channel from the click; the value is only a label.
      return { text, blocks: [...sections(text), button(k.reviewAgreementButton, ACTION_AGREEMENT_EDIT, 'review', 'primary')] };
    }
    case 'closedLine':
      return line(fill(k.closedLine, { user: mention(message.userId), outcome: c.evaluateWrapUp.outcomes[message.outcome] }));
  }
}

function line(text: string): SlackMessage {
  return { text, blocks: [context(text)] };
}

/** The celebration: numbers as stored, each member's words through safeText, then the decision. */
function summaryMessage(c: Catalog, pair: PairRef, message: Extract<WrapUpMessage, { kind: 'summary' }>): SlackMessage {
  const w = c.wrapUp;
  const s: RelationshipSummary = message.summary;
  const days = Math.max(1, Math.round((s.closedAt.getTime() - s.openedAt.getTime()) / 86_400_000));
  const body = fill(w.summaryBody, { days, meetings: s.meetings, done: s.actionItemsDone, total: s.actionItemsTotal });
  const blocks: KnownBlock[] = [header(w.summaryTitle), ...sections(body)];
  const k = c.evaluateWrapUp.summary;
  if (s.plan !== undefined) {
    const plan = s.plan === null ? k.noPlan : fill(k.steps, { done: s.plan.stepsDone, total: s.plan.stepsTotal });
    const attainment = s.attainment === null || s.attainment === undefined ? [] : [fill(k.attainment, { percent: asPercent(s.attainment) })];
    blocks.push(...sections([plan, ...attainment].join('\n')));
  }
  for (const member of s.members ?? []) {
    const r = member.reflection;
    if (r === null) {
      blocks.push(context(fill(k.noReflection, { user: mention(member.userId) })));
      continue;
    }
    const ratings = [
      ...(r.goal === null ? [] : [fill(k.goal, { rating: c.evaluateWrapUp.attainments[r.goal] })]),
      ...(r.stepsTotal === 0 ? [] : [fill(k.stepsMet, { met: r.stepsMet, total: r.stepsTotal })]),
      fill(k.expectations, { rating: c.evaluateWrapUp.attainments[r.expectations] }),
      fill(k.wish, { choice: c.evaluateWrapUp.nextSteps[r.next] }),
    ];
    const words = [titled(k.highlight, quote(r.highlight)), ...(r.thanks ? [titled(k.thanks, quote(r.thanks))] : [])];
    blocks.push(...sections([`*${fill(k.wordsOf, { user: mention(member.userId) })}*`, ratings.join(' · '), ...words].join('\n')));
  }
  blocks.push(...sections(w.farewell));
  if (message.closedBy !== undefined) {
    blocks.push(context(fill(w.closedBy, { user: mention(message.closedBy) })));
  } else if (message.decided !== undefined) {
    blocks.push(context(fill(c.evaluateWrapUp.decision.decidedBy, { user: mention(message.decided.by), outcome: c.evaluateWrapUp.outcomes[message.decided.outcome] })));
  } else {
    blocks.push(...decisionBlocks(c, pair.id));
  }
  return { text: `${w.summaryTitle}\n${body}`, blocks };
}

/** Continue, stay in touch or close; each button carries only the pair id. */
export function decisionBlocks(c: Catalog, pairId: number): KnownBlock[] {
  const d = c.evaluateWrapUp.decision;
  const value = String(pairId);
  const element = (text: string, actionId: string, style?: 'primary' | 'danger') => buttonElement(text, actionId, value, { style });
  return [
    header(d.title),
    ...sections(d.intro),
    {
      type: 'actions',
      elements: [
        element(d.continueButton, ACTION_DECIDE_CONTINUE, 'primary'),
        element(d.stayInTouchButton, ACTION_DECIDE_STAY_IN_TOUCH),
        element(d.closeButton, ACTION_DECIDE_CLOSE, 'danger'),
      ],
    },
  ];
}

/** People's words as a quote: safe, and each line marked. */
function quote(text: string): string {
  return safeText(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

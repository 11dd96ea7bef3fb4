import { type Catalog, fill } from '../../content/index.js';
import type { PulseUserMessage } from '../../services/pulse/pulse-messages.js';
import { buttonValueOf, sessionRatingActionId } from '../codecs.js';
import { ACTION_CHECKIN_OPEN, ACTION_FIT_CLOSE, ACTION_FIT_CONTACT, ACTION_FIT_OPEN, ACTION_SESSION_RATE_PREFIX } from '../ids.js';
import { bullets, button, buttonElement, context, header, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { safeText } from '../kit/safe-text.js';

const channel = (id: string) => `<#${id}>`;
const mention = (id: string) => `<@${id}>`;
const plain = (text: string) => ({ type: 'plain_text' as const, text });

/** The direct messages of "how the pair is doing", each to one person, in their language. */
export function renderPulseMessage(c: Catalog, message: PulseUserMessage): SlackMessage {
  const p = c.pulse;
  switch (message.kind) {
    case 'fitCheck': {
      const text = fill(p.fitCheck.body, { channel: channel(message.channelId) });
      return { text, blocks: [...sections(text), button(p.fitCheck.answerButton, ACTION_FIT_OPEN, buttonValueOf(message.pairId), 'primary')] };
    }
    case 'sessionRating':
      return sessionRatingMessage(c, message.logId, message.channelId, message.rating);
    case 'pulseCheckin': {
      const text = fill(p.checkin.body, { channel: channel(message.channelId) });
      return { text, blocks: [header(p.checkin.modalTitle), ...sections(text), button(p.checkin.answerButton, ACTION_CHECKIN_OPEN, buttonValueOf(message.pairId), 'primary')] };
    }
    case 'mentorTip': {
      const tip = p.tips[message.stage];
      const title = fill(p.tips.title, { stage: c.stageNames[message.stage] });
      return {
        text: `${title}\n${tip.intro}`,
        blocks: [header(title), ...sections(`${tip.intro}\n${bullets(tip.items)}`), context(fill(p.tips.footer, { channel: channel(message.channelId) }))],
      };
    }
    case 'fitAlert': {
      const a = p.alert;
      const body = fill(a.body, {
        pair: message.pairId,
        channel: channel(message.channelId),
        member: mention(message.memberId),
        answer: p.fitCheck.answers[message.answer],
      });
      // The member's own words, shown as typed: never a broadcast or a mention.
      const comment = message.comment === null ? a.noComment : fill(a.comment, { comment: safeText(message.comment) });
      const value = buttonValueOf(message.pairId);
      const confirm = {
        title: plain(a.confirmTitle),
        text: plain(fill(a.confirmText, { pair: message.pairId })),
        confirm: plain(a.confirmYes),
        deny: plain(a.confirmNo),
      };
      const row: KnownBlock = {
        type: 'actions',
        elements: [
          buttonElement(a.contactButton, ACTION_FIT_CONTACT, value, { style: 'primary' }),
          buttonElement(a.closeButton, ACTION_FIT_CLOSE, value, { style: 'danger', confirm }),
        ],
      };
      return { text: body, blocks: [...sections(`${body}\n${comment}`), row] };
    }
    case 'adminContact': {
      const text = fill(p.adminContact, { admin: mention(message.adminId), channel: channel(message.channelId) });
      return { text, blocks: sections(text) };
    }
  }
}

/** The rating prompt, also redrawn once the member rated (their rating shown to them alone). */
export function sessionRatingMessage(c: Catalog, logId: number, channelId: string, rating: number | null): SlackMessage {
  const r = c.pulse.sessionRating;
  const text = fill(r.body, { channel: channel(channelId) });
  const row: KnownBlock = {
    type: 'actions',
    elements: r.ratings.map((label, index) =>
      buttonElement(label, sessionRatingActionId(ACTION_SESSION_RATE_PREFIX, index + 1), buttonValueOf(logId), { style: rating === index + 1 ? 'primary' : undefined }),
    ),
  };
  const chosen = rating === null ? undefined : r.ratings[rating - 1];
  return { text, blocks: [...sections(text), row, ...(chosen === undefined ? [] : [context(fill(r.rated, { rating: chosen }))])] };
}

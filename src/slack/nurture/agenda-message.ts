import { type Catalog, fill } from '../../content/index.js';
import type { Agenda } from '../../domain/nurture/agenda.js';
import { shorten } from '../../domain/pairs/history.js';
import { ACTION_AGENDA_POST } from '../ids.js';
import { bullets, button, context, header, type KnownBlock, sections, type SlackMessage, titled } from '../kit/blocks.js';
import { calendarDay } from '../kit/dates.js';
import { safeText } from '../kit/safe-text.js';

const AGENDA_ITEM_CHARS = 200;

/** The meeting's time as a Slack date token: each reader sees it in their own zone. */
export function meetingTime(at: Date): string {
  const epoch = Math.floor(at.getTime() / 1000);
  const fallback = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${epoch}^{date_long_pretty} {time}|${fallback}>`;
}

/** The agenda as posted in the channel before a meeting. */
export function agendaMessage(c: Catalog, agenda: Agenda): SlackMessage {
  const a = c.agenda;
  const when = fill(a.when, { date: meetingTime(agenda.meetingAt) });
  const items =
    agenda.items.length === 0
      ? a.noItems
      : bullets(
          agenda.items.map((item) => {
            // One line an item: the whole text is in the log's record, and 25 long ones would pass 50 blocks.
            const parts = [`${item.number === null ? '' : `#${item.number} `}${safeText(shorten(item.text, AGENDA_ITEM_CHARS))}`];
            if (item.owner) parts.push(`_(${a.owners[item.owner]})_`);
            if (item.dueOn) {
              const date = calendarDay(item.dueOn, c.locale);
              parts.push(item.overdue ? `:warning: *${fill(a.overdue, { date })}*` : `_${fill(a.due, { date })}_`);
            }
            return parts.join(' ');
          }),
        );
  const blocks: KnownBlock[] = [
    header(a.title),
    context(`${when} · ${fill(a.meetingNumber, { number: agenda.meetingNumber })}`),
    ...(agenda.lastMeeting ? sections(`:tada: ${c.evaluateWrapUp.agendaLastMeeting}`) : []),
    ...sections(titled(a.itemsTitle, items)),
  ];
  if (agenda.steps.length > 0) {
    blocks.push(...sections(titled(a.stepsTitle, bullets(agenda.steps.map((step) => `${step.position}. ${safeText(step.text)}`)))));
  }
  blocks.push(...sections(titled(a.topicsTitle, bullets(agenda.topics.map((topic) => a.topics[topic])))));
  if (agenda.checkIn) blocks.push(...sections(`:handshake: ${a.checkIn}`));
  if (agenda.guessed) blocks.push(context(a.guessed));
  return { text: `${a.title} — ${when}`, blocks };
}

/** `/mentor agenda`: the same agenda, for the asker only, with a button to post it in the channel. */
export function agendaPreview(c: Catalog, pairId: number, agenda: Agenda): SlackMessage {
  const message = agendaMessage(c, agenda);
  return {
    text: message.text,
    blocks: [...message.blocks, context(c.agenda.preview), button(c.agenda.postButton, ACTION_AGENDA_POST, String(pairId), 'primary')],
  };
}

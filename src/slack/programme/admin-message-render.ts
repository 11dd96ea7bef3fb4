import { type Catalog, fill } from '../../content/index.js';
import type { AdminMessage, BulkOverview, ShownBulkLine } from '../../services/programme/admin-messages.js';
import { buttonElement, context, header, type KnownBlock, sections, type SlackMessage } from '../kit/blocks.js';
import { buttonValueOf } from '../codecs.js';
import { safeText } from '../kit/safe-text.js';
import { ACTION_BULK_CANCEL, ACTION_BULK_OPEN } from './programme-ids.js';

/** Lines of a list shown in one message; Slack allows 50 blocks, a section 3,000 characters. */
export const SHOWN_LINES = 600;

/** Direct messages to a programme admin about the programme. */
export function renderAdminMessage(c: Catalog, message: AdminMessage): SlackMessage {
  switch (message.kind) {
    case 'bulkPairing':
      return bulkMessage(c, message.overview);
    case 'bulkChecking': {
      const text = fill(c.programme.bulk.checking, { people: message.people });
      return { text, blocks: sections(text) };
    }
    case 'bulkCheckStopped':
      return { text: c.programme.bulk.checkStopped, blocks: sections(c.programme.bulk.checkStopped) };
    case 'reportReady': {
      const p = c.programme.report;
      const scope = message.cohort === null ? p.scopeAll : fill(p.scopeCohort, { cohort: safeText(message.cohort) });
      const text = fill(p.ready, { pairs: message.pairs, scope });
      return { text, blocks: sections(text) };
    }
    case 'fromProgrammeTeam': {
      const text = fill(c.programme.contact.message, { admin: `<@${message.adminId}>`, text: safeText(message.text).replaceAll('\n', '\n>') });
      return { text, blocks: sections(text) };
    }
  }
}

function bulkMessage(c: Catalog, overview: BulkOverview): SlackMessage {
  const b = c.programme.bulk;
  const title = fill(b.title, { count: overview.lines.length });
  const intro = { preview: b.preview, running: b.running, done: b.done, cancelled: b.cancelled }[overview.state];
  const tally =
    overview.state === 'preview'
      ? fill(b.counts, { ready: overview.counts.ready, invalid: overview.counts.invalid })
      : fill(b.progress, overview.counts);
  const shown = overview.lines.slice(0, SHOWN_LINES).map((line) => lineText(c, line));
  const blocks: KnownBlock[] = [header(title), ...sections(`${intro}\n*${tally}*`), ...sections(shown.join('\n')).slice(0, 44)];
  if (overview.lines.length > SHOWN_LINES) blocks.push(context(fill(b.moreLines, { count: overview.lines.length - SHOWN_LINES })));
  if (overview.state === 'preview') blocks.push(previewButtons(c, overview));
  return { text: `${title}: ${tally}`, blocks };
}

function previewButtons(c: Catalog, overview: BulkOverview): KnownBlock {
  const b = c.programme.bulk;
  if (overview.counts.ready === 0) return context(b.nothingToOpen);
  const value = buttonValueOf(overview.bulkId);
  return {
    type: 'actions',
    elements: [buttonElement(fill(b.openButton, { count: overview.counts.ready }), ACTION_BULK_OPEN, value, { style: 'primary' }), buttonElement(b.cancelButton, ACTION_BULK_CANCEL, value)],
  };
}

function lineText(c: Catalog, line: ShownBulkLine): string {
  const b = c.programme.bulk;
  const person = (id: string | null) => (id === null ? b.unknownPerson : `<@${id}>`);
  return fill(b.line, {
    number: line.lineNo,
    mentor: person(line.mentorId),
    mentee: person(line.menteeId),
    cohort: line.cohort === null ? '' : ` ${fill(b.inCohort, { cohort: safeText(line.cohort) })}`,
    status: b.status[line.status],
  });
}

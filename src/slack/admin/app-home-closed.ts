import { type Catalog, fill } from '../../content/index.js';
import { asPercent } from '../../domain/evaluate/reflection.js';
import type { ClosedPairsOverview } from '../../services/admin/closed-pairs.js';
import { context, header, type KnownBlock, sections } from '../kit/blocks.js';

const LINES_PER_SECTION = 10;

/** A day as a Slack date token: each admin reads it in their own zone. */
function day(at: Date): string {
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short}|${at.toISOString().slice(0, 10)}>`;
}

/**
 * The admins' view of how relationships ended: outcome counts, average attainment, closed pairs with
 * dates (and, with RETENTION_DAYS set, the day each will be erased).
 */
export function closedPairsBlocks(c: Catalog, closing: ClosedPairsOverview): KnownBlock[] {
  const a = c.evaluateWrapUp.admin;
  const counts = fill(a.outcomeCounts, {
    continued: closing.outcomes.continued,
    stayInTouch: closing.outcomes.stay_in_touch,
    closed: closing.outcomes.closed,
  });
  const attainment = closing.attainment === null ? a.noAttainment : fill(a.attainment, { percent: asPercent(closing.attainment) });
  const blocks: KnownBlock[] = [header(a.title), ...sections(`${counts}\n${attainment}`)];
  if (closing.closedPairs.length === 0) return [...blocks, context(a.none)];
  const lines = closing.closedPairs.map((pair) =>
    fill(a.closedPair, {
      // The number `/mentor erase` takes.
      pair: pair.pairId,
      channel: `<#${pair.channelId}>`,
      mentor: `<@${pair.mentorId}>`,
      mentee: `<@${pair.menteeId}>`,
      opened: day(pair.openedAt),
      closed: day(pair.closedAt),
      outcome: pair.outcome === null ? c.stageNames.closed : c.evaluateWrapUp.outcomes[pair.outcome],
    }).concat(pair.erasesAt === null ? '' : ` · ${fill(c.erase.erasesOn, { date: day(pair.erasesAt) })}`),
  );
  for (let i = 0; i < lines.length; i += LINES_PER_SECTION) blocks.push(...sections(lines.slice(i, i + LINES_PER_SECTION).join('\n')));
  const hidden = closing.closedTotal - closing.closedPairs.length;
  if (hidden > 0) blocks.push(context(fill(a.more, { count: hidden })));
  return blocks;
}

import { type Catalog, fill } from '../../content/index.js';
import { CHECKIN_THRESHOLD, type PairBelow, type PulseOverview, SESSION_THRESHOLD } from '../../domain/pulse/pulse-summary.js';
import { context, header, type KnownBlock, sections } from '../kit/blocks.js';

/** Pairs listed below the thresholds; the rest are not shown (the overview above lists every pair). */
const BELOW_LISTED = 10;

const oneDecimal = (value: number, c: Catalog) => value.toFixed(1).replace('.', c.locale === 'fr' ? ',' : '.');

/**
 * The admins' view of how the pairs are doing: averages, the trend, fit-check counts and the pairs
 * under a threshold, by number. Never an answer of a named member, never a comment.
 */
export function pulseHomeBlocks(c: Catalog, pulse: PulseOverview, pairs: ReadonlyArray<{ pairId: number; channelId: string }>): KnownBlock[] {
  const h = c.pulse.home;
  const lines: string[] = [];
  const { sessions, checkins } = pulse;
  if (sessions.average === null) lines.push(h.noSessions);
  else lines.push(`${fill(h.sessions, { average: oneDecimal(sessions.average, c), count: sessions.count })}${sessions.trend ? ` ${h.trend[sessions.trend]}` : ''}`);
  if (checkins.progress === null || checkins.relationship === null) lines.push(h.noCheckins);
  else lines.push(fill(h.checkins, { progress: oneDecimal(checkins.progress, c), relationship: oneDecimal(checkins.relationship, c), count: checkins.count }));
  lines.push(fill(h.fit, { great: pulse.fit.great, fine: pulse.fit.fine, unsure: pulse.fit.unsure, notAFit: pulse.fit.not_a_fit }));
  const blocks: KnownBlock[] = [header(h.title), ...sections(lines.join('\n'))];
  const channels = new Map(pairs.map((pair) => [pair.pairId, pair.channelId]));
  const below = pulse.below.filter((pair) => channels.has(pair.pairId)).slice(0, BELOW_LISTED);
  const belowText = below.length === 0 ? h.noneBelow : below.map((pair) => belowLine(c, pair, channels.get(pair.pairId) ?? '')).join('\n');
  blocks.push(...sections(`*${h.belowTitle}*\n${belowText}`), context(h.footer));
  return blocks;
}

function belowLine(c: Catalog, pair: PairBelow, channelId: string): string {
  const h = c.pulse.home;
  const reasons = [
    ...(pair.sessionAverage === null || pair.sessionAverage >= SESSION_THRESHOLD ? [] : [fill(h.reasonSessions, { average: oneDecimal(pair.sessionAverage, c) })]),
    ...(pair.lowestCheckin === null || pair.lowestCheckin > CHECKIN_THRESHOLD ? [] : [fill(h.reasonCheckin, { score: pair.lowestCheckin })]),
    ...(pair.notAFit ? [h.reasonFit] : []),
  ];
  return fill(h.below, { pair: pair.pairId, channel: `<#${channelId}>`, reasons: reasons.join(', ') });
}

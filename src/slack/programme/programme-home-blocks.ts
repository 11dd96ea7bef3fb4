import { type Catalog, fill } from '../../content/index.js';
import { OPEN_STAGES } from '../../domain/stages.js';
import type { CohortOverview, FlaggedPair } from '../../services/programme/programme-home.js';
import { buttonElement, context, header, type KnownBlock, sections } from '../kit/blocks.js';
import { buttonValueOf } from '../codecs.js';
import { safeText } from '../kit/safe-text.js';
import { ACTION_CONTACT_PAIR, ACTION_HOME_NEXT, ACTION_HOME_PREVIOUS, ACTION_MOVE_COHORT, ACTION_PAIR_MANY, ACTION_PAIR_STATUS } from './programme-ids.js';

/**
 * Blocks of one page of the programme part of the admins' Home. Slack draws at most 100 blocks on a
 * Home, and the admin's own pairs and the closed pairs take their share: a page holds at most
 * PAGE_BLOCKS, whatever the number of pairs (500 pairs, all flagged, are 50 pages).
 */
export const PAGE_BLOCKS = 30;

type Entry = { kind: 'cohort'; cohort: CohortOverview } | { kind: 'pair'; pair: FlaggedPair };

/** The entries of each page: a cohort's summary (1 block), then its flagged pairs (2 blocks each). */
export function homePages(cohorts: readonly CohortOverview[]): Entry[][] {
  const pages: Entry[][] = [[]];
  let used = 0;
  for (const cohort of cohorts) {
    const heading: Entry = { kind: 'cohort', cohort };
    // A cohort's summary and its first flagged pair stay together.
    if (used + 3 > PAGE_BLOCKS) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]?.push(heading);
    used += 1;
    for (const pair of cohort.flagged) {
      // A page that starts inside a cohort repeats its summary, so every pair shows under its cohort.
      if (used + 2 > PAGE_BLOCKS) {
        pages.push([heading]);
        used = 1;
      }
      pages[pages.length - 1]?.push({ kind: 'pair', pair });
      used += 2;
    }
  }
  return pages;
}

export function programmeHomeBlocks(c: Catalog, cohorts: readonly CohortOverview[], requestedPage: number): KnownBlock[] {
  const h = c.programme.home;
  const pages = homePages(cohorts);
  const page = Math.min(Math.max(1, requestedPage), pages.length);
  const blocks: KnownBlock[] = [
    header(h.title),
    context(h.intro),
    { type: 'actions', elements: [buttonElement(c.programme.pairMany.button, ACTION_PAIR_MANY, 'home')] },
  ];
  for (const entry of pages[page - 1] ?? []) {
    if (entry.kind === 'cohort') blocks.push(...sections(cohortText(c, entry.cohort)).slice(0, 1));
    else blocks.push(...flaggedPair(c, entry.pair));
  }
  if (pages.length > 1) {
    const pager = [
      ...(page > 1 ? [buttonElement(h.previous, ACTION_HOME_PREVIOUS, buttonValueOf(page - 1))] : []),
      ...(page < pages.length ? [buttonElement(h.next, ACTION_HOME_NEXT, buttonValueOf(page + 1))] : []),
    ];
    blocks.push(context(fill(h.page, { page, pages: pages.length })), { type: 'actions', elements: pager });
  }
  return blocks;
}

function cohortText(c: Catalog, cohort: CohortOverview): string {
  const h = c.programme.home;
  const name = cohort.name === null ? h.noCohort : safeText(cohort.name);
  const dates = cohort.startsOn !== null && cohort.endsOn !== null ? ` · ${fill(h.cohortDates, { from: cohort.startsOn, to: cohort.endsOn })}` : '';
  const counts = OPEN_STAGES.map((stage) => fill(c.home.admin.stageCount, { stage: c.stageNames[stage], count: cohort.countsByStage[stage] }));
  const attention = cohort.flagged.length === 0 ? h.attentionNone : fill(h.attentionCount, { count: cohort.flagged.length });
  return `*${fill(h.cohortTitle, { cohort: name, count: cohort.pairs })}*${dates}\n${counts.join(' · ')}\n${attention}`;
}

function flaggedPair(c: Catalog, pair: FlaggedPair): KnownBlock[] {
  const h = c.programme.home;
  const value = buttonValueOf(pair.pairId);
  const line = fill(h.flaggedPair, {
    number: pair.pairId,
    channel: `<#${pair.channelId}>`,
    mentor: `<@${pair.mentorId}>`,
    mentee: `<@${pair.menteeId}>`,
    stage: c.stageNames[pair.stage],
    flags: pair.flags.map((flag) => h.flags[flag]).join('; '),
  });
  return [
    ...sections(line).slice(0, 1),
    {
      type: 'actions',
      elements: [
        buttonElement(h.contactButton, ACTION_CONTACT_PAIR, value),
        buttonElement(h.statusButton, ACTION_PAIR_STATUS, value),
        buttonElement(c.programme.cohort.moveButton, ACTION_MOVE_COHORT, value),
      ],
    },
  ];
}


import { type Catalog, fill } from '../../content/index.js';
import { OPEN_STAGES, stageNumber } from '../../domain/stages.js';
import type { AppHome, HomePair, OverviewPair, ProgrammeOverview } from '../../services/pairs/app-home.js';
import { ACTION_AGREEMENT_EDIT, ACTION_HOME_LOG_MEETING } from '../ids.js';
import { closedPairsBlocks } from '../admin/app-home-closed.js';
import { pulseHomeBlocks } from '../pulse/pulse-home.js';
import { buttonElement, bullets, context, divider, header, type KnownBlock, sections } from '../kit/blocks.js';
import { safeText } from '../kit/safe-text.js';
import { shownMeeting } from '../nurture/next-meeting-text.js';
import { programmeHomeBlocks } from '../programme/programme-home-blocks.js';

/** Slack refuses a Home view of more than 100 blocks; these caps keep the worst case near half that. */
export const HOME_BLOCK_LIMIT = 100;
/** The reader's own pairs listed; a member rarely has more than two. */
export const HOME_LISTED_PAIRS = 10;
/** Pairs listed in the admins' overview, one line each, needing attention first. */
export const OVERVIEW_LISTED_PAIRS = 50;
const OVERVIEW_LINES_PER_SECTION = 10;
/** An action item is shown on one line at most on the Home; the whole text is in the channel. */
const ITEM_PREVIEW_CHARS = 150;

export interface HomeView {
  type: 'home';
  blocks: KnownBlock[];
}

/** The Home tab: the reader's own pairs, then, for programme admins, the overview of every active pair. */
export function appHomeView(c: Catalog, home: AppHome, programmePage = 1): HomeView {
  const h = c.home;
  const blocks: KnownBlock[] = [header(h.title)];
  if (home.pairs.length === 0) {
    blocks.push(...sections(h.empty));
  } else {
    blocks.push(context(h.intro));
    for (const pair of home.pairs.slice(0, HOME_LISTED_PAIRS)) blocks.push(divider(), ...memberPair(c, pair));
    const hidden = home.pairs.length - HOME_LISTED_PAIRS;
    if (hidden > 0) blocks.push(context(fill(h.morePairs, { count: hidden })));
  }
  if (home.programme !== null) blocks.push(divider(), ...overview(c, home.programme));
  if (home.programme?.pulse) blocks.push(divider(), ...pulseHomeBlocks(c, home.programme.pulse, home.programme.pairs));
  if (home.programme?.byCohort) blocks.push(divider(), ...programmeHomeBlocks(c, home.programme.byCohort, programmePage));
  if (home.programme?.closing) blocks.push(divider(), ...closedPairsBlocks(c, home.programme.closing));
  blocks.push(context(h.footer));
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCK_LIMIT) };
}

/** Shown when the Home could not be read; the text says what to do. */
export function appHomeFailedView(c: Catalog, text: string): HomeView {
  return { type: 'home', blocks: [header(c.home.title), ...sections(text)] };
}

function memberPair(c: Catalog, pair: HomePair): KnownBlock[] {
  const h = c.home;
  const other = `<@${pair.otherId}>`;
  const items =
    pair.openItems === 0
      ? `*${h.openItems}* ${h.noOpenItems}`
      : [
          `*${h.openItems}* ${pair.openItems}`,
          bullets(pair.listedOpenItems.map((item) => safeText(preview(item)))),
          ...(pair.openItems > pair.listedOpenItems.length
            ? [fill(c.status.more, { count: pair.openItems - pair.listedOpenItems.length })]
            : []),
        ].join('\n');
  const lines = [
    `*<#${pair.channelId}>* · ${fill(pair.role === 'mentor' ? h.yourMentee : h.yourMentor, { user: other })}`,
    fill(c.status.title, { stage: c.stageNames[pair.stage], number: stageNumber(pair.stage) }),
    `*${h.nextMeeting}* ${pair.nextMeeting === null ? h.noNextMeeting : shownMeeting(c, pair.nextMeeting)}`,
    `*${h.workingAgreement}* ${fill(c.engageProgress.agreementProgress, pair.workingAgreement)}`,
    `*${h.mentoringAgreement}* ${pair.agreementSigned ? h.signed : h.notSigned}`,
    items,
  ];
  return [
    ...sections(lines.join('\n')),
    ...(pair.paused ? [context(h.paused)] : []),
    {
      type: 'actions',
      elements: [
        homeButton(h.logMeetingButton, ACTION_HOME_LOG_MEETING, pair.channelId),
        homeButton(pair.agreementSigned ? c.agreement.editButton : h.fillAgreementButton, ACTION_AGREEMENT_EDIT, pair.channelId),
      ],
    },
  ];
}

function overview(c: Catalog, programme: ProgrammeOverview): KnownBlock[] {
  const a = c.home.admin;
  const blocks: KnownBlock[] = [header(a.title), context(a.intro)];
  if (programme.pairs.length === 0) return [...blocks, ...sections(a.none)];
  const counts = OPEN_STAGES.map((stage) => fill(a.stageCount, { stage: c.stageNames[stage], count: programme.countsByStage[stage] }));
  blocks.push(...sections(`${counts.join(' · ')}\n${fill(a.attentionCount, { count: programme.needingAttention })}`));
  const listed = programme.pairs.slice(0, OVERVIEW_LISTED_PAIRS).map((pair) => overviewLine(c, pair));
  for (let i = 0; i < listed.length; i += OVERVIEW_LINES_PER_SECTION) {
    blocks.push(...sections(listed.slice(i, i + OVERVIEW_LINES_PER_SECTION).join('\n')));
  }
  const hidden = programme.pairs.length - listed.length;
  if (hidden > 0) blocks.push(context(fill(a.more, { count: hidden })));
  return blocks;
}

/** One pair for the admins: who, where, which stage and how long since a log — counts and dates only. */
function overviewLine(c: Catalog, pair: OverviewPair): string {
  const a = c.home.admin;
  const days = pair.daysQuiet === 1 ? a.dayOne : fill(a.days, { count: pair.daysQuiet });
  const quiet =
    pair.lastLogAt === null
      ? pair.daysQuiet === 0
        ? a.noLogToday
        : fill(a.noLog, { days })
      : pair.daysQuiet === 0
        ? a.lastLogToday
        : fill(a.lastLog, { days });
  return [
    `<#${pair.channelId}>`,
    fill(a.members, { mentor: `<@${pair.mentorId}>`, mentee: `<@${pair.menteeId}>` }),
    c.stageNames[pair.stage],
    quiet,
    ...(pair.paused ? [a.paused] : []),
    ...(pair.needsAttention ? [a.needsAttention] : []),
    ...(pair.deliveryProblem === null ? [] : [c.delivery.homeReason[pair.deliveryProblem]]),
  ].join(' · ');
}

function homeButton(text: string, actionId: string, value: string) {
  return buttonElement(text, actionId, value);
}

/** The first line of an item, cut to ITEM_PREVIEW_CHARS; "…" says there is more in the channel. */
function preview(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  const chars = [...firstLine];
  if (chars.length > ITEM_PREVIEW_CHARS) return `${chars.slice(0, ITEM_PREVIEW_CHARS - 1).join('')}…`;
  return firstLine === text ? text : `${firstLine}…`;
}

import { type Catalog, fill, type HelpCommand, labelled } from '../../content/index.js';
import { type OpenStage, type Stage, stageNumber } from '../../domain/stages.js';
import type { JobsOverview } from '../../services/admin/jobs-overview.js';
import type { PairStatus } from '../../services/pairs/pair-status.js';
import { bullets, context, header, sections, type SlackMessage, titled } from './blocks.js';
import { slackDate } from './dates.js';
import { safeText } from './safe-text.js';
import { shownMeeting } from '../nurture/next-meeting-text.js';

/** The syntax is the same in every language; only the explanations are translated. */
const USAGE: Record<HelpCommand, string> = {
  help: '/mentor',
  pair: '/mentor pair @mentor @mentee',
  status: '/mentor status',
  goal: '/mentor goal',
  inventory: '/mentor inventory',
  stageNext: '/mentor stage next',
  stageName: '/mentor stage prepare|engage|nurture|evaluate',
  log: '/mentor-log <notes>',
  logForm: '/mentor-log',
  wrapUp: '/wrap-up',
  wrapUpReflect: '/wrap-up reflect',
  wrapUpConfirm: '/wrap-up confirm',
  pause: '/mentor pause',
  resume: '/mentor resume',
  jobs: '/mentor jobs',
  agreement: '/mentor agreement',
  history: '/mentor history [page]',
  export: '/mentor export',
  done: '/mentor done <n>',
  agenda: '/mentor agenda',
  erase: '/mentor erase <pair number>',
};

export function helpMessage(c: Catalog): SlackMessage {
  const h = c.help;
  const lines = (Object.keys(USAGE) as HelpCommand[]).map((command) => `\`${USAGE[command]}\` — ${h.commands[command]}`);
  return {
    text: h.title,
    blocks: [header(h.title), ...sections(h.intro), ...sections(lines.join('\n')), context(h.footer)],
  };
}

export function statusMessage(c: Catalog, status: PairStatus): SlackMessage {
  const s = c.status;
  const stageName = c.stageNames[status.stage];
  const title =
    status.stage === 'closed' ? stageName : fill(s.title, { stage: stageName, number: stageNumber(status.stage as OpenStage) });
  const items =
    status.listedOpenItems.length === 0
      ? s.none
      : bullets(status.listedOpenItems.map(safeText)) +
        (status.openItems > status.listedOpenItems.length
          ? `\n${fill(s.more, { count: status.openItems - status.listedOpenItems.length })}`
          : '');
  const facts = [
    // The title names the stage already: the facts do not repeat it.
    labelled(c, c.prepareChecklist.statusLabel, fill(c.prepareChecklist.progress, { done: status.prep.done, total: status.prep.total })),
    labelled(c, s.meetings, status.meetings),
    labelled(c, c.log.doneCount, status.doneItems),
    labelled(c, s.lastMeeting, status.lastMeetingAt ? slackDate(status.lastMeetingAt, c.locale) : s.never),
    ...(status.nextMeeting ? [labelled(c, c.log.nextMeeting, shownMeeting(c, status.nextMeeting))] : []),
  ];
  return {
    text: title,
    blocks: [
      header(title),
      ...sections(facts.join('\n')),
      ...sections(titled(`${s.openItems} (${status.openItems})`, items)),
      context(fill(s.openedOn, { date: slackDate(status.openedAt, c.locale) })),
    ],
  };
}

export function textMessage(text: string): SlackMessage {
  return { text, blocks: sections(text) };
}

export function stageName(c: Catalog, stage: Stage): string {
  return c.stageNames[stage];
}

export function jobsMessage(c: Catalog, overview: JobsOverview): SlackMessage {
  const failures = overview.recentFailures.map(
    (job) =>
      `•  \`${job.kind}\` ${job.channelId ? `<#${job.channelId}>` : ''} — \`${job.error}\` (${job.attempts})${
        job.at ? ` ${slackDate(job.at, c.locale)}` : ''
      }`,
  );
  return {
    text: c.jobs.title,
    blocks: [
      header(c.jobs.title),
      ...sections(fill(c.jobs.counts, { pending: overview.pending, failed: overview.failed })),
      ...sections(failures.length > 0 ? failures.join('\n') : c.jobs.none),
    ],
  };
}

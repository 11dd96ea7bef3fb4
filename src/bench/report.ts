/** The bench's table: one row per figure, each beside its target and marked pass or fail. */
import { type AckAtRestFigures, atRestRows } from './ack-at-rest.js';
import type { AckLevel } from './ack-latency.js';
import type { ClaimFigures } from './claim-query.js';
import type { Machine } from './machine.js';
import type { SchedulerFigures } from './scheduler-throughput.js';
import type { LatencySummary } from './stats.js';
import type { FloorFigures } from './floors.js';
import type { StartupFigures } from './startup.js';
import { startupRows } from './startup-rows.js';

export interface BenchFigures {
  /** A section that failed: its error, reported in a row of its own; the other sections still ran. */
  errors?: Array<{ section: string; error: string }>;
  ack?: AckLevel[];
  ackAtRest?: AckAtRestFigures;
  scheduler?: SchedulerFigures;
  claim?: ClaimFigures;
  startup?: StartupFigures[];
  floors?: FloorFigures;
}

/** Targets from the issue; Slack itself gives up on an ack after 3,000 ms. */
export const TARGETS = {
  ackConcurrency: 200,
  ackRatio: 1.5,
  ackP99Ms: 50,
  jobsPerSecond: 1_000,
  claimMs: 10,
  rssMiB: 200,
  slackCallsPerJob: 1.05,
  startMs: 2_000,
} as const;

export type Row = [figure: string, measured: string, floor: string, target: string, result: string];

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
export const triple = (s: LatencySummary) => `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
export const verdict = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

export function tableRows(figures: BenchFigures): Row[] {
  const rows: Row[] = [];
  for (const failure of figures.errors ?? []) {
    rows.push([`section \`${failure.section}\``, `error: ${failure.error.replaceAll('|', '\\|').replaceAll('\n', ' ').slice(0, 300)}`, '—', 'runs to the end', verdict(false)]);
  }
  for (const level of figures.ack ?? []) {
    const ratio = level.app.p99 / level.floor.p99;
    const targeted = level.concurrency === TARGETS.ackConcurrency;
    rows.push([
      `ack of signed \`/mentor-log\`, ${level.concurrency} concurrent, p50 / p99 / max`,
      triple(level.app),
      `${triple(level.floor)} (p99 ratio ${ratio.toFixed(2)}x; ${level.retried} request(s) of the section resent after a reused socket closed)`,
      targeted ? `p99 ≤ ${TARGETS.ackRatio}x floor and < ${TARGETS.ackP99Ms} ms` : '—',
      targeted ? verdict(ratio <= TARGETS.ackRatio && level.app.p99 < TARGETS.ackP99Ms) : 'info',
    ]);
  }
  rows.push(...atRestRows(figures.ackAtRest));
  const scheduler = figures.scheduler;
  for (const run of scheduler?.byInstances ?? []) {
    const clean = run.duplicates === 0 && run.unsent === 0;
    const label = `scheduler, ${whole(scheduler?.pairs ?? 0)} due nudges, ${run.instances} instance${run.instances === 1 ? '' : 's'}`;
    rows.push([
      label,
      `${whole(run.jobsPerSecond)} jobs/s, ${run.duplicates} duplicates, ${run.unsent} unsent (a job: ${run.cpuMsPerJob.toFixed(2)} ms of scheduler CPU, ${run.transactionsPerJob.toFixed(2)} database transactions, ${run.slackCallsPerJob.toFixed(3)} Slack calls; RSS after ${mib(run.rssAfterRunBytes)})`,
      '—',
      `≥ ${whole(TARGETS.jobsPerSecond)} jobs/s, 0 duplicates, 0 unsent`,
      verdict(run.jobsPerSecond >= TARGETS.jobsPerSecond && clean),
    ]);
    rows.push([
      `${label}: Slack Web API calls per nudge`,
      run.slackCallsPerJob.toFixed(3),
      '—',
      `≤ ${TARGETS.slackCallsPerJob}`,
      verdict(run.slackCallsPerJob <= TARGETS.slackCallsPerJob),
    ]);
  }
  const claim = figures.claim;
  for (const one of claim?.cases ?? []) {
    const what = one.name === 'busy' ? `${whole(one.dueJobs)} due` : 'none due: both statements';
    rows.push([
      `claimDueJobs, ${whole(claim?.pairs ?? 0)} pairs, ${whole(claim?.jobs ?? 0)} jobs (${what}), median of ${claim?.repetitions ?? 0}`,
      `${ms(one.medianMs)} ms (claims ${one.claimed}; ${one.indexes.join(', ') || 'no index'})`,
      '—',
      `< ${TARGETS.claimMs} ms, index scans`,
      verdict(one.medianMs < TARGETS.claimMs && one.indexes.length > 0 && !one.plans.some((plan) => /Seq Scan on jobs/.test(plan))),
    ]);
  }
  rows.push(...startupRows(figures.startup ?? [], figures.floors));
  if (scheduler && scheduler.rssAfterRunBytes > 0) {
    rows.push([
      `RSS of a scheduler instance after the ${whole(scheduler.pairs)}-pair run (Postgres)`,
      `${mib(scheduler.rssAfterRunBytes)} (${mib(scheduler.rssAfterStartBytes)} before)`,
      '—',
      `< ${TARGETS.rssMiB} MiB`,
      verdict(scheduler.rssAfterRunBytes < TARGETS.rssMiB * 2 ** 20),
    ]);
  }
  return rows;
}

export function markdownTable(rows: readonly Row[]): string {
  const header: Row = ['figure', 'measured', 'floor (bare Bolt, same run)', 'target', 'result'];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machineLine(machine: Machine): string {
  return `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node.replace(/^v/, '')}, ${machine.postgres}, PGlite ${machine.pglite}; load average at start ${machine.loadAverage}.`;
}

export function failed(rows: readonly Row[]): number {
  return rows.filter((row) => row[4] !== 'pass' && row[4] !== 'info').length;
}

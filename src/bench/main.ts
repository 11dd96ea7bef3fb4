/**
 * `npm run bench`: measures the figures of README's "Performance" section on this machine, in one go,
 * and prints them as a Markdown table, each beside its target. Not a test: it fails nothing, it
 * reports. Runs in its own Postgres database (mentor_bench, or BENCH_DATABASE_URL's server).
 *
 *   npm run bench                      everything (about three minutes on two cores)
 *   npm run bench -- --only=ack,claim  some sections: ack (with ack-at-rest), ack-at-rest, scheduler, claim, startup
 *   npm run bench -- --quick           one run of each instead of several (for trying a change)
 */
import { measureAckAtRest } from './ack-at-rest.js';
import { measureAckLatency } from './ack-latency.js';
import { dropDatabase, openFreshBenchDatabase } from './bench-db.js';
import { measureClaimQuery } from './claim-query.js';
import { measureFloors } from './floors.js';
import { describeMachine } from './machine.js';
import { type BenchFigures, failed, machineLine, markdownTable, tableRows } from './report.js';
import { measureScheduler } from './scheduler-throughput.js';
import { measureStartup } from './startup.js';

// 'ack' includes 'ack-at-rest' (the same command with NOTES_ENCRYPTION_KEY); it can also run alone.
const SECTIONS = ['startup', 'ack', 'ack-at-rest', 'scheduler', 'claim'] as const;
type Section = (typeof SECTIONS)[number];

function chosenSections(argv: readonly string[]): Section[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only === undefined) return [...SECTIONS];
  const wanted = only.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return SECTIONS.filter((section) => wanted.includes(section));
}

const progress = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** A section that throws reports its error in a row of its own; the sections after it still run. */
async function attempt<T>(figures: BenchFigures, section: Section, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    progress(`${section} failed: ${message}`);
    (figures.errors ??= []).push({ section, error: message });
    return undefined;
  }
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  const runs = process.argv.includes('--quick') ? 1 : 3;
  const started = performance.now();
  const figures: BenchFigures = {};
  const machineDb = await openFreshBenchDatabase();
  const machine = await describeMachine(machineDb);
  await machineDb.close();

  // Each section gets a fresh database: none of them sees another's rows.
  if (sections.includes('startup')) {
    progress('cold starts (embedded, Postgres)');
    figures.startup = await attempt(figures, 'startup', () => measureStartup(['embedded', 'postgres'], runs));
    progress('start-up floors (bare Bolt app, bare PGlite)');
    figures.floors = await attempt(figures, 'startup', () => measureFloors(runs));
  }
  if (sections.includes('ack')) {
    progress('acknowledgement latency (app and bare Bolt floor, 1/50/200 concurrent)');
    const database = await openFreshBenchDatabase();
    try {
      figures.ack = await attempt(figures, 'ack', () => measureAckLatency(database, { levels: [1, 50, 200], runs: runs + 2, minRequests: 100 }));
    } finally {
      await database.close();
    }
  }
  if (sections.includes('ack') || sections.includes('ack-at-rest')) {
    progress('acknowledgement latency with and without NOTES_ENCRYPTION_KEY (200 concurrent)');
    figures.ackAtRest = await measureAckAtRest(runs);
  }
  if (sections.includes('scheduler')) {
    progress('scheduler throughput (10,000 due nudges, 1 and 3 instances)');
    const database = await openFreshBenchDatabase();
    try {
      figures.scheduler = await attempt(figures, 'scheduler', () => measureScheduler(database, { pairs: 10_000, instances: [1, 3], runs }));
    } finally {
      await database.close();
    }
  }
  if (sections.includes('claim')) {
    progress('claim query (100,000 pairs, 1,000,000 jobs)');
    const database = await openFreshBenchDatabase();
    try {
      figures.claim = await attempt(figures, 'claim', () => measureClaimQuery(database, { pairs: 100_000, jobsPerPair: 10, repetitions: 50 }));
    } finally {
      await database.close();
    }
  }
  await dropDatabase();

  const rows = tableRows(figures);
  const lines = [
    markdownTable(rows),
    '',
    machineLine(machine),
    `Command: \`npm run bench\`; took ${Math.round((performance.now() - started) / 1000)} s.`,
  ];
  for (const one of figures.claim?.cases ?? []) {
    lines.push('', `Plan of the claim, ${one.name} (auto_explain, as claimDueJobs ran it):`, '', '```', ...one.plans, '```');
  }
  const memory = figures.scheduler?.memoryAfterRun;
  if (memory) {
    const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
    lines.push('', `Scheduler process after its run: RSS ${mib(memory.rss)}, V8 heap ${mib(memory.heapUsed)} used of ${mib(memory.heapTotal)}, external ${mib(memory.external)} (array buffers ${mib(memory.arrayBuffers)}).`);
  }
  if (figures.scheduler && figures.scheduler.errors.length > 0) lines.push('', 'Scheduler errors:', ...figures.scheduler.errors);
  process.stdout.write(`${lines.join('\n')}\n`);
  const failures = failed(rows);
  if (failures > 0) progress(`${failures} figure(s) missed their target`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

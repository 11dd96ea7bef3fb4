/** The start-up rows of the bench's table, each beside its floor measured in the same run. */
import type { FloorFigures } from './floors.js';
import type { StartupFigures } from './startup.js';

export const STARTUP_TARGETS = {
  /** On Postgres: start ≤ 1.5× and RSS ≤ 1.3× the bare Bolt app's. */
  postgresStartRatio: 1.5,
  postgresRssRatio: 1.3,
  /** Embedded: first start < 2 s, restart < 1 s, RSS ≤ 1.2× (bare Bolt + bare PGlite). */
  embeddedFirstMs: 2_000,
  embeddedRestartMs: 1_000,
  embeddedRssRatio: 1.2,
} as const;

type Row = [figure: string, measured: string, floor: string, target: string, result: string];

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const verdict = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

export function startupRows(starts: readonly StartupFigures[], floors: FloorFigures | undefined): Row[] {
  const rows: Row[] = [];
  if (floors) {
    rows.push(['floor: bare Bolt app (HTTP receiver), start to first answer / RSS', `${ms(floors.boltStartMs)} / ${mib(floors.boltRssBytes)}`, '—', '—', 'info']);
    rows.push(['floor: bare PGlite (in memory, defaults), start to `select 1` / RSS', `${ms(floors.pgliteStartMs)} / ${mib(floors.pgliteRssBytes)}`, '—', '—', 'info']);
  }
  const t = STARTUP_TARGETS;
  for (const start of starts) {
    const first = start.start === 'first';
    const where = `${start.database === 'embedded' ? 'embedded database' : 'Postgres'}, ${first ? 'first start (new database, migrated)' : 'restart'}`;
    if (start.database === 'postgres') {
      const startRatio = floors ? start.medianMs / floors.boltStartMs : Number.NaN;
      const rssRatio = floors ? start.rssAfterStartBytes / floors.boltRssBytes : Number.NaN;
      rows.push([`cold start to 200 on /healthz, ${where}`, ms(start.medianMs), floors ? `${ms(floors.boltStartMs)} (${startRatio.toFixed(2)}x)` : '—', `≤ ${t.postgresStartRatio}x bare Bolt`, verdict(startRatio <= t.postgresStartRatio)]);
      rows.push([`RSS after start, ${where}`, mib(start.rssAfterStartBytes), floors ? `${mib(floors.boltRssBytes)} (${rssRatio.toFixed(2)}x)` : '—', `≤ ${t.postgresRssRatio}x bare Bolt`, verdict(rssRatio <= t.postgresRssRatio)]);
    } else {
      const limit = first ? t.embeddedFirstMs : t.embeddedRestartMs;
      const floorRss = floors ? floors.boltRssBytes + floors.pgliteRssBytes : Number.NaN;
      const rssRatio = start.rssAfterStartBytes / floorRss;
      rows.push([`cold start to 200 on /healthz, ${where}`, ms(start.medianMs), floors ? `Bolt ${ms(floors.boltStartMs)}, PGlite ${ms(floors.pgliteStartMs)}` : '—', `< ${ms(limit)}`, verdict(start.medianMs < limit)]);
      rows.push([`RSS after start, ${where}`, mib(start.rssAfterStartBytes), floors ? `Bolt + PGlite ${mib(floorRss)} (${rssRatio.toFixed(2)}x)` : '—', `≤ ${t.embeddedRssRatio}x (bare Bolt + bare PGlite)`, verdict(rssRatio <= t.embeddedRssRatio)]);
    }
  }
  return rows;
}

/**
 * What encryption at rest costs an acknowledgement: `/mentor-log` at 200 concurrent against the app
 * without NOTES_ENCRYPTION_KEY and with one, turn about, each on a fresh database, same client and
 * machine. The keyed runs must have stored sealed notes, or the comparison means nothing.
 */
import { randomBytes } from 'node:crypto';
import { keyIdsInUse } from '../storage/sealing/notes-keys.js';
import { measureAckLatency } from './ack-latency.js';
import { openFreshBenchDatabase } from './bench-db.js';
import { type Row, triple, verdict } from './report.js';
import { type LatencySummary, medianSummary } from './stats.js';

export interface AckAtRestFigures {
  concurrency: number;
  plain: LatencySummary;
  keyed: LatencySummary;
  runs: number;
}

const CONCURRENCY = 200;
const TARGET_RATIO = 1.1;

export async function measureAckAtRest(runs: number): Promise<AckAtRestFigures> {
  const key = randomBytes(32).toString('base64');
  const plain: LatencySummary[] = [];
  const keyed: LatencySummary[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const withKey of [false, true]) {
      const database = await openFreshBenchDatabase();
      try {
        const options = { levels: [CONCURRENCY], runs: 1, minRequests: 3 * CONCURRENCY };
        const [level] = await measureAckLatency(database, options, withKey ? { NOTES_ENCRYPTION_KEY: key } : {});
        const sealed = (await keyIdsInUse(database.db)).length > 0;
        if (sealed !== withKey) throw new Error(`the ${withKey ? 'keyed' : 'plain'} run stored ${sealed ? 'sealed' : 'plain'} notes`);
        if (level) (withKey ? keyed : plain).push(level.app);
      } finally {
        await database.close();
      }
    }
  }
  return { concurrency: CONCURRENCY, plain: medianSummary(plain), keyed: medianSummary(keyed), runs };
}

export function atRestRows(figures: AckAtRestFigures | undefined): Row[] {
  if (!figures) return [];
  const ratio = figures.keyed.p99 / figures.plain.p99;
  return [
    [
      `ack of signed \`/mentor-log\`, ${figures.concurrency} concurrent, NOTES_ENCRYPTION_KEY set, p50 / p99 / max (median of ${figures.runs})`,
      triple(figures.keyed),
      `${triple(figures.plain)} without the key (p99 ratio ${ratio.toFixed(2)}x)`,
      `p99 ≤ ${TARGET_RATIO}x without the key`,
      verdict(ratio <= TARGET_RATIO),
    ],
  ];
}

/**
 * A scheduler worker that dies between claim and completion (run with `node --import tsx`):
 * opens DATABASE_URL, claims one job due at CLAIM_AT with a lease of LEASE_MS milliseconds through
 * the real claimDueJobs, prints `claimed <id>` (or `claimed none`), then waits until it is killed.
 */
import { openDatabase } from '../../src/storage/db/database.js';
import { claimDueJobs } from '../../src/storage/scheduling/job.repository.js';

const url = process.env.DATABASE_URL;
const at = new Date(process.env.CLAIM_AT ?? '');
const leaseMs = Number(process.env.LEASE_MS);
if (!url || Number.isNaN(at.getTime()) || !Number.isFinite(leaseMs)) {
  process.stderr.write('claim-and-hang needs DATABASE_URL, CLAIM_AT (ISO time) and LEASE_MS\n');
  process.exit(2);
}

const database = await openDatabase({ url });
const [job] = await claimDueJobs(database.db, at, 1, leaseMs);
process.stdout.write(`claimed ${job?.id ?? 'none'}\n`);
// Hang with the connection pool open, as a worker stuck in a Slack call would, until SIGKILL.
setInterval(() => undefined, 60_000);

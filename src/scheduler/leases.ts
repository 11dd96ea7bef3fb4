import type { LogFn } from '../logger.js';
import type { Db } from '../storage/db/database.js';
import type { HeldJob } from '../domain/scheduling/job.js';
import { renewLeases } from '../storage/scheduling/job.repository.js';

/**
 * Keeps the leases of a batch's jobs alive while the batch is worked (a post into a busy channel
 * waits its turn; Slack may be slow): every third of the lease, the jobs still held get a new lease
 * from the database's clock. A job another replica took over after a lapse is reported as lost; its
 * worker's outcome is then refused by the fencing token anyway.
 */
export class LeaseKeeper {
  private readonly held = new Map<number, HeldJob>();
  readonly lost = new Set<number>();
  private readonly timer: NodeJS.Timeout;
  private renewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    jobs: readonly HeldJob[],
    private readonly leaseMs: number,
    private readonly log: LogFn,
  ) {
    for (const job of jobs) this.held.set(job.id, { id: job.id, claimToken: job.claimToken });
    this.timer = setInterval(() => {
      this.renewing = this.renew();
    }, Math.max(50, Math.floor(leaseMs / 3)));
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    try {
      for (const id of await renewLeases(this.db, [...this.held.values()], this.leaseMs)) {
        this.held.delete(id);
        this.lost.add(id);
      }
    } catch (error) {
      this.log('could not renew job leases', { jobs: this.held.size, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Stops renewing (the batch's outcomes are about to be written). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.renewing;
  }
}

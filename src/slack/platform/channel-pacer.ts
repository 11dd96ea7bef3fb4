/**
 * Slack allows about one message per second per channel. The scheduler may send several jobs to
 * one channel in a burst; each waits its turn instead of being rate limited.
 */
export class ChannelPacer {
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly intervalMs = 1_000,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async turn(channelId: string): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(channelId) ?? 0);
    this.nextSlot.set(channelId, slot + this.intervalMs);
    if (this.nextSlot.size > 10_000) this.forgetPast(now);
    if (slot > now) await this.wait(slot - now);
  }

  private forgetPast(now: number): void {
    for (const [channel, slot] of this.nextSlot) if (slot <= now) this.nextSlot.delete(channel);
  }
}

/**
 * The floor of the acknowledgement figure, in a process of its own like the app: a bare Bolt app on
 * the same HTTP receiver, with the same signing secret, whose command handler only acks. What Bolt
 * and loopback HTTP cost by themselves. Tells the bench its port over IPC.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';

export type FloorMessage = { type: 'ready'; port: number };

async function main(): Promise<void> {
  const app = new App({
    signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
    token: 'xoxb-bench-floor',
    // No auth.test, now or per request: the floor talks to nobody (the real app learns these at start).
    tokenVerificationEnabled: false,
    botId: 'B0001',
    botUserId: 'UBOT',
    logLevel: LogLevel.ERROR,
  });
  app.command(process.env.BENCH_COMMAND ?? '/mentor-log', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as { address(): AddressInfo | string | null };
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the floor app has no port');
  const ready: FloorMessage = { type: 'ready', port: address.port };
  process.send?.(ready);
  process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`floor app failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

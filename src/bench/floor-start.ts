/**
 * The floor of the start-up figures, compiled and run as the app is (`node dist/bench/floor-start.js`):
 * a bare Bolt app on the HTTP receiver with one command that only acks, listening on PORT. What Bolt,
 * its imports and Node itself cost before any of ours.
 */
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  signingSecret: 'bench-floor-secret',
  token: 'xoxb-bench-floor',
  tokenVerificationEnabled: false,
  botId: 'B0001',
  botUserId: 'UBOT',
  logLevel: LogLevel.ERROR,
});
app.command('/mentor', async ({ ack }) => {
  await ack();
});
await app.start(Number(process.env.PORT));
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));

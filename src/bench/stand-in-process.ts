/**
 * The Slack stand-in in a process of its own, so that answering the app's Web API calls does not
 * share an event loop with the client that times the acks. Workspace: BENCH_PAIRS seeded pairs
 * (their people, in UTC, and their private channels). Answers 'responses' with how many replies
 * the app has posted to response URLs so far.
 */
import { seededStandIn } from './seeded-stand-in.js';

export type StandInMessage =
  | { type: 'ready'; apiUrl: string; token: string; baseUrl: string }
  | { type: 'responses'; count: number; texts: string[] };

async function main(): Promise<void> {
  const standIn = await seededStandIn(Number(process.env.BENCH_PAIRS ?? '0'));
  const send = (message: StandInMessage) => process.send?.(message);
  send({ type: 'ready', apiUrl: standIn.apiUrl, token: standIn.token, baseUrl: standIn.baseUrl });
  process.on('message', (message: { type?: string; since?: number }) => {
    if (message.type !== 'responses') return;
    const texts = standIn.responses.slice(message.since ?? 0).map((response) => String(response.body.text ?? ''));
    send({ type: 'responses', count: standIn.responses.length, texts });
  });
  process.on('disconnect', () => void standIn.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`stand-in failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

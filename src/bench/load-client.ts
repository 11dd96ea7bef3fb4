/**
 * The bench's Slack: signed slash commands sent in bursts over kept-alive sockets, each timed from
 * the request going out to its HTTP response (Bolt's ack is that response).
 */
import { Agent, request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { slackSignature } from '../dev/slack-requests.js';

export interface SlashCommand {
  command: string;
  text: string;
  userId: string;
  channelId: string;
  teamId: string;
  responseUrl: string;
}

/**
 * How long an idle kept-alive socket is kept by the client: under the servers' keep-alive timeout
 * (Node's default, 5 s, for Bolt's receiver, the floor app and the stand-in), so the client never
 * reuses a socket the server is closing at that very moment.
 */
export const CLIENT_IDLE_SOCKET_MS = 4_000;

export class LoadClient {
  // Enough sockets for the largest burst, kept open: connecting is not what is measured.
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 512, timeout: CLIENT_IDLE_SOCKET_MS });
  /** Requests refused on a reused socket (the server closed it as it was reused) and sent once more. */
  retried = 0;

  constructor(private readonly eventsUrl: URL, private readonly signingSecret: string) {}

  /** Milliseconds until the response; throws unless Slack would count it as acknowledged (200). */
  async send(input: SlashCommand): Promise<number> {
    const body = new URLSearchParams({
      token: 'bench-verification-token',
      team_id: input.teamId,
      team_domain: 'bench',
      channel_id: input.channelId,
      channel_name: 'privategroup',
      user_id: input.userId,
      user_name: input.userId.toLowerCase(),
      command: input.command,
      text: input.text,
      api_app_id: 'A0001',
      is_enterprise_install: 'false',
      response_url: input.responseUrl,
      trigger_id: `1234567890.1234.${randomBytes(16).toString('hex')}`,
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(this.signingSecret, timestamp, body),
    };
    const started = process.hrtime.bigint();
    let status: number;
    try {
      status = await this.post(body, headers);
    } catch (error) {
      // A kept-alive socket closed by the server just as it was reused: nothing reached the app
      // (Node says so with reusedSocket), so the request is sent once more on a fresh socket, and counted.
      if (!(error instanceof ReusedSocketError)) throw error;
      this.retried += 1;
      status = await this.post(body, headers);
    }
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (status !== 200) throw new Error(`${input.command} answered HTTP ${status}`);
    return elapsed;
  }

  private post(body: string, headers: Record<string, string>): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const req = request(this.eventsUrl, { method: 'POST', agent: this.agent, headers }, (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      });
      req.once('error', (error: NodeJS.ErrnoException) =>
        reject(req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up') ? new ReusedSocketError(error.message) : error),
      );
      req.end(body);
    });
  }

  /** All at once: the latency of each, in the order given. */
  burst(inputs: readonly SlashCommand[]): Promise<number[]> {
    return Promise.all(inputs.map((input) => this.send(input)));
  }

  close(): void {
    this.agent.destroy();
  }
}

class ReusedSocketError extends Error {}

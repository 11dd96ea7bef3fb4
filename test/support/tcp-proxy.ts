/**
 * A TCP proxy on loopback between the app's pool and Postgres, for outage tests: `down()` cuts every
 * connection and refuses new ones (a server gone), `stall()` keeps connections open but lets no byte
 * through (a network that stopped answering), `up()` restores the path. The port never changes, so
 * the app keeps its DATABASE_URL throughout, as it would in production.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';

type Mode = 'up' | 'down' | 'stalled';

export class TcpProxy {
  private mode: Mode = 'up';
  /** Added to every answer from the server (so to every database round trip); see slow(). */
  private latencyMs = 0;
  private readonly links = new Set<{ client: Socket; server: Socket }>();

  private constructor(
    private readonly listener: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const listener = createServer();
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', () => resolve());
    });
    const address = listener.address();
    if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
    const proxy = new TcpProxy(listener, address.port);
    listener.on('connection', (client) => proxy.accept(client, target));
    return proxy;
  }

  /** The same URL, through the proxy. */
  route(url: string): string {
    const routed = new URL(url);
    routed.hostname = '127.0.0.1';
    routed.port = String(this.port);
    return routed.toString();
  }

  down(): void {
    this.mode = 'down';
    for (const link of this.links) {
      link.client.destroy();
      link.server.destroy();
    }
    this.links.clear();
  }

  stall(): void {
    this.mode = 'stalled';
    for (const link of this.links) {
      link.client.pause();
      link.server.pause();
    }
  }

  /** Every answer from the server arrives `ms` later than it would (in order): a slow database. */
  slow(ms: number): void {
    this.latencyMs = ms;
  }

  up(): void {
    this.mode = 'up';
    for (const link of this.links) {
      link.client.resume();
      link.server.resume();
    }
  }

  async stop(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    if (this.mode === 'down') {
      client.destroy();
      return;
    }
    const server = connect(target.port, target.host);
    const link = { client, server };
    this.links.add(link);
    client.pipe(server);
    // Each chunk of an answer waits out the latency, in order (a timer per chunk keeps their order).
    server.on('data', (chunk: Buffer) => {
      if (this.latencyMs === 0) {
        client.write(chunk);
        return;
      }
      server.pause();
      setTimeout(() => {
        client.write(chunk);
        if (this.mode !== 'stalled') server.resume();
      }, this.latencyMs);
    });
    // After pipe(), which starts the flow.
    if (this.mode === 'stalled') {
      client.pause();
      server.pause();
    }
    const close = () => {
      this.links.delete(link);
      client.destroy();
      server.destroy();
    };
    client.on('error', close).on('close', close);
    server.on('error', close).on('close', close);
  }
}

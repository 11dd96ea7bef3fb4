/**
 * An HTTP proxy on loopback in front of the Slack stand-in that can hold a Web API method's calls:
 * a held request has reached "Slack" but is carried out (forwarded) only when the test releases it,
 * as a slow Slack would post the message late. Everything else passes straight through.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Held {
  forward: () => void;
}

export class HoldingProxy {
  private readonly held: Held[] = [];
  private holding = new Set<string>();
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  private constructor(
    private readonly server: Server,
    readonly apiUrl: string,
    private readonly target: URL,
  ) {}

  static async start(targetApiUrl: string): Promise<HoldingProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const proxy = new HoldingProxy(server, `http://127.0.0.1:${port}/api/`, new URL(targetApiUrl));
    server.on('request', (req, res) => proxy.handle(req, res));
    return proxy;
  }

  /** From now on, calls of `method` wait until `release()`. */
  hold(method: string): void {
    this.holding.add(method);
  }

  /** Resolves once `count` calls are being held. */
  async untilHeld(count: number): Promise<void> {
    if (this.held.length >= count) return;
    await new Promise<void>((resolve) => this.waiters.push({ count, resolve }));
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Stops holding and lets every held call through, in arrival order. */
  release(): void {
    this.holding.clear();
    for (const one of this.held.splice(0)) one.forward();
  }

  async stop(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      const forward = () => this.forward(req, res, body);
      if (!this.holding.has(method)) return forward();
      this.held.push({ forward });
      for (const waiter of this.waiters.filter((w) => this.held.length >= w.count)) waiter.resolve();
      this.waiters = this.waiters.filter((w) => this.held.length < w.count);
    });
  }

  private forward(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', this.target);
    const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    upstream.end(body);
  }
}

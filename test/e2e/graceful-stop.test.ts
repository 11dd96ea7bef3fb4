/**
 * Graceful stop (issue 12, point 5): the real entry point in a child process. SIGTERM while a log's
 * post is still on its way to Slack (the stand-in holds chat.postMessage): the app stops accepting,
 * lets the post land and the row get its message ts, closes the pool and logs "stopped". And `npm
 * start` stops, with every process under it, when its own pid is signalled.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { SlackRequests } from '../../src/dev/slack-requests.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { openDatabase } from '../../src/storage/db/database.js';
import { createServerDatabaseUrl } from '../support/database.js';
import { allText, mention } from '../support/e2e.js';
import { type ChildRun, ROOT, runNodeScript, untilChild } from '../support/scheduler.js';
import { freePort, isAlive } from '../support/processes.js';

const admin = { id: 'UADMIN0', name: 'ada', tz: 'UTC', locale: 'en-US' };
const mentor = { id: 'UMENTOR1', name: 'marco', tz: 'UTC', locale: 'en-US' };
const mentee = { id: 'UMENTEE1', name: 'lea', tz: 'UTC', locale: 'en-US' };
const signingSecret = randomBytes(16).toString('hex');
let standIn: SlackStandIn;
let server: { url: string; drop(): Promise<void> } | undefined;
const dataDirs: string[] = [];

beforeAll(async () => {
  standIn = await SlackStandIn.start({ users: [admin, mentor, mentee] });
  server = await createServerDatabaseUrl();
});

afterAll(async () => {
  await standIn?.stop();
  await server?.drop();
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

/** The app's environment: the stand-in, a free port, and a database of its own (server or folder). */
async function appEnv(): Promise<Record<string, string>> {
  let database: Record<string, string>;
  if (server) database = { DATABASE_URL: server.url };
  else {
    const dir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-stop-'));
    dataDirs.push(dir);
    database = { DATA_DIR: dir };
  }
  return {
    SLACK_BOT_TOKEN: standIn.token,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: standIn.apiUrl,
    PORT: String(await freePort()),
    ADMIN_USER_IDS: admin.id,
    ...database,
  };
}

/** GET /healthz on a connection of its own (a kept-alive one would outlive the server's close). */
function healthy(appUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(`${appUrl}/healthz`, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });
}

async function waitHealthy(appUrl: string, run: ChildRun): Promise<void> {
  for (const deadline = Date.now() + 110_000; !(await healthy(appUrl)); ) {
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every process under `pid`, read from ps. */
function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  for (const line of out.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number) as [number, number];
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const child of children.get(p) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

describe('SIGTERM with a log’s post in flight', () => {
  it('the post lands, the row keeps its message ts, the member is answered, then "stopped"', async () => {
    const env = await appEnv();
    const appUrl = `http://127.0.0.1:${env.PORT}`;
    const run = runNodeScript('src/main.ts', [], env);
    try {
      await waitHealthy(appUrl, run);
      const slack = new SlackRequests({ appUrl, signingSecret, standIn });
      const opened = standIn.responses.length;
      await slack.slashCommand({ command: '/mentor', text: `pair ${mention(mentor)} ${mention(mentee)}`, userId: admin.id, channelId: 'CGENERAL' });
      await untilChild('the pair opening', run, () => (standIn.responses.length > opened ? true : undefined));
      const channelId = [...standIn.channels.values()].find((channel) => channel.name === 'mentoring-lea-marco')?.id ?? '';
      expect(channelId).not.toBe('');

      const held = standIn.holdNext('chat.postMessage');
      const responseUrl = standIn.newResponseUrl();
      const reply = await slack.slashCommand({ command: '/mentor-log', text: 'stop-test-log\nnext: send the CV', userId: mentee.id, channelId, responseUrl });
      expect(reply.status).toBe(200);
      await held.arrived;
      run.child.kill('SIGTERM');
      // Stopping, not stopped: new requests are no longer taken while the post is still out.
      for (const deadline = Date.now() + 5_000; await healthy(appUrl); ) {
        if (Date.now() > deadline) throw new Error('the app still takes requests after SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(run.child.exitCode).toBeNull();
      held.release();
      const exit = await run.exited;
      expect(exit, run.stderr()).toEqual({ code: 0, signal: null });
      const lines = run.stderr().split('\n').filter((line) => line.startsWith('{')).map((line) => (JSON.parse(line) as { message: string }).message);
      expect(lines.slice(-2)).toEqual(['stopping', 'stopped']);

      const answer = standIn.responses.find((response) => responseUrl.endsWith(response.id));
      expect(allText(answer?.body)).toContain(fill(en.log.saved, { count: 1 }));
      expect(standIn.messages(channelId).filter((message) => allText(message.blocks).includes('stop-test-log'))).toHaveLength(1);
      // The database was closed after the post's ts was stored: read it afresh.
      const database = await openDatabase(server ? { url: server.url } : { dataDir: env.DATA_DIR ?? '' });
      try {
        const rows = await database.db.selectFrom('meeting_logs').select(['summary', 'message_ts']).execute();
        expect(rows).toHaveLength(1);
        expect(rows[0]?.message_ts).toMatch(/^\d+\.\d+$/);
      } finally {
        await database.close();
      }
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  }, 240_000);
});

describe('npm start', () => {
  it('stops, with every process under it, when its own pid gets SIGTERM', async () => {
    const env = await appEnv();
    const appUrl = `http://127.0.0.1:${env.PORT}`;
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    npm.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    const run: ChildRun = { child: npm, stdout: () => '', stderr: () => stderr, exited: exited.then((code) => ({ code, signal: null })) };
    let under: number[] = [];
    try {
      await waitHealthy(appUrl, run);
      under = descendants(npm.pid ?? 0);
      expect(under.length).toBeGreaterThan(0);
      npm.kill('SIGTERM');
      await exited;
      for (const deadline = Date.now() + 15_000; under.some(isAlive); ) {
        if (Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(under.filter(isAlive), stderr).toEqual([]);
      expect(await healthy(appUrl)).toBe(false);
      expect(stderr).toContain('"message":"stopped"');
    } finally {
      for (const pid of [npm.pid ?? 0, ...under]) if (pid > 0 && isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 240_000);
});

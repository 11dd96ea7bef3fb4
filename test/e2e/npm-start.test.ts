/**
 * The real entry point in a child process, configured only through its environment, against the
 * Slack stand-in on loopback: the compiled `node dist/main.js` that `npm start` runs in production
 * (built here first when dist/ is missing or stale, as `npm start`'s prestart does).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackRequests } from '../../src/dev/slack-requests.js';
import { SlackStandIn } from '../../src/dev/slack-stand-in.js';
import { LOCK_FILE } from '../../src/storage/db/data-dir.js';
import { createServerDatabaseUrl } from '../support/database.js';
import { mention } from '../support/e2e.js';
import { type ChildRun, ROOT } from '../support/scheduler.js';
import { freePort, isAlive } from '../support/processes.js';

/** A command in the project folder with exactly this environment (nothing inherited but PATH and HOME). */
function run(command: string, args: string[], env: Record<string, string>): ChildRun {
  const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // 'close', not 'exit': the output may still be in the pipes when the process has exited, and a test
  // reading it then sees it cut short (CI once read bash's `times` without the children's line).
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** `node dist/main.js`, what `npm start` runs once built. */
const startMain = (env: Record<string, string>): ChildRun => run(process.execPath, ['dist/main.js'], env);

/** The pids whose parent is `pid` (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, run: ChildRun, timeoutMs = 100_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (run.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`${what} did not happen (exit code ${run.child.exitCode})\nstdout:\n${run.stdout()}\nstderr:\n${run.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The `config:` lines the process wrote to stderr. */
function configLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('config: '));
}

// Every test here waits on a child process: they run side by side (vitest gives a file one worker).
describe.concurrent('npm start against the Slack stand-in', () => {
  const admin = { id: 'UADMIN0', name: 'ada', tz: 'UTC', locale: 'en-US' };
  const mentor = { id: 'UMENTOR1', name: 'marco', tz: 'Europe/Rome', locale: 'en-US' };
  const mentee = { id: 'UMENTEE1', name: 'lea', tz: 'Europe/Paris', locale: 'en-US' };
  const signingSecret = randomBytes(16).toString('hex');
  let standIn: SlackStandIn;
  let dataDir: string | undefined;
  let server: { url: string; drop(): Promise<void> } | undefined;

  beforeAll(async () => {
    standIn = await SlackStandIn.start({ users: [admin, mentor, mentee] });
    server = await createServerDatabaseUrl();
    if (!server) dataDir = await mkdtemp(path.join(tmpdir(), 'mentor-coach-start-'));
  });

  afterAll(async () => {
    await standIn?.stop();
    await server?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz, opens a pair on a signed /mentor pair, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = startMain({
      SLACK_BOT_TOKEN: standIn.token,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      ADMIN_USER_IDS: admin.id,
      ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir ?? '' }),
    });
    const appUrl = `http://127.0.0.1:${port}`;
    try {
      await until(
        '/healthz answering 200',
        async () => {
          try {
            const response = await fetch(`${appUrl}/healthz`);
            return response.status === 200 && ((await response.json()) as { status?: string }).status === 'ok';
          } catch {
            return false;
          }
        },
        run,
      );

      const slack = new SlackRequests({ appUrl, signingSecret, standIn });
      const reply = await slack.slashCommand({ command: '/mentor', text: `pair ${mention(mentor)} ${mention(mentee)}`, userId: admin.id, channelId: 'CGENERAL' });
      expect(reply.status).toBe(200);

      await until('the pair opening', () => standIn.responses.length > 0, run, 15_000);
      const create = standIn.callsTo('conversations.create');
      expect(create).toHaveLength(1);
      expect(String(create[0]?.params.is_private)).toBe('true');
      expect(create[0]?.params.name).toBe('mentoring-lea-marco');
      const invite = standIn.callsTo('conversations.invite');
      expect(invite).toHaveLength(1);
      expect(String(invite[0]?.params.users).split(',').sort()).toEqual([mentee.id, mentor.id].sort());
      const channelId = [...standIn.channels.values()].find((channel) => channel.name === 'mentoring-lea-marco')?.id;
      expect(channelId).toBeDefined();
      expect(standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === channelId)).toHaveLength(2);
      expect(standIn.responses[0]?.body.response_type).toBe('ephemeral');
      // Every Web API call went out with the configured token.
      expect(standIn.calls.every((call) => call.token === standIn.token)).toBe(true);
    } finally {
      run.child.kill('SIGTERM');
    }
    const exit = await run.exited;
    expect(exit, run.stderr()).toEqual({ code: 0, signal: null });
    // The start line says where the data lives; a clean stop frees the embedded folder.
    const started = run.stderr().split('\n').find((line) => line.includes('"mentor coach started"'));
    expect(JSON.parse(started ?? '{}')).toMatchObject({ data: server ? 'DATABASE_URL' : path.resolve(dataDir ?? ''), notes: 'not encrypted' });
    if (dataDir) expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 150_000);

  it('npm start runs node itself under npm (no shell or tsx between), and SIGTERM to npm\'s own pid stops it', async () => {
    const port = await freePort();
    const npm = run('npm', ['start'], {
      SLACK_BOT_TOKEN: standIn.token,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: `${dataDir ?? ''}-npm` }),
    });
    try {
      await until('/healthz answering 200', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200, npm);
      const [app, ...others] = childrenOf(npm.child.pid ?? 0);
      expect(others).toEqual([]);
      expect(readFileSync(`/proc/${app}/cmdline`, 'utf8').split('\0')).toContain('dist/main.js');
      expect(childrenOf(app ?? 0)).toEqual([]);
      npm.child.kill('SIGTERM');
      await npm.exited;
      const deadline = Date.now() + 15_000;
      while (isAlive(app ?? 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isAlive(app ?? 0), `node ${app} outlived npm\n${npm.stderr()}`).toBe(false);
      expect(npm.stderr()).toMatch(/"message":"stopping"/);
    } finally {
      npm.child.kill('SIGKILL');
      if (dataDir) await rm(`${dataDir}-npm`, { recursive: true, force: true });
    }
  }, 150_000);
});

describe.concurrent('npm start with a bad environment', () => {
  it('an empty environment stops at once, naming each missing variable on a line of its own', async () => {
    const run = startMain({});
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    const lines = configLines(run.stderr());
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.includes('SLACK_BOT_TOKEN'))).toHaveLength(1);
    expect(lines).toContain('config: SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)');
    expect(run.stdout()).toBe('');
  }, 30_000);

  it('a bad PORT and a bad DEFAULT_TIMEZONE (and other bad values) give one line each, all at once', async () => {
    const bad = {
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Olympus_Mons',
      SLACK_BOT_TOKEN: 'xoxp-a-user-token',
      DATABASE_URL: 'mysql://localhost/db',
      ADMIN_USER_IDS: 'U012AB3CD,bob',
    };
    const run = startMain({ SLACK_SIGNING_SECRET: 'a-good-signing-secret', ...bad });
    const exit = await run.exited;
    expect(exit.code).toBe(1);
    const lines = configLines(run.stderr());
    expect(lines).toHaveLength(Object.keys(bad).length);
    // Each variable is named on exactly one line (PORT also matches inside no other name here).
    for (const name of Object.keys(bad)) {
      expect(lines.filter((line) => new RegExp(`\\b${name}\\b`).test(line)), name).toHaveLength(1);
    }
    expect(run.stdout()).toBe('');
  }, 30_000);

  it('reports a bad setting within 500 ms, before the app loads (CPU time past a bare node, so a loaded machine does not blur it)', async () => {
    // bash's `times` gives the CPU time its children used: what the start costs, whatever else runs.
    const cpuMs = async (command: string, env: Record<string, string>) => {
      const child = run('bash', ['-c', `${command}; times`], env);
      await child.exited;
      const [user = '', system = ''] = child.stdout().trim().split('\n').at(-1)?.split(/\s+/) ?? [];
      const ms = (text: string) => {
        const [, minutes = '0', seconds = '0'] = /^(\d+)m([\d.]+)s$/.exec(text) ?? [];
        return (Number(minutes) * 60 + Number(seconds)) * 1000;
      };
      return { ms: ms(user) + ms(system), child };
    };
    const node = JSON.stringify(process.execPath);
    const app = await cpuMs(`${node} dist/main.js`, { SLACK_BOT_TOKEN: ' xoxp-a-user-token ', SLACK_APP_TOKEN: 'xapp-1-A1-1-abc' });
    expect(configLines(app.child.stderr())).toEqual(['config: SLACK_BOT_TOKEN holds a user token (xoxp-…); use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions']);
    const bare = await cpuMs(`${node} -e 'process.stderr.write("config: x\\n"); process.exit(1)'`, {});
    expect(bare.child.stderr()).toBe('config: x\n');
    expect(app.ms).toBeGreaterThan(0);
    expect(app.ms - bare.ms, `app ${app.ms} ms of CPU, bare node ${bare.ms} ms`).toBeLessThan(500);
  }, 60_000);
});

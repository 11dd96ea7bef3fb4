/**
 * End-to-end helpers: the real app over HTTP (src/dev/harness.ts) on a test database of its own,
 * people added to the Slack stand-in on demand, and slash commands whose answer (posted to the
 * command's own response_url) is awaited and returned.
 */
import type { PaceClock } from '../../src/slack/platform/lookup-pacer.js';
import { type Harness, startHarness } from '../../src/dev/harness.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { StandInMessage, StandInUser } from '../../src/dev/slack-stand-in.js';
import { OPEN_STAGES, type OpenStage } from '../../src/domain/stages.js';
import type { LogLevel } from '@slack/bolt';
import type { LogFn } from '../../src/logger.js';
import type { Database } from '../../src/storage/db/schema.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export type Person = StandInUser;

export interface ScenarioOptions {
  /** Programme admins by id (ADMIN_USER_IDS). Default: one admin, `scenario.admin`. Pass [] for workspace admins. */
  adminUserIds?: string[];
  /** ADMIN_USERGROUP (the group itself is added with `standIn.addUserGroup`). */
  adminUserGroup?: string;
  /** People in the workspace from the start (besides the default admin). */
  users?: StandInUser[];
  clock?: () => Date;
  /** Reuse a database (several harnesses in one file); by default each scenario creates and destroys its own. */
  database?: TestDatabase;
  /** Receives every log line, the app's and Bolt's (default: none kept). */
  log?: LogFn;
  /** What Bolt itself logs; default errors only. */
  slackLogLevel?: LogLevel;
  /** KEEP_CHANNELS_OPEN for this app (default: false, closed channels are archived). */
  keepChannelsOpen?: boolean;
  /** PULSE_CHECKS for this app (default: false, so a test counts only the jobs and messages it is about). */
  pulse?: boolean;
  /** RETENTION_DAYS for this app (default: unset, closed pairs are kept). */
  retentionDays?: number;
  /** DEFAULT_HORIZON_MONTHS for this app (default: unset, six months). */
  defaultHorizonMonths?: number;
  /** How the app's bulk Slack lookups wait their turn: the test's clock, moved on (default real time). */
  paceClock?: PaceClock;
}

/** The answer the app posted to a command's or a click's response_url. */
export interface Answer {
  body: Record<string, unknown>;
  /** Every text of the answer (text and blocks), joined by newlines. */
  text: string;
}

export interface OpenedPair {
  pairId: number;
  channelId: string;
  mentor: Person;
  mentee: Person;
}

/** Slack's escaped mention, as a slash command with should_escape delivers it. */
export function mention(person: { id: string; name: string }): string {
  return `<@${person.id}|${person.name}>`;
}

/** Every `text` string in a message, a response body or a block list, in document order. */
export function allText(value: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'text' && typeof child === 'string') out.push(child);
      else walk(child);
    }
  };
  walk(value);
  return out.join('\n');
}

/** A message as one searchable string: its fallback text and every text in its blocks. */
export function messageText(message: StandInMessage): string {
  return `${message.text}\n${allText(message.blocks)}`;
}

// Generous: on a loaded two-core machine the embedded database can be slow to answer.
const ANSWER_TIMEOUT_MS = 15_000;

// Shared by every scenario of a test file, so that scenarios sharing a database never reuse a person.
let peopleCounter = 0;

export class Scenario {
  /** The admin listed in ADMIN_USER_IDS (unless `adminUserIds` was given). */
  readonly admin: Person;

  private constructor(
    readonly harness: Harness,
    readonly database: TestDatabase,
    private readonly ownsDatabase: boolean,
    admin: Person,
  ) {
    this.admin = admin;
  }

  static async start(options: ScenarioOptions = {}): Promise<Scenario> {
    const admin: Person = { id: 'UADMIN0', name: 'ada', realName: 'Ada Admin', tz: 'UTC', locale: 'en-US' };
    const database = options.database ?? (await createTestDatabase());
    try {
      const harness = await startHarness({
        database,
        users: [admin, ...(options.users ?? [])],
        adminUserIds: options.adminUserIds ?? [admin.id],
        adminUserGroup: options.adminUserGroup,
        clock: options.clock,
        log: options.log,
        slackLogLevel: options.slackLogLevel,
        keepChannelsOpen: options.keepChannelsOpen,
        pulse: options.pulse,
        retentionDays: options.retentionDays,
        defaultHorizonMonths: options.defaultHorizonMonths,
        paceClock: options.paceClock,
      });
      return new Scenario(harness, database, options.database === undefined, admin);
    } catch (error) {
      if (options.database === undefined) await database.destroy();
      throw error;
    }
  }

  get standIn() {
    return this.harness.standIn;
  }

  get db() {
    return this.database.db;
  }

  /** A new person in the workspace, with a unique id and handle (ids and handles stay Slack-shaped). */
  person(role = 'member', overrides: Partial<StandInUser> = {}): Person {
    const n = ++peopleCounter;
    const person: Person = {
      id: `U${role.replace(/[^a-z]/gi, '').toUpperCase().slice(0, 6)}${n}`,
      name: `${role.toLowerCase()}${n}`,
      realName: `${role} ${n}`,
      tz: 'UTC',
      locale: 'en-US',
      ...overrides,
    };
    this.standIn.addUser(person);
    return person;
  }

  /** Sends a slash command and returns the HTTP reply (the ack) without waiting for the app's answer. */
  send(user: { id: string }, command: string, text: string, channelId: string, extra: { triggerId?: string; responseUrl?: string } = {}): Promise<SlackReply> {
    return this.harness.slack.slashCommand({ command, text, userId: user.id, channelId, ...extra });
  }

  /** Runs a slash command; the ack must be an empty 200, and the answer on its response_url is returned. */
  async run(user: { id: string }, command: string, text: string, channelId: string): Promise<Answer> {
    const responseUrl = this.standIn.newResponseUrl();
    const reply = await this.send(user, command, text, channelId, { responseUrl });
    if (reply.status !== 200) throw new Error(`${command} ${text}: the app answered HTTP ${reply.status} ${reply.body}`);
    return this.answerTo(responseUrl);
  }

  /** Clicks a button as Slack sends it and returns the answer on the click's response_url. */
  async click(
    user: { id: string },
    input: { channelId: string; actionId: string; value: string; messageTs: string },
  ): Promise<Answer> {
    const responseUrl = this.standIn.newResponseUrl();
    const reply = await this.harness.slack.blockAction({ userId: user.id, ...input, responseUrl });
    if (reply.status !== 200) throw new Error(`click ${input.actionId}: the app answered HTTP ${reply.status} ${reply.body}`);
    return this.answerTo(responseUrl);
  }

  /** Polls a check on the stand-in until it holds; for effects that follow an ack. */
  waitFor<T>(check: () => T | undefined | false): Promise<T> {
    return this.harness.waitFor(check, ANSWER_TIMEOUT_MS);
  }

  /** Polls an async check (a database read, say) until it holds; for effects that follow an ack. */
  async until<T>(check: () => Promise<T | undefined | false>, timeoutMs = ANSWER_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting for the app');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits for the one body posted to this response URL. */
  async answerTo(responseUrl: string): Promise<Answer> {
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    const found = await this.harness.waitFor(() => this.standIn.responses.find((response) => response.id === id), ANSWER_TIMEOUT_MS);
    return { body: found.body, text: allText(found.body) };
  }

  /** An admin opens a pair for two fresh people (or the ones given) and the pair's ids come back. */
  async openPair(options: { mentor?: Person; mentee?: Person; admin?: Person } = {}): Promise<OpenedPair> {
    const mentor = options.mentor ?? this.person('mentor');
    const mentee = options.mentee ?? this.person('mentee');
    const answer = await this.run(options.admin ?? this.admin, '/mentor', `pair ${mention(mentor)} ${mention(mentee)}`, 'CGENERAL');
    const pair = await this.db
      .selectFrom('pairs')
      .select(['id', 'channel_id'])
      .where('mentor_id', '=', mentor.id)
      .where('mentee_id', '=', mentee.id)
      .where('stage', '<>', 'closed')
      .executeTakeFirst();
    if (!pair?.channel_id) throw new Error(`the pair was not opened: ${answer.text}`);
    return { pairId: pair.id, channelId: pair.channel_id, mentor, mentee };
  }

  /** A freshly opened pair moved, by its mentee, up to `stage`. */
  async pairAt(stage: OpenStage, options: { mentor?: Person; mentee?: Person } = {}): Promise<OpenedPair> {
    const pair = await this.openPair(options);
    for (const next of OPEN_STAGES.slice(1, OPEN_STAGES.indexOf(stage) + 1)) {
      await this.moveOn(pair.mentee, pair.channelId, next);
    }
    const row = await this.pairRow(pair.pairId);
    if (row.stage !== stage) throw new Error(`the pair is at ${row.stage}, not ${stage}`);
    return pair;
  }

  /**
   * `/mentor stage <target>`; leaving prepare under 4/4 asks for a confirmation (issue 16), which
   * this confirms with "Move on anyway", as a member would. Any other answer is returned as it is.
   */
  async moveOn(user: { id: string }, channelId: string, target: string): Promise<Answer> {
    const answer = await this.run(user, '/mentor', `stage ${target}`, channelId);
    const value = /"action_id":"engage_anyway","value":"(\d+:[a-z]+)"/.exec(JSON.stringify(answer.body))?.[1];
    if (value === undefined) return answer;
    return this.click(user, { channelId, actionId: 'engage_anyway', value, messageTs: '' });
  }

  async pairRow(pairId: number) {
    return this.db.selectFrom('pairs').selectAll().where('id', '=', pairId).executeTakeFirstOrThrow();
  }

  /** How many rows a table holds, optionally only those of one pair. */
  async count(table: keyof Database, pairId?: number): Promise<number> {
    let query = this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (pairId !== undefined && table !== 'workspace_events') {
      query = query.where((table === 'pairs' ? 'id' : 'pair_id') as never, '=', pairId as never);
    }
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Bot messages in a channel, as they stand now. */
  posts(channelId: string): StandInMessage[] {
    return this.standIn.messages(channelId);
  }

  /** Web API calls of one method since a given point (`standIn.calls.length` taken earlier). */
  callsSince(mark: number, method?: string) {
    return this.standIn.calls.slice(mark).filter((call) => method === undefined || call.method === method);
  }

  async stop(): Promise<void> {
    await this.harness.stop();
    if (this.ownsDatabase) await this.database.destroy();
  }
}

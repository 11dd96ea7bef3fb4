import { describe, expect, it } from 'vitest';
import { type Config, ConfigError, loadConfig } from '../../src/config.js';

const BOT_TOKEN = 'xoxb-1234-5678-secretbotvalue';
const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const APP_TOKEN = 'xapp-1-A111-222-secretappvalue';

/** A valid HTTP-mode environment, changed by `overrides` (`undefined` removes a variable). */
function env(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base: Record<string, string | undefined> = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET };
  const merged = { ...base, ...overrides };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

function problemsOf(environment: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig: valid environments', () => {
  it('applies every default in HTTP mode', () => {
    expect(loadConfig(env())).toEqual<Config>({
      slack: { botToken: BOT_TOKEN, appToken: undefined, signingSecret: SIGNING_SECRET, apiUrl: 'https://slack.com/api/' },
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      adminUserIds: [],
      defaultTimezone: 'UTC',
      keepChannelsOpen: false,
      pulseChecks: true,
      shutdownGraceMs: 10_000,
      logLevel: 'info',
    });
  });

  it('accepts Socket Mode without a signing secret', () => {
    const config = loadConfig(env({ SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: APP_TOKEN }));
    expect(config.slack).toEqual({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: undefined,
      apiUrl: 'https://slack.com/api/',
    });
  });

  it('needs no signing secret for a process that only sends (npm run tick)', () => {
    const config = loadConfig(env({ SLACK_SIGNING_SECRET: undefined }), { receivesRequests: false });
    expect(config.slack).toMatchObject({ appToken: undefined, signingSecret: undefined });
    expect(problemsOf(env({ SLACK_SIGNING_SECRET: undefined }))).toEqual([
      'SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)',
    ]);
  });

  it('reads every variable when all are set', () => {
    const config = loadConfig(
      env({
        SLACK_APP_TOKEN: APP_TOKEN,
        PORT: '8080',
        SLACK_API_URL: 'http://127.0.0.1:3999/api/',
        DATABASE_URL: 'postgresql://coach:pw@db.internal:5432/coach',
        DATA_DIR: '/var/lib/coach',
        ADMIN_USER_IDS: 'U1ABC',
        DEFAULT_TIMEZONE: 'Europe/Paris',
        KEEP_CHANNELS_OPEN: 'TRUE',
        PULSE_CHECKS: 'false',
        RETENTION_DAYS: ' 365 ',
        SHUTDOWN_GRACE_MS: '2500',
        LOG_LEVEL: 'Debug',
      }),
    );
    expect(config).toEqual<Config>({
      slack: { botToken: BOT_TOKEN, appToken: APP_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: 'http://127.0.0.1:3999/api/' },
      port: 8080,
      databaseUrl: 'postgresql://coach:pw@db.internal:5432/coach',
      dataDir: '/var/lib/coach',
      adminUserIds: ['U1ABC'],
      defaultTimezone: 'Europe/Paris',
      keepChannelsOpen: true,
      pulseChecks: false,
      retentionDays: 365,
      shutdownGraceMs: 2500,
      logLevel: 'debug',
    });
  });

  it('keeps closed pairs forever when RETENTION_DAYS is unset', () => {
    expect(loadConfig(env()).retentionDays).toBeUndefined();
    expect(loadConfig(env({ RETENTION_DAYS: '1' })).retentionDays).toBe(1);
  });

  it.each([
    ['http://localhost:3999/api', 'http://localhost:3999/api/'],
    ['https://slack.com/api', 'https://slack.com/api/'],
    ['https://slack.com/api/', 'https://slack.com/api/'],
  ])('SLACK_API_URL %s becomes %s', (value, expected) => {
    expect(loadConfig(env({ SLACK_API_URL: value })).slack.apiUrl).toBe(expected);
  });

  it.each([
    [' U1ABC, W2DEF ,', ['U1ABC', 'W2DEF']],
    ['U1ABC,U1ABC, U1ABC ', ['U1ABC']],
    ['W2DEF,U1ABC,W2DEF', ['W2DEF', 'U1ABC']],
    [',,', []],
  ])('ADMIN_USER_IDS %j -> %j', (value, expected) => {
    expect(loadConfig(env({ ADMIN_USER_IDS: value })).adminUserIds).toEqual(expected);
  });

  it.each([
    ['0', 0],
    ['65535', 65535],
    ['8080', 8080],
  ])('PORT %s', (value, expected) => {
    expect(loadConfig(env({ PORT: value })).port).toBe(expected);
  });

  it('treats blank strings as unset', () => {
    const config = loadConfig(
      env({
        SLACK_APP_TOKEN: '   ',
        PORT: '',
        SLACK_API_URL: ' ',
        DATABASE_URL: '',
        DATA_DIR: '  ',
        ADMIN_USER_IDS: ' ',
        DEFAULT_TIMEZONE: '',
        KEEP_CHANNELS_OPEN: ' ',
        RETENTION_DAYS: '  ',
        LOG_LEVEL: '',
      }),
    );
    expect(config).toEqual(loadConfig(env()));
  });

  it('trims every value as pasted: spaces and a trailing newline are not part of a setting', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: ` ${BOT_TOKEN}\n`,
      SLACK_SIGNING_SECRET: `${SIGNING_SECRET}  `,
      PORT: ' 8080 ',
      DATABASE_URL: ' postgres://db/coach\n',
      DATA_DIR: ' /srv/coach ',
      DEFAULT_TIMEZONE: ' Europe/Paris',
    });
    expect(config).toMatchObject({
      slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET },
      port: 8080,
      databaseUrl: 'postgres://db/coach',
      dataDir: '/srv/coach',
      defaultTimezone: 'Europe/Paris',
    });
  });
});

describe('loadConfig: each bad value gives one readable line naming the variable', () => {
  it.each<[string, Record<string, string | undefined>, string]>([
    ['missing SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: undefined }, 'SLACK_BOT_TOKEN'],
    ['blank SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: '  ' }, 'SLACK_BOT_TOKEN'],
    ['user token as SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-1234-secretuservalue' }, 'SLACK_BOT_TOKEN'],
    ['app token as SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: APP_TOKEN, SLACK_APP_TOKEN: APP_TOKEN }, 'SLACK_BOT_TOKEN'],
    ['bot token as SLACK_APP_TOKEN', { SLACK_APP_TOKEN: BOT_TOKEN }, 'SLACK_APP_TOKEN'],
    ['signing secret with a space', { SLACK_SIGNING_SECRET: 'abc def ghi' }, 'SLACK_SIGNING_SECRET'],
    ['PORT abc', { PORT: 'abc' }, 'PORT'],
    ['PORT 70000', { PORT: '70000' }, 'PORT'],
    ['PORT 3.5', { PORT: '3.5' }, 'PORT'],
    ['PORT -1', { PORT: '-1' }, 'PORT'],
    ['SLACK_API_URL ftp://x', { SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    ['SLACK_API_URL not a url', { SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
    ['DATABASE_URL mysql', { DATABASE_URL: 'mysql://root@localhost/coach' }, 'DATABASE_URL'],
    ['DATABASE_URL path', { DATABASE_URL: './data/coach.db' }, 'DATABASE_URL'],
    ['ADMIN_USER_IDS bob', { ADMIN_USER_IDS: 'bob' }, 'ADMIN_USER_IDS'],
    ['ADMIN_USER_IDS with one bad id', { ADMIN_USER_IDS: 'U1ABC, @ana' }, 'ADMIN_USER_IDS'],
    ['ADMIN_USER_IDS lowercase', { ADMIN_USER_IDS: 'u1abc' }, 'ADMIN_USER_IDS'],
    ['DEFAULT_TIMEZONE Mars/Base', { DEFAULT_TIMEZONE: 'Mars/Base' }, 'DEFAULT_TIMEZONE'],
    ['DEFAULT_TIMEZONE Paris (no region)', { DEFAULT_TIMEZONE: 'Paris' }, 'DEFAULT_TIMEZONE'],
    ['KEEP_CHANNELS_OPEN yes', { KEEP_CHANNELS_OPEN: 'yes' }, 'KEEP_CHANNELS_OPEN'],
    ['KEEP_CHANNELS_OPEN 1', { KEEP_CHANNELS_OPEN: '1' }, 'KEEP_CHANNELS_OPEN'],
    ['RETENTION_DAYS 0', { RETENTION_DAYS: '0' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS -30', { RETENTION_DAYS: '-30' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS 1.5', { RETENTION_DAYS: '1.5' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS thirty', { RETENTION_DAYS: 'thirty' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS 1e3', { RETENTION_DAYS: '1e3' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS 90d', { RETENTION_DAYS: '90d' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS past a century', { RETENTION_DAYS: '36501' }, 'RETENTION_DAYS'],
    ['RETENTION_DAYS huge', { RETENTION_DAYS: '99999999999' }, 'RETENTION_DAYS'],
    ['SHUTDOWN_GRACE_MS ten seconds', { SHUTDOWN_GRACE_MS: '10s' }, 'SHUTDOWN_GRACE_MS'],
    ['SHUTDOWN_GRACE_MS negative', { SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS'],
    ['SHUTDOWN_GRACE_MS fractional', { SHUTDOWN_GRACE_MS: '1.5' }, 'SHUTDOWN_GRACE_MS'],
    ['SHUTDOWN_GRACE_MS an hour', { SHUTDOWN_GRACE_MS: '3600000' }, 'SHUTDOWN_GRACE_MS'],
    ['LOG_LEVEL verbose', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    ['SLACK_BOT_TOKEN in quotes', { SLACK_BOT_TOKEN: `"${BOT_TOKEN}"` }, 'SLACK_BOT_TOKEN'],
  ])('%s', (_label, overrides, variable) => {
    const problems = problemsOf(env(overrides));
    expect(problems).toHaveLength(1);
    const [line] = problems as [string];
    expect(line.startsWith(variable)).toBe(true);
    expect(line).not.toContain('\n');
    // Readable: no zod jargon and no secret echoed back.
    expect(line).not.toMatch(/expected|received|invalid_type|NaN|undefined/i);
    for (const secret of ['secretbotvalue', 'secretuservalue', 'secretappvalue']) expect(line).not.toContain(secret);
  });

  it.each([
    ['unset', { SLACK_SIGNING_SECRET: undefined }],
    ['blank', { SLACK_SIGNING_SECRET: '   ' }],
    ['blank, with a blank app token', { SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: ' ' }],
  ])('signing secret %s in HTTP mode', (_label, overrides) => {
    expect(problemsOf(env(overrides))).toEqual(['SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)']);
  });

  it.each([
    ['a user token as SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-1234-secretuservalue' }, /user token \(xoxp-…\); use the Bot User OAuth Token/],
    ['the app token as SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: APP_TOKEN }, /app-level token \(xapp-…\): that one goes in SLACK_APP_TOKEN/],
    ['the bot token as SLACK_APP_TOKEN', { SLACK_APP_TOKEN: BOT_TOKEN }, /holds the bot token \(xoxb-…\): that one goes in SLACK_BOT_TOKEN/],
    ['a token in quotes', { SLACK_BOT_TOKEN: `'${BOT_TOKEN}'` }, /wrapped in quotes; remove them/],
    ['a token cut by a space', { SLACK_BOT_TOKEN: 'xoxb-1234 5678' }, /contains a space/],
  ])('names the real problem: %s', (_label, overrides, words) => {
    expect(problemsOf(env(overrides))).toEqual([expect.stringMatching(words)]);
  });

  it('names the bad admin ids', () => {
    expect(problemsOf(env({ ADMIN_USER_IDS: 'U1ABC, bob,W2DEF' }))[0]).toContain('bob');
  });
});

describe('loadConfig: several problems at once', () => {
  it('reports one line per problem in ConfigError.problems and in the message', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'abc', DEFAULT_TIMEZONE: 'Mars/Base', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const { problems, message } = thrown as ConfigError;
    expect(problems).toHaveLength(5);
    for (const variable of ['SLACK_BOT_TOKEN', 'PORT', 'DATABASE_URL', 'DEFAULT_TIMEZONE']) {
      expect(problems.filter((line) => line.startsWith(variable))).toHaveLength(1);
    }
    expect(problems).toContain('SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)');
    expect(message.split('\n')).toEqual(problems);
  });

  it('reports an empty environment as the two missing Slack secrets', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN /);
    expect(problems[1]).toBe('SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)');
  });
});

describe('loadConfig: NOTES_ENCRYPTION_KEY', () => {
  const KEY = Buffer.alloc(32, 7).toString('base64');
  const OLD = Buffer.alloc(32, 9).toString('base64');

  it('is unset by default: notes are stored plain', () => {
    expect(loadConfig(env()).notesKeys).toBeUndefined();
  });

  it('reads the key and any previous keys as 32-byte buffers', () => {
    const config = loadConfig(env({ NOTES_ENCRYPTION_KEY: ` ${KEY} `, NOTES_ENCRYPTION_PREVIOUS_KEYS: `${OLD}, ${KEY}` }));
    expect(config.notesKeys?.current).toEqual(Buffer.alloc(32, 7));
    expect(config.notesKeys?.previous).toEqual([Buffer.alloc(32, 9), Buffer.alloc(32, 7)]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['not base64', { NOTES_ENCRYPTION_KEY: 'not a key!' }, 'NOTES_ENCRYPTION_KEY must be base64 (generate one with: openssl rand -base64 32)'],
    ['base64 without its padding', { NOTES_ENCRYPTION_KEY: KEY.slice(0, -1) }, 'NOTES_ENCRYPTION_KEY must be base64 (generate one with: openssl rand -base64 32)'],
    ['16 bytes', { NOTES_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }, 'NOTES_ENCRYPTION_KEY must be 32 bytes once decoded, not 16 (generate one with: openssl rand -base64 32)'],
    ['64 bytes', { NOTES_ENCRYPTION_KEY: Buffer.alloc(64).toString('base64') }, 'NOTES_ENCRYPTION_KEY must be 32 bytes once decoded, not 64 (generate one with: openssl rand -base64 32)'],
    ['a bad previous key', { NOTES_ENCRYPTION_KEY: KEY, NOTES_ENCRYPTION_PREVIOUS_KEYS: `${OLD},abc` }, 'NOTES_ENCRYPTION_PREVIOUS_KEYS (key 2) must be base64 (generate one with: openssl rand -base64 32)'],
    ['previous keys without a key', { NOTES_ENCRYPTION_PREVIOUS_KEYS: OLD }, 'NOTES_ENCRYPTION_PREVIOUS_KEYS needs NOTES_ENCRYPTION_KEY: the key new notes are encrypted with'],
  ])('refuses %s with one line naming the variable', (_name, overrides, line) => {
    expect(problemsOf(env(overrides))).toEqual([line]);
  });

  it('never prints the key itself in a problem', () => {
    const secret = Buffer.alloc(31, 5).toString('base64');
    expect(problemsOf(env({ NOTES_ENCRYPTION_KEY: secret })).join('\n')).not.toContain(secret);
  });
});

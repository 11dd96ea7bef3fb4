import { IANAZone } from 'luxon';
import { z } from 'zod';

export interface Config {
  slack: {
    botToken: string;
    /** Set: Socket Mode. Unset: HTTP on `port`, verified with `signingSecret`. */
    appToken: string | undefined;
    signingSecret: string | undefined;
    apiUrl: string;
  };
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Empty: workspace admins and owners are the programme admins. */
  adminUserIds: string[];
  defaultTimezone: string;
  /** KEEP_CHANNELS_OPEN: a closed pair's channel stays open instead of being archived (unset: false). */
  keepChannelsOpen?: boolean;
  /** PULSE_CHECKS: the private fit check, session ratings, halfway check-in and mentor tips (unset: true). */
  pulseChecks?: boolean;
  /** SHUTDOWN_GRACE_MS: how long a stop waits for in-flight work (unset: 10,000). */
  shutdownGraceMs?: number;
  /** RETENTION_DAYS: a closed pair is erased that many days after it closed; undefined: kept. */
  retentionDays?: number;
  /** NOTES_ENCRYPTION_KEY (seals new notes) and NOTES_ENCRYPTION_PREVIOUS_KEYS (still open old ones); unset: notes stored plain. */
  notesKeys?: NotesKeys;
  /** LOG_LEVEL: error, warn, info (default) or debug. */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
  /** DEFAULT_HORIZON_MONTHS: a pair without an end date hears "evaluate is coming" that many months after opening (unset: 6). */
  defaultHorizonMonths?: number;
  /** ADMIN_USERGROUP: the handle of a Slack user group whose members are programme admins too (usergroups:read). */
  adminUserGroup?: string;
}

export interface NotesKeys {
  current: Buffer;
  previous: Buffer[];
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** What a wrong token is, when its shape says so: the usual mix-ups get their own words. */
function tokenProblem(name: string, want: 'xoxb' | 'xapp', value: string): string | undefined {
  if (/^["'].*["']$/.test(value)) return `${name} is wrapped in quotes; remove them`;
  if (/\s/.test(value)) return `${name} contains a space; copy the token again, in one piece`;
  if (value === `${want}-`) return `${name} holds only the prefix ${want}-: paste the whole token`;
  if (value.startsWith(`${want}-`)) return undefined;
  if (want === 'xoxb' && value.startsWith('xapp-')) return 'SLACK_BOT_TOKEN holds an app-level token (xapp-…): that one goes in SLACK_APP_TOKEN; the bot token starts with xoxb-';
  if (want === 'xapp' && value.startsWith('xoxb-')) return 'SLACK_APP_TOKEN holds the bot token (xoxb-…): that one goes in SLACK_BOT_TOKEN; the app-level token starts with xapp-';
  if (value.startsWith('xoxp-')) return `${name} holds a user token (xoxp-…); use the ${want === 'xoxb' ? 'Bot User OAuth Token (xoxb-…) from OAuth & Permissions' : 'app-level token (xapp-…) from Basic Information'}`;
  return want === 'xoxb' ? 'SLACK_BOT_TOKEN must be a bot token starting with xoxb-' : 'SLACK_APP_TOKEN must be an app-level token starting with xapp-';
}

const token = (name: string, want: 'xoxb' | 'xapp') =>
  z.string().superRefine((value, ctx) => {
    const problem = tokenProblem(name, want, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

/** A century: beyond it a date would overflow long before anyone needs it. */
const MAX_RETENTION_DAYS = 36_500;
const RETENTION_DAYS_PROBLEM = `RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS} (unset: closed pairs are kept)`;
const HORIZON_PROBLEM = 'DEFAULT_HORIZON_MONTHS must be a whole number of months from 1 to 36 (unset: 6)';
const KEY_HINT = 'generate one with: openssl rand -base64 32';
const base64 = /^[a-z0-9+/]+={0,2}$/i;

/** Why a NOTES_ENCRYPTION_* value is not a usable key, or undefined when it is one. */
function keyProblem(name: string, value: string): string | undefined {
  if (!base64.test(value) || value.length % 4 !== 0) return `${name} must be base64 (${KEY_HINT})`;
  const bytes = Buffer.from(value, 'base64').length;
  if (bytes !== 32) return `${name} must be 32 bytes once decoded, not ${bytes} (${KEY_HINT})`;
  return undefined;
}

const encryptionKey = (name: string) =>
  optional(
    z
      .string()
      .transform((value) => value.trim())
      .superRefine((value, ctx) => {
        const problem = keyProblem(name, value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  );

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: z.preprocess(
      blankToUndefined,
      z.string({ error: 'SLACK_BOT_TOKEN is required (the bot token, xoxb-…)' }).pipe(token('SLACK_BOT_TOKEN', 'xoxb')),
    ),
    SLACK_APP_TOKEN: optional(token('SLACK_APP_TOKEN', 'xapp')),
    SLACK_SIGNING_SECRET: optional(
      z.string().regex(/^\S{8,}$/, 'SLACK_SIGNING_SECRET must be the signing secret from the app settings (no spaces)'),
    ),
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'PORT must be a whole number between 0 and 65535' })
        .int('PORT must be a whole number between 0 and 65535')
        .min(0, 'PORT must be a whole number between 0 and 65535')
        .max(65535, 'PORT must be a whole number between 0 and 65535')
        .default(3000),
    ),
    SLACK_API_URL: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'SLACK_API_URL must be an http(s) URL, e.g. https://slack.com/api/' })
        .default('https://slack.com/api/'),
    ),
    DATABASE_URL: optional(
      z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
    ),
    DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
    ADMIN_USER_IDS: optional(
      z.string().superRefine((value, ctx) => {
        const bad = splitIds(value).filter((id) => !slackUserId.test(id));
        if (bad.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `ADMIN_USER_IDS must be Slack user ids separated by commas (e.g. U012AB3CD); not valid: ${bad.join(', ')}`,
          });
        }
      }),
    ),
    DEFAULT_TIMEZONE: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((zone) => IANAZone.isValidZone(zone), 'DEFAULT_TIMEZONE must be an IANA time zone such as Europe/Paris')
        .default('UTC'),
    ),
    KEEP_CHANNELS_OPEN: z.preprocess(
      (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim().toLowerCase()) : value),
      z.enum(['true', 'false'], { error: 'KEEP_CHANNELS_OPEN must be true or false' }).default('false'),
    ),
    PULSE_CHECKS: z.preprocess(
      (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim().toLowerCase()) : value),
      z.enum(['true', 'false'], { error: 'PULSE_CHECKS must be true or false' }).default('true'),
    ),
    SHUTDOWN_GRACE_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds between 0 and 600000' })
        .int('SHUTDOWN_GRACE_MS must be a whole number of milliseconds between 0 and 600000')
        .min(0, 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds between 0 and 600000')
        .max(600_000, 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds between 0 and 600000')
        .default(DEFAULT_SHUTDOWN_GRACE_MS),
    ),
    RETENTION_DAYS: optional(
      z
        .string()
        .trim()
        .regex(/^\d{1,5}$/, RETENTION_DAYS_PROBLEM)
        .transform(Number)
        .refine((days) => days >= 1 && days <= MAX_RETENTION_DAYS, RETENTION_DAYS_PROBLEM),
    ),
    DEFAULT_HORIZON_MONTHS: optional(
      z
        .string()
        .trim()
        .regex(/^\d{1,2}$/, HORIZON_PROBLEM)
        .transform(Number)
        .refine((months) => months >= 1 && months <= 36, HORIZON_PROBLEM),
    ),
    NOTES_ENCRYPTION_KEY: encryptionKey('NOTES_ENCRYPTION_KEY'),
    NOTES_ENCRYPTION_PREVIOUS_KEYS: optional(
      z.string().superRefine((value, ctx) => {
        for (const [index, key] of splitIds(value).entries()) {
          const problem = keyProblem(`NOTES_ENCRYPTION_PREVIOUS_KEYS (key ${index + 1})`, key);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }
      }),
    ),
    LOG_LEVEL: z.preprocess(
      (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim().toLowerCase()) : value),
      z.enum(['error', 'warn', 'info', 'debug'], { error: 'LOG_LEVEL must be error, warn, info or debug' }).default('info'),
    ),
    ADMIN_USERGROUP: optional(
      z.string().regex(/^@?[a-z0-9][\w.-]{0,79}$/iu, 'ADMIN_USERGROUP must be a Slack user group handle such as programme-team (no spaces)'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NOTES_ENCRYPTION_PREVIOUS_KEYS !== undefined && env.NOTES_ENCRYPTION_KEY === undefined) {
      ctx.addIssue({ code: 'custom', message: 'NOTES_ENCRYPTION_PREVIOUS_KEYS needs NOTES_ENCRYPTION_KEY: the key new notes are encrypted with' });
    }
  });

/** Values as people paste them: surrounding spaces and a stray newline are not part of a setting. */
function trimmed(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]));
}

function splitIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Parses the environment once; every problem becomes one readable line of the thrown ConfigError. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  /** `npm run tick` sends but never receives: it needs no signing secret. */
  options: { receivesRequests?: boolean } = {},
): Config {
  env = trimmed(env);
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  // Checked apart from the schema so that it is reported together with any other problem.
  const receives = options.receivesRequests ?? true;
  if (receives && blankToUndefined(env.SLACK_APP_TOKEN) === undefined && blankToUndefined(env.SLACK_SIGNING_SECRET) === undefined) {
    problems.push('SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set)');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
    },
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    adminUserIds: [...new Set(splitIds(e.ADMIN_USER_IDS))],
    defaultTimezone: e.DEFAULT_TIMEZONE,
    keepChannelsOpen: e.KEEP_CHANNELS_OPEN === 'true',
    pulseChecks: e.PULSE_CHECKS === 'true',
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    ...(e.RETENTION_DAYS === undefined ? {} : { retentionDays: e.RETENTION_DAYS }),
    notesKeys: notesKeysOf(e.NOTES_ENCRYPTION_KEY, e.NOTES_ENCRYPTION_PREVIOUS_KEYS),
    logLevel: e.LOG_LEVEL,
    ...(e.DEFAULT_HORIZON_MONTHS === undefined ? {} : { defaultHorizonMonths: e.DEFAULT_HORIZON_MONTHS }),
    ...(e.ADMIN_USERGROUP === undefined ? {} : { adminUserGroup: e.ADMIN_USERGROUP.replace(/^@/u, '').toLowerCase() }),
  };
}

function notesKeysOf(current: string | undefined, previous: string | undefined): NotesKeys | undefined {
  if (current === undefined) return undefined;
  return { current: Buffer.from(current, 'base64'), previous: splitIds(previous).map((key) => Buffer.from(key, 'base64')) };
}

/**
 * The keys `npm run rotate-key` works with: it seals with NEW_NOTES_ENCRYPTION_KEY when set, else with
 * NOTES_ENCRYPTION_KEY, and opens with any of NOTES_ENCRYPTION_KEY, NOTES_ENCRYPTION_PREVIOUS_KEYS and the new key.
 */
export function loadRotationKeys(env: NodeJS.ProcessEnv = process.env): { target: Buffer; readable: Buffer[] } {
  const parsed = z
    .object({
      NOTES_ENCRYPTION_KEY: envSchema.shape.NOTES_ENCRYPTION_KEY,
      NOTES_ENCRYPTION_PREVIOUS_KEYS: envSchema.shape.NOTES_ENCRYPTION_PREVIOUS_KEYS,
      NEW_NOTES_ENCRYPTION_KEY: encryptionKey('NEW_NOTES_ENCRYPTION_KEY'),
    })
    .safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  const e = parsed.data;
  const old = notesKeysOf(e.NOTES_ENCRYPTION_KEY, e.NOTES_ENCRYPTION_PREVIOUS_KEYS);
  const target = e.NEW_NOTES_ENCRYPTION_KEY ?? e.NOTES_ENCRYPTION_KEY;
  if (target === undefined) throw new ConfigError(['NOTES_ENCRYPTION_KEY (or NEW_NOTES_ENCRYPTION_KEY) is required: the key to encrypt the notes with']);
  return { target: Buffer.from(target, 'base64'), readable: old ? [old.current, ...old.previous] : [] };
}

/** Only the database settings, for commands that need no Slack credentials (migrate, a dry-run tick). */
export function loadDatabaseTarget(env: NodeJS.ProcessEnv = process.env): { url: string } | { dataDir: string } {
  const parsed = z
    .object({ DATABASE_URL: envSchema.shape.DATABASE_URL, DATA_DIR: envSchema.shape.DATA_DIR })
    .safeParse(trimmed(env));
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data.DATABASE_URL ? { url: parsed.data.DATABASE_URL } : { dataDir: parsed.data.DATA_DIR };
}

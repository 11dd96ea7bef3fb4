import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger, redactingLogger } from '../../src/logger.js';
import { boltLogger } from '../../src/slack/platform/bolt-logger.js';

function capture() {
  const lines: Array<{ message: string; details?: Record<string, unknown> }> = [];
  return { lines, log: (message: string, details?: Record<string, unknown>) => lines.push({ message, details }) };
}

describe('redactingLogger', () => {
  const secret = 'f00dfeedcafebabe0123456789abcdef';

  it.each([
    { case: 'a configured secret in the message', message: `bad signature with ${secret}`, details: undefined },
    { case: 'a bot token in the message', message: 'call with xoxb-1234-5678-abcdefABCDEF failed', details: undefined },
    { case: 'an app token deep in the details', message: 'failed', details: { error: { cause: ['xapp-1-A0-123-abc'] } } },
    { case: 'a secret inside an Error', message: 'failed', details: { error: new Error(`token=${secret}`) } },
    { case: 'a user token', message: 'xoxp-99-88-77-aa', details: { n: 1 } },
  ])('blanks $case', ({ message, details }) => {
    const { lines, log } = capture();
    redactingLogger(log, [secret, undefined, ''])(message, details);
    const written = JSON.stringify(lines);
    expect(written).not.toContain(secret);
    expect(written).not.toMatch(/xox[a-z]-|xapp-/);
    expect(written).toContain('[redacted]');
  });

  it('leaves everything else as it was', () => {
    const { lines, log } = capture();
    redactingLogger(log, ['short'])('job failed', { jobId: 12, error: 'channel_not_found', willRetry: false });
    // Secrets shorter than 8 characters would blank ordinary words: they are not searched for.
    expect(lines).toEqual([{ message: 'job failed', details: { jobId: 12, error: 'channel_not_found', willRetry: false } }]);
  });
});

describe('boltLogger', () => {
  it('writes Bolt lines at or above its level through our log, errors by name and message only', () => {
    const { lines, log } = capture();
    const logger = boltLogger(log, LogLevel.WARN);
    logger.info('ignored');
    logger.warn('Failed to verify authenticity');
    logger.error('Slack API error:', Object.assign(new Error('An API error occurred: invalid_auth'), { data: { token: 'xoxb-1' } }));
    expect(lines).toEqual([
      { message: 'Failed to verify authenticity', details: { source: 'bolt', level: 'warn' } },
      { message: 'Slack API error: Error: An API error occurred: invalid_auth', details: { source: 'bolt', level: 'error' } },
    ]);
  });

  it('never writes debug lines, where request bodies are dumped, even at the debug level', () => {
    const { lines, log } = capture();
    const logger = boltLogger(log, LogLevel.INFO);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('http request body: {"text":"what someone wrote"}');
    expect(lines).toEqual([]);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });
});

describe('createLogger (pino)', () => {
  function sink(level?: 'error' | 'warn' | 'info' | 'debug') {
    const lines: Array<Record<string, unknown>> = [];
    const log = createLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
    return { lines, log };
  }

  it('writes one JSON object per line: level, time, message and the details', () => {
    const { lines, log } = sink();
    log('job failed', { jobId: 12, error: 'channel_not_found' });
    log('mentor coach started', { mode: 'socket mode' });
    expect(lines).toEqual([
      { level: 'error', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), message: 'job failed', jobId: 12, error: 'channel_not_found' },
      { level: 'info', at: expect.any(String), message: 'mentor coach started', mode: 'socket mode' },
    ]);
  });

  it.each([
    ['error', ['e']],
    ['warn', ['e', 'w']],
    ['info', ['e', 'w', 'i']],
    ['debug', ['e', 'w', 'i', 'd']],
  ] as const)('LOG_LEVEL %s keeps lines at or above it', (level, kept) => {
    const { lines, log } = sink(level);
    log('e', { level: 'error' });
    log('w', { level: 'warn' });
    log('i');
    log('d', { level: 'debug' });
    expect(lines.map((line) => line.message)).toEqual(kept);
  });

  it('blanks secret fields by name, errors down to name and message, and token shapes in the message', () => {
    const { lines, log } = sink();
    const error = Object.assign(new Error('An API error occurred: xoxb-1-2-leak'), { code: 'slack_webapi_platform_error' });
    log('call with xoxb-9-9-leak', { token: 'xoxb-leak', note: 'my private note', payload: { text: 'what someone wrote', user: 'U1' }, error });
    const [line] = lines;
    expect(line).toMatchObject({
      message: 'call with [redacted]',
      token: '[redacted]',
      note: '[redacted]',
      payload: { text: '[redacted]', user: 'U1' },
      error: 'Error (slack_webapi_platform_error): An API error occurred: [redacted]',
    });
    expect(JSON.stringify(lines)).not.toMatch(/leak|private note|someone wrote|at .*\.ts/);
  });

  it('writes nothing when quiet', () => {
    expect(createLogger({ quiet: true })('anything')).toBeUndefined();
  });
});

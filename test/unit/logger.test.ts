import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { redactingLogger } from '../../src/logger.js';
import { boltLogger } from '../../src/slack/bolt-logger.js';

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

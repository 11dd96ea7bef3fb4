import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable, withinDeadline } from '../../src/storage/db/database-errors.js';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable: "try again in a minute" or a real failure', () => {
  it.each<[string, unknown, boolean]>([
    ['our own deadline', new DatabaseUnavailableError(), true],
    ['connection refused', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), true],
    ['connection reset', coded('ECONNRESET'), true],
    ['host unreachable', coded('EHOSTUNREACH'), true],
    ['name not resolved', coded('ENOTFOUND'), true],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['connection cut mid-query', new Error('Connection terminated unexpectedly'), true],
    ['connect timeout in the driver', new Error('Connection terminated due to connection timeout'), true],
    ['query read timeout', new Error('Query read timeout'), true],
    ['server shutting down (57P01)', coded('57P01', 'terminating connection due to administrator command'), true],
    ['server not accepting connections (57P03)', coded('57P03'), true],
    ['too many connections (53300)', coded('53300'), true],
    ['connection exception class 08', coded('08006'), true],
    ['wrapped as a cause', new Error('could not save', { cause: coded('ECONNREFUSED') }), true],
    ['one of several (AggregateError)', new AggregateError([new Error('x'), coded('ECONNREFUSED')]), true],
    ['a unique violation', coded('23505', 'duplicate key value violates unique constraint'), false],
    ['a check violation', coded('23514'), false],
    ['a syntax error', coded('42601'), false],
    ['a Slack error', Object.assign(new Error('chat.postMessage failed: is_archived'), { code: 'slack_webapi_platform_error' }), false],
    ['an unrelated error', new TypeError('x is undefined'), false],
    ['not an error', 'ECONNREFUSED', false],
    ['nothing', undefined, false],
  ])('%s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it('does not loop on a cause that points back at itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('withinDeadline', () => {
  it('gives the answer when it comes in time', async () => {
    await expect(withinDeadline(Promise.resolve(7), 1_000)).resolves.toBe(7);
  });

  it('passes the work’s own failure through', async () => {
    await expect(withinDeadline(Promise.reject(new Error('boom')), 1_000)).rejects.toThrow('boom');
  });

  it('fails with DatabaseUnavailableError when no answer comes in time', async () => {
    const never = new Promise<number>(() => undefined);
    await expect(withinDeadline(never, 5)).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});

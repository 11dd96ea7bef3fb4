import { CoachError, type ErrorCode, type ErrorParams } from '../../src/domain/errors.js';

/** What a domain rule did: its value, or the CoachError it threw (any other error is rethrown). */
export type Outcome<T> = { value: T } | { error: ErrorCode; params: ErrorParams };

export function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof CoachError) return { error: error.code, params: error.params };
    throw error;
  }
}

/** Shorthand for a table row expecting a CoachError with no params. */
export function failsWith(code: ErrorCode, params: ErrorParams = {}): Outcome<never> {
  return { error: code, params };
}

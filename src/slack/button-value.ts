import { CoachError } from '../domain/errors.js';

/** Button values are ids we put there, but a payload can be forged: anything else is a stale button. */
export function idFromButton(value: string | undefined): number {
  if (!/^\d{1,9}$/.test(value ?? '')) throw new CoachError('stale_action');
  return Number(value);
}

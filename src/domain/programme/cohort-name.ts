import { CoachError } from '../errors.js';

/** The longest cohort name: a season and a year, a team and a city, with room to spare. */
export const MAX_COHORT_NAME = 80;

export interface CohortName {
  /** As shown: trimmed, runs of spaces made one. */
  name: string;
  /** What two spellings of one cohort share: lower case of `name`. */
  key: string;
}

/**
 * A cohort's name as an admin typed it: `"Spring 2027"` or `Spring 2027` (quotes optional), at most
 * MAX_COHORT_NAME characters, no Slack markup (`<`, `>`), no line breaks. Undefined for nothing typed.
 */
export function readCohortName(raw: string | undefined): CohortName | undefined {
  if (raw === undefined) return undefined;
  let text = raw.trim();
  if (/[\r\n]/u.test(text)) throw new CoachError('cohort_invalid', { max: MAX_COHORT_NAME });
  // Quotes around the whole name are dropped (the spaces inside them are trimmed below).
  if (/^["“«]/u.test(text) && /["”»]$/u.test(text) && text.length >= 2) text = text.slice(1, -1);
  const name = text.split(/\s+/u).filter((word) => word !== '').join(' ');
  if (name === '') return undefined;
  if ([...name].length > MAX_COHORT_NAME || /[<>"“”«»\p{Cc}]/u.test(name)) {
    throw new CoachError('cohort_invalid', { max: MAX_COHORT_NAME });
  }
  return { name, key: cohortKey(name) };
}

export function cohortKey(name: string): string {
  return name.split(/\s+/u).filter((word) => word !== '').join(' ').toLowerCase();
}

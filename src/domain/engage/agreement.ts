import { DateTime } from 'luxon';

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const MEETING_MINUTES = [30, 45, 60] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The rhythm the scheduler plans with; every two weeks until the pair agrees otherwise. */
export const FREQUENCY_DAYS: Record<Frequency, number> = { weekly: 7, biweekly: 14, monthly: 30 };
export const DEFAULT_FREQUENCY: Frequency = 'biweekly';
export const DEFAULT_MINUTES = 60;
export const DEFAULT_LENGTH_MONTHS = 6;
export const MAX_AGREEMENT_TEXT = 2000;

export interface Agreement {
  priorities: string;
  focusAreas: string;
  successMeasures: string;
  frequency: Frequency;
  meetingMinutes: number;
  /** yyyy-mm-dd */
  startsOn: string;
  endsOn: string;
  preferredDay: Weekday | null;
  /** HH:MM in the author's zone */
  preferredTime: string | null;
}

/** A pair's agreement as stored: the terms, when they were first agreed, the last edit and the pinned post. */
export interface StoredAgreement extends Agreement {
  pairId: number;
  agreedAt: Date;
  updatedBy: string;
  updatedAt: Date;
  /** The pinned post's ts; null until it is posted. */
  messageTs: string | null;
}

export type AgreementField = keyof Agreement;
export type AgreementFieldError = 'required' | 'tooLong' | 'invalidChoice' | 'dateInvalid' | 'startInPast' | 'endBeforeStart' | 'endInPast';

export type AgreementInput = { [K in AgreementField]: string | null | undefined };

export type AgreementCheck = { ok: true; agreement: Agreement } | { ok: false; errors: Partial<Record<AgreementField, AgreementFieldError>> };

/** Start today, end six months later: what the form proposes before anything is agreed. */
export function defaultDates(today: string): { startsOn: string; endsOn: string } {
  const start = DateTime.fromISO(today, { zone: 'utc' });
  return { startsOn: today, endsOn: start.plus({ months: DEFAULT_LENGTH_MONTHS }).toISODate() ?? today };
}

/**
 * Checks the agreement form field by field. `today` is the author's date; a start date already
 * agreed may stay in the past when the agreement is edited later, a new one may not.
 */
export function validateAgreement(input: AgreementInput, today: string, agreedStart: string | null = null): AgreementCheck {
  const errors: Partial<Record<AgreementField, AgreementFieldError>> = {};
  const text = (field: 'priorities' | 'focusAreas' | 'successMeasures') => {
    const value = (input[field] ?? '').trim();
    if (value === '') errors[field] = 'required';
    else if ([...value].length > MAX_AGREEMENT_TEXT) errors[field] = 'tooLong';
    return value;
  };
  const choice = <T extends string>(field: AgreementField, allowed: readonly T[], fallback: T | null): T | null => {
    const value = input[field]?.trim() || null;
    if (value === null) return fallback;
    if (!(allowed as readonly string[]).includes(value)) errors[field] = 'invalidChoice';
    return value as T;
  };
  const date = (field: 'startsOn' | 'endsOn') => {
    const value = input[field]?.trim() ?? '';
    if (value === '') errors[field] = 'required';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) errors[field] = 'dateInvalid';
    return value;
  };

  const priorities = text('priorities');
  const focusAreas = text('focusAreas');
  const successMeasures = text('successMeasures');
  const frequency = choice('frequency', FREQUENCIES, DEFAULT_FREQUENCY) ?? DEFAULT_FREQUENCY;
  const minutes = choice('meetingMinutes', MEETING_MINUTES.map(String), String(DEFAULT_MINUTES));
  const startsOn = date('startsOn');
  const endsOn = date('endsOn');
  const preferredDay = choice('preferredDay', WEEKDAYS, null);
  const preferredTime = input.preferredTime?.trim() || null;
  if (preferredTime !== null && !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(preferredTime)) errors.preferredTime = 'invalidChoice';

  if (!errors.startsOn && startsOn < today && startsOn !== agreedStart) errors.startsOn = 'startInPast';
  if (!errors.endsOn && endsOn < today) errors.endsOn = 'endInPast';
  if (!errors.startsOn && !errors.endsOn && endsOn <= startsOn) errors.endsOn = 'endBeforeStart';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    agreement: {
      priorities,
      focusAreas,
      successMeasures,
      frequency,
      meetingMinutes: Number(minutes),
      startsOn,
      endsOn,
      preferredDay,
      preferredTime,
    },
  };
}

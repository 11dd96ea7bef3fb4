/**
 * Every failure a user can cause carries one of these codes. The Slack edge turns a code into
 * words from the content catalog (see src/slack/error-reply.ts); nothing below the edge writes prose.
 */
export const ERROR_CODES = [
  'not_admin',
  'mention_missing',
  'mention_malformed',
  'same_person',
  'bot_user',
  'user_not_found',
  'pair_exists',
  'not_pair_channel',
  'not_member',
  'pair_closed',
  'unknown_command',
  'unknown_stage',
  'already_in_stage',
  'use_wrap_up',
  'log_empty',
  'log_too_long',
  'log_too_many_items',
  'date_invalid',
  'date_in_past',
  'channel_failed',
  'stale_action',
  'already_paused',
  'not_paused',
  'page_invalid',
  'owner_not_member',
  'action_item_unknown',
  'log_not_author',
  'log_edit_expired',
  'erase_target_invalid',
  'pair_unknown',
  'pair_not_closed',
  'pair_erased',
  'not_wrapping_up',
  'wrap_up_not_ready',
  'already_decided',
  'command_too_long',
  // Running a programme (issue 17).
  'cohort_invalid',
  'cohort_unknown',
  'pair_list_empty',
  'pair_list_too_long',
  'pair_list_header_unreadable',
  // "Pair many" from an uploaded file.
  'pair_file_too_large',
  'pair_file_not_csv',
  'pair_file_not_text',
  'pair_file_unreadable',
  'pair_file_no_scope',
  // "Message the pair": an admin's note, not a meeting log.
  'contact_empty',
  'contact_too_long',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export class CoachError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'CoachError';
    this.code = code;
    this.params = params;
  }
}

export function isCoachError(error: unknown): error is CoachError {
  return error instanceof CoachError;
}

/**
 * The database could not be reached or stopped answering: people are told to try again in a minute
 * rather than that something is broken. Storage raises it (src/storage/db/database-errors.ts turns
 * the drivers' failures into it); the edge only asks `isDatabaseUnavailable`.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'the database did not answer in time', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** True when `error`, or what it wraps (a cause, an aggregate's errors), is a DatabaseUnavailableError. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const failure = error as { cause?: unknown; errors?: unknown };
  if (Array.isArray(failure.errors) && failure.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(failure.cause, depth + 1);
}

import { z } from 'zod';
import { ERROR_CODES } from '../../domain/errors.js';
import { text, type Placeholders } from '../text.js';

/** One sentence per error code, saying what went wrong and what to do instead. */
export const errorsSchema = z.record(z.enum(ERROR_CODES), text());

export type ErrorsTexts = z.infer<typeof errorsSchema>;

/** The placeholders callers pass, by key path. */
export const ERRORS_PLACEHOLDERS: Placeholders = {
  'errors.already_in_stage': ['stage'],
  'errors.log_too_long': ['max'],
  'errors.command_too_long': ['max'],
  'errors.cohort_invalid': ['max'],
  'errors.cohort_unknown': ['cohort'],
  'errors.pair_list_too_long': ['max'],
  'errors.pair_file_too_large': ['max'],
  'errors.contact_too_long': ['max'],
  'errors.log_too_many_items': ['max', 'count'],
  'errors.bot_user': ['user'],
  'errors.user_not_found': ['user'],
  'errors.page_invalid': ['page'],
  'errors.owner_not_member': ['user'],
  'errors.action_item_unknown': ['number'],
};

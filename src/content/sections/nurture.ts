import { z } from 'zod';
import { text, list, type Placeholders } from '../text.js';

export const nurtureSchema = z.strictObject({
  title: text(150),
  intro: text(),
  activitiesTitle: text(150),
  /** Growth activities: career plan, CV and transferable skills, company research, mock interview and pitch. */
  activities: list(4),
  expectationsTitle: text(150),
  expectations: text(),
  logHint: text(),
});

export type NurtureTexts = z.infer<typeof nurtureSchema>;

/** The placeholders callers pass, by key path. */
export const NURTURE_PLACEHOLDERS: Placeholders = {};

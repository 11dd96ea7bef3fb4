import { z } from 'zod';
import { text, type Placeholders } from '../text.js';

/** The commands listed by /mentor help, in the order shown. */
export const HELP_COMMANDS = [
  'help',
  'pair',
  'status',
  'goal',
  'inventory',
  'stageNext',
  'stageName',
  'log',
  'logForm',
  'wrapUp',
  'wrapUpReflect',
  'wrapUpConfirm',
  'pause',
  'resume',
  'jobs',
  'agreement',
  'history',
  'export',
  'agenda',
  'done',
  'erase',
] as const;
export type HelpCommand = (typeof HELP_COMMANDS)[number];

export const helpSchema = z.strictObject({
  title: text(150),
  intro: text(),
  /** One line each, describing the command shown beside it in `usage`. */
  commands: z.record(z.enum(HELP_COMMANDS), text()),
  footer: text(),
});

export type HelpTexts = z.infer<typeof helpSchema>;

/** The placeholders callers pass, by key path. */
export const HELP_PLACEHOLDERS: Placeholders = {};

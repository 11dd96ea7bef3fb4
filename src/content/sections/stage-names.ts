import { z } from 'zod';
import { STAGES } from '../../domain/stages.js';
import { text, type Placeholders } from '../text.js';

/** Human names of the stages, e.g. engage = "Start the conversation". */
export const stageNamesSchema = z.record(z.enum(STAGES), text(60));

export type StageNamesTexts = z.infer<typeof stageNamesSchema>;

/** The placeholders callers pass, by key path. */
export const STAGE_NAMES_PLACEHOLDERS: Placeholders = {};

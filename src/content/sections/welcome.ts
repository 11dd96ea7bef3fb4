import { z } from 'zod';
import { OPEN_STAGES } from '../../domain/stages.js';
import { text, type Placeholders } from '../text.js';

export const welcomeSchema = z.strictObject({
  title: text(150),
  /** {mentor} {mentee} are mentions. */
  body: text(),
  stagesTitle: text(150),
  /** One line per stage explaining what happens in it; the stage's name is printed before it. */
  stages: z.record(z.enum(OPEN_STAGES), text()),
  commandsHint: text(),
});

export type WelcomeTexts = z.infer<typeof welcomeSchema>;

/** The placeholders callers pass, by key path. */
export const WELCOME_PLACEHOLDERS: Placeholders = {
  'welcome.body': ['mentor', 'mentee'],
};

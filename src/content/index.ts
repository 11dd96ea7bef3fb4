/*
 * Adding a section of texts (the layout is described in catalog.ts):
 * 1. `sections/<name>.ts`: `<name>Schema` (zod; its type is `z.infer`), `<NAME>_PLACEHOLDERS`, doc comments.
 * 2. `locales/en/<name>.ts` and `locales/fr/<name>.ts`: the texts, typed by the section's type.
 * 3. One line each in catalog.ts (`catalogSchema` and `CALLER_PLACEHOLDERS`), en.ts and fr.ts.
 * Build every schema with the validators of text.ts (`text`, `list`, `exactly`, `texts`): never a local copy.
 */
import type { Locale } from '../domain/locale.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type { Catalog, HelpCommand } from './catalog.js';
export { HELP_COMMANDS } from './catalog.js';
export { fill, placeholders } from './fill.js';
export { checkCatalogs } from './schema.js';

/** Every language the bot speaks. Nothing is checked at import time: boot calls `checkCatalogs(catalogs)`. */
export const catalogs: Record<Locale, Catalog> = { en, fr };

/** The catalog for a locale, falling back to English should an unknown value slip through at runtime. */
export function catalogFor(locale: Locale): Catalog {
  return (catalogs[locale] as Catalog | undefined) ?? catalogs.en;
}

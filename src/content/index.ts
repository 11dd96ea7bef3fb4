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
import { fill } from './fill.js';
import { fr } from './fr.js';

export type { Catalog, HelpCommand } from './catalog.js';
export { HELP_COMMANDS } from './catalog.js';
export { fill, placeholders } from './fill.js';
export { checkCatalogs } from './schema.js';

/** Every language the bot speaks. Nothing is checked at import time: boot calls `checkCatalogs(catalogs)`. */
export const catalogs: Record<Locale, Catalog> = { en, fr };

/**
 * `*Label:* value` in the catalog's language (French: `*Label :* value` with a no-break space), so no
 * caller writes a colon of its own. `plain` drops the bold (notification text). An empty value leaves
 * the label and its colon alone.
 */
export function labelled(catalog: Catalog, label: string, value: string | number, plain = false): string {
  return fill(plain ? catalog.generic.plainField : catalog.generic.field, { label, value }).trimEnd();
}

/** The catalog for a locale, falling back to English should an unknown value slip through at runtime. */
export function catalogFor(locale: Locale): Catalog {
  return (catalogs[locale] as Catalog | undefined) ?? catalogs.en;
}

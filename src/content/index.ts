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

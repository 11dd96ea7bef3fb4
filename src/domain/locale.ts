export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Slack gives locales such as "fr-FR" or "en-US"; anything we do not speak falls back to English. */
export function localeFromSlack(slackLocale: string | undefined | null): Locale {
  const language = (slackLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'fr' ? 'fr' : 'en';
}

/** A channel is read by both members: use their language when they share it, else English. */
export function sharedLocale(a: Locale, b: Locale): Locale {
  return a === b ? a : 'en';
}

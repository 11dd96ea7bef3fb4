import { describe, expect, it } from 'vitest';
import { type Locale, localeFromSlack, sharedLocale } from '../../src/domain/locale.js';

describe('localeFromSlack', () => {
  it.each<[string | undefined | null, Locale]>([
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['fr', 'fr'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['es-ES', 'en'],
    ['fra', 'en'],
    ['frisian', 'en'],
    [undefined, 'en'],
    [null, 'en'],
    ['', 'en'],
  ])('%j -> %s', (slackLocale, expected) => {
    expect(localeFromSlack(slackLocale)).toBe(expected);
  });
});

describe('sharedLocale', () => {
  it.each<[Locale, Locale, Locale]>([
    ['en', 'en', 'en'],
    ['fr', 'fr', 'fr'],
    ['en', 'fr', 'en'],
    ['fr', 'en', 'en'],
  ])('%s + %s -> %s', (a, b, expected) => {
    expect(sharedLocale(a, b)).toBe(expected);
  });
});

import { describe, it, expect } from 'vitest';
import { catalogFor, catalogs, checkCatalogs, fill, placeholders, type Catalog } from '../../src/content/index.js';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { ERROR_CODES } from '../../src/domain/errors.js';

/** Walks an object independently of the code under test: leaf path -> value. */
function walk(value: unknown, path = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => walk(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => walk(item, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

function paths(catalog: Catalog): string[] {
  return walk(catalog)
    .map(([path]) => path)
    .sort();
}

type Loose = Record<string, unknown>;

/** A deep copy of French with one change made at a dotted path (`undefined` deletes the key). */
function brokenFr(path: string, value: unknown): Catalog {
  const copy = structuredClone(fr) as unknown as Loose;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = copy;
  for (const key of keys) node = node[key] as Loose;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as Catalog;
}

function problemsOf(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected checkCatalogs to throw');
}

describe('content catalogs', () => {
  it('pass checkCatalogs as shipped', () => {
    expect(() => checkCatalogs(catalogs)).not.toThrow();
  });

  it('are registered under their own locale', () => {
    expect(catalogFor('en')).toBe(en);
    expect(catalogFor('fr')).toBe(fr);
    expect(en.locale).toBe('en');
    expect(fr.locale).toBe('fr');
  });

  it('have exactly the same key paths in every language', () => {
    expect(paths(fr)).toEqual(paths(en));
  });

  it('use the same placeholders for every text in every language', () => {
    const french = new Map(walk(fr));
    for (const [path, value] of walk(en)) {
      expect(typeof value, path).toBe('string');
      expect(placeholders(french.get(path) as string), path).toEqual(placeholders(value as string));
    }
  });

  it('have no empty or untrimmed text', () => {
    for (const catalog of [en, fr]) {
      for (const [path, value] of walk(catalog)) {
        expect((value as string).trim(), `${catalog.locale}: ${path}`).toBe(value);
        expect((value as string).length, `${catalog.locale}: ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it('have one sentence for every error code', () => {
    for (const catalog of [en, fr]) expect(Object.keys(catalog.errors).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('keep the lists the bot relies on', () => {
    for (const catalog of [en, fr]) {
      expect(catalog.engage.agreement).toHaveLength(5);
      expect(catalog.engage.topics).toHaveLength(5);
      expect(catalog.engage.icebreakers.length).toBeGreaterThanOrEqual(10);
      expect(new Set(catalog.engage.icebreakers).size).toBe(catalog.engage.icebreakers.length);
      expect(catalog.prepare.examples.map((example) => example.plan.length)).toEqual([5, 4]);
    }
  });

  it('keep every one of the five working-agreement items in English', () => {
    const expected = [/duration|frequen/i, /ground rules/i, /confidential/i, /mentor/i, /communicat/i];
    en.engage.agreement.forEach((item, index) => expect(item).toMatch(expected[index] as RegExp));
  });
});

describe('wording rules (issue 16 point 8)', () => {
  const texts = (catalog: Catalog) => walk(catalog).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

  it('put a no-break space before « : ; ? ! » and after « n° » in French', () => {
    const bad = texts(fr).filter(([, value]) => / [:;?!](?=\s|$|[»*_`'])/u.test(value) || /n° /u.test(value));
    expect(bad).toEqual([]);
  });

  it('speak as "we" in English, never "I"', () => {
    // The member's own words (a button "Write my reflection", an icebreaker, a sample goal) may say "I".
    const ours = texts(en).filter(([path]) => !/^(prepare\.examples|engage\.icebreakers|evaluateWrapUp\.|prepareChecklist\.inventoryButton|selfInventory\.)/u.test(path));
    expect(ours.filter(([, value]) => /\bI\b/u.test(value))).toEqual([]);
  });

  // The member's own words (answers, form labels they fill in as themselves, sample goals) may say "I".
  const MEMBER_WORDS = /^(prepare\.examples|engage\.icebreakers|evaluateWrapUp\.|prepareChecklist\.inventoryButton|selfInventory\.|export\.privateNote|pulse\.fitCheck\.answers)/u;

  // A quoted example of what a member writes (“mentee: rewrite my CV…”) is theirs too.
  const unquoted = (value: string) => value.replace(/“[^”]*”|«[^»]*»/gu, '');

  it('never say "me" or "my" in English outside the member’s own words ("Slack asked us to slow down")', () => {
    const ours = texts(en).filter(([path]) => !MEMBER_WORDS.test(path));
    expect(ours.filter(([, value]) => /\b(?:me|my)\b/iu.test(unquoted(value)))).toEqual([]);
    expect(en.resilience.slackBusy).toContain('asked us');
  });

  it('speak as « nous » (or neutrally) in French, never « je », even in a placeholder', () => {
    const ours = texts(fr).filter(([path]) => !MEMBER_WORDS.test(path));
    expect(ours.filter(([, value]) => /(?<!\p{L})(?:je\s|j['’])/iu.test(unquoted(value)))).toEqual([]);
    expect(fr.firstWeeks.successPlaceholder).not.toMatch(/j['’]ai/u);
  });

  it('never promise an agenda "the day before": a meeting set less than a day ahead gets it sooner', () => {
    const promises = [
      ...texts(en).filter(([, value]) => /agenda/iu.test(value) && /the day before/iu.test(value)),
      ...texts(fr).filter(([, value]) => /ordre du jour/iu.test(value) && /la veille/iu.test(value)),
    ];
    expect(promises).toEqual([]);
    for (const c of [en, fr]) expect(c.firstWeeks.meetingSaved).toMatch(/less than a day|moins d’un jour/u);
  });

  it('leave "(optional)" to Slack, and use one inclusive-writing rule in French (no ·e)', () => {
    expect(texts(en).filter(([, value]) => value.includes('(optional)'))).toEqual([]);
    expect(texts(fr).filter(([, value]) => value.includes('(facultatif)') || value.includes('·e'))).toEqual([]);
  });

  it('show French command words to a French reader', () => {
    const french = texts(fr).map(([, value]) => value).join('\n');
    expect(french).not.toMatch(/`next:`|`done: \d|`by \w/u);
    expect(french).toContain('pour vendredi');
  });
});

describe('checkCatalogs on a broken catalog', () => {
  it('names a missing key', () => {
    const message = problemsOf(() => checkCatalogs({ en, fr: brokenFr('help.footer', undefined) }));
    expect(message).toMatch(/^fr: help\.footer .*missing/m);
  });

  it('names a missing error code', () => {
    const message = problemsOf(() => checkCatalogs({ en, fr: brokenFr('errors.not_admin', undefined) }));
    expect(message).toContain('fr: errors.not_admin');
  });

  it('names an extra placeholder', () => {
    const broken = brokenFr('errors.not_admin', 'Réservé aux responsables, {x}.');
    const message = problemsOf(() => checkCatalogs({ en, fr: broken }));
    expect(message).toContain('fr: errors.not_admin uses {x} but en uses no placeholder');
  });

  it('names a placeholder that differs from English', () => {
    const broken = brokenFr('stage.changed', '{user} : de *{from}* à *{cible}*.');
    const message = problemsOf(() => checkCatalogs({ en, fr: broken }));
    expect(message).toContain('fr: stage.changed uses {cible} {from} {user} but en uses {from} {to} {user}');
  });

  it('names an empty string', () => {
    const message = problemsOf(() => checkCatalogs({ en, fr: brokenFr('generic.failed', '') }));
    expect(message).toMatch(/^fr: generic\.failed must not be empty$/m);
  });

  it('names untrimmed text', () => {
    const message = problemsOf(() => checkCatalogs({ en, fr: brokenFr('generic.failed', ' Oups.') }));
    expect(message).toMatch(/^fr: generic\.failed must not start or end with whitespace$/m);
  });

  it('names a working agreement of the wrong length', () => {
    const broken = brokenFr('engage.agreement', fr.engage.agreement.slice(0, 4));
    const message = problemsOf(() => checkCatalogs({ en, fr: broken }));
    expect(message).toMatch(/^fr: engage\.agreement must hold exactly 5 items$/m);
    expect(message).toContain('fr: engage.agreement[4] is missing (en has it)');
  });

  it('names a key that English does not have', () => {
    const broken = brokenFr('generic.extra', 'En trop.');
    const message = problemsOf(() => checkCatalogs({ en, fr: broken }));
    expect(message).toContain('fr: generic.extra is not in en');
  });

  it('rejects a placeholder no caller passes, even in English', () => {
    const broken = structuredClone(en);
    broken.status.never = 'Not since {when}';
    const message = problemsOf(() => checkCatalogs({ en: broken, fr }));
    expect(message).toContain('en: status.never uses {when}, which callers do not pass');
  });

  it('lists every problem, one per line', () => {
    const broken = brokenFr('generic.failed', '');
    delete (broken.help as Partial<Catalog['help']>).footer;
    const lines = problemsOf(() => checkCatalogs({ en, fr: broken })).split('\n');
    expect(lines.some((line) => line.startsWith('fr: generic.failed'))).toBe(true);
    expect(lines.some((line) => line.startsWith('fr: help.footer'))).toBe(true);
  });
});

describe('fill', () => {
  it('replaces the placeholders it is given', () => {
    expect(fill(en.stage.changed, { user: '<@U1>', from: 'Prepare', to: 'Start the conversation' })).toBe(
      '<@U1> moved this pair from *Prepare* to *Start the conversation*.',
    );
    expect(fill('{count} more, {count} again', { count: 3 })).toBe('3 more, 3 again');
  });

  it('leaves unknown placeholders visible', () => {
    expect(fill('Hi {mentor} and {mentee}', { mentor: 'Ana' })).toBe('Hi Ana and {mentee}');
    expect(fill(en.log.saved)).toBe(en.log.saved);
  });
});

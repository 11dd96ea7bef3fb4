import { LOCALES, type Locale } from '../domain/locale.js';
import { CALLER_PLACEHOLDERS, type Catalog, catalogSchema } from './catalog.js';
import { placeholders } from './fill.js';

/**
 * Checks every catalog at boot: the schema, that each language has exactly the key paths of
 * English (arrays included, item by item), and that each text uses the same placeholders as its
 * English counterpart and only those its callers pass. Throws one Error listing every problem,
 * one per line.
 */
export function checkCatalogs(catalogs: Record<Locale, Catalog>): void {
  const problems: string[] = [];
  const reference = catalogs.en as Catalog | undefined;
  const referenceLeaves = reference === undefined ? undefined : leaves(reference);

  for (const locale of LOCALES) {
    const catalog = catalogs[locale] as Catalog | undefined;
    if (catalog === undefined) {
      problems.push(`${locale}: the catalog is missing`);
      continue;
    }

    const parsed = catalogSchema.safeParse(catalog);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${locale}: ${formatPath(issue.path)} ${issue.message}`);
      }
    }
    if (catalog.locale !== locale) {
      problems.push(`${locale}: locale is "${String(catalog.locale)}" but the catalog is registered as ${locale}`);
    }

    const own = leaves(catalog);
    for (const [path, value] of own) {
      if (typeof value === 'string') problems.push(...checkCallerPlaceholders(locale, path, value));
    }

    if (locale === 'en' || referenceLeaves === undefined) continue;
    for (const [path, enValue] of referenceLeaves) {
      if (!own.has(path)) {
        problems.push(`${locale}: ${path} is missing (en has it)`);
        continue;
      }
      const value = own.get(path);
      if (typeof value !== 'string' || typeof enValue !== 'string') continue;
      const mine = placeholders(value);
      const theirs = placeholders(enValue);
      if (mine.join() !== theirs.join()) {
        problems.push(`${locale}: ${path} uses ${describe(mine)} but en uses ${describe(theirs)}`);
      }
    }
    for (const path of own.keys()) {
      if (!referenceLeaves.has(path)) problems.push(`${locale}: ${path} is not in en`);
    }
  }

  if (problems.length > 0) {
    throw new Error(`Content catalogs are invalid:\n${[...new Set(problems)].join('\n')}`);
  }
}

function checkCallerPlaceholders(locale: string, path: string, value: string): string[] {
  const allowed = CALLER_PLACEHOLDERS[path] ?? [];
  const used = placeholders(value);
  const problems: string[] = [];
  const unknown = used.filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    problems.push(
      `${locale}: ${path} uses ${describe(unknown)}, which callers do not pass (allowed: ${describe([...allowed].sort())})`,
    );
  }
  if (!path.startsWith('errors.')) {
    const missing = allowed.filter((name) => !used.includes(name));
    if (missing.length > 0) problems.push(`${locale}: ${path} must use ${describe([...missing].sort())}`);
  }
  return problems;
}

/** Every leaf value of a catalog by path, e.g. `errors.not_admin`, `engage.agreement[2]`. */
function leaves(value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) leaves(item, path === '' ? key : `${path}.${key}`, into);
  } else {
    into.set(path, value);
  }
  return into;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(catalog)' : out;
}

function describe(names: readonly string[]): string {
  return names.length === 0 ? 'no placeholder' : names.map((name) => `{${name}}`).join(' ');
}

/**
 * A migrated embedded database, kept as a tarball (PGlite's dumpDataDir) and loaded with loadDataDir:
 * a first start or a new test database copies it instead of running initdb and every migration, which
 * is most of an embedded first start (seconds, and the memory peak). The migrator still runs after a
 * load, so a template older than migrations/ only costs the newer files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS_DIR, migrate } from './migrator.js';
import { embeddedDatabaseExists, openDatabase } from './database.js';

/** The project folder, from src/storage/db or dist/storage/db alike. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `npm run build` leaves the app's template (shipped in dist/, so in the container image). */
export const APP_TEMPLATE_DIR = path.join(ROOT, 'dist');
/** Where the test run keeps the one it builds (shared by every test file of the run, and the next run). */
export const CACHE_TEMPLATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'mentor-coach');

function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The template's file name: PGlite's version (its data format) and a digest of the migrations it
 * holds, so that a changed migration or engine never loads a template made for another.
 */
export function templateFileName(migrationsDir = MIGRATIONS_DIR): string {
  const digest = createHash('sha256');
  for (const name of readdirSync(migrationsDir).filter((file) => file.endsWith('.sql')).sort()) {
    digest.update(name).update('\0').update(readFileSync(path.join(migrationsDir, name))).update('\0');
  }
  return `embedded-template-pglite-${pgliteVersion()}-${digest.digest('hex').slice(0, 12)}.tar.gz`;
}

/** Builds the template in `dir` (in memory, migrated, dumped); written whole or not at all. */
export async function makeTemplate(dir: string): Promise<string> {
  const file = path.join(dir, templateFileName());
  const handle = await openDatabase({ memory: true });
  try {
    await migrate(handle);
    const dump = await handle.dumpDataDir?.();
    if (!dump) throw new Error('the embedded database cannot be dumped');
    await mkdir(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return file;
  } finally {
    await handle.close();
  }
}

/** The template in `dir` matching today's migrations and engine, if one was built. */
export async function readTemplate(dir: string): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(path.join(dir, templateFileName()))]);
  } catch {
    return undefined;
  }
}

/** Reads the template in `dir`, building it first when missing (tests: once per run, then shared). */
export async function ensureTemplate(dir: string): Promise<Blob> {
  const ready = await readTemplate(dir);
  if (ready) return ready;
  await makeTemplate(dir);
  const made = await readTemplate(dir);
  if (!made) throw new Error(`the embedded template in ${dir} could not be read back`);
  return made;
}

/** The template to start a new embedded database in `dataDir` from; none when one is already there. */
export async function templateFor(dataDir: string): Promise<Blob | undefined> {
  if (embeddedDatabaseExists(dataDir)) return undefined;
  for (const dir of [APP_TEMPLATE_DIR, CACHE_TEMPLATE_DIR]) {
    const template = await readTemplate(dir);
    if (template) return template;
  }
  return undefined;
}

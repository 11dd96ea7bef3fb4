/**
 * No Docker engine runs here, so the container files are checked as text: every path the Dockerfile
 * copies from the build context exists and is not excluded by .dockerignore, every npm script it or
 * compose.yaml calls is defined, and the stages, user, health checks and Node version are as README says.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string }; devDependencies: Record<string, string> };
const nodeMajor = read('.nvmrc').trim();

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Dockerfile instructions, continuation lines joined, comments dropped, each tagged with its stage. */
function dockerfile(text: string): Instruction[] {
  const joined = text.replace(/\\\n/g, ' ');
  const out: Instruction[] = [];
  let stage = -1;
  for (const line of joined.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage += 1;
    out.push({ keyword: keyword.toUpperCase(), args, stage });
  }
  return out;
}

/** The npm scripts a shell command or exec-form array calls (`npm run x`, `npm start`, `npm test`). */
function npmScripts(command: string): string[] {
  const found: string[] = [];
  for (const match of command.matchAll(/\bnpm(?:"\s*,\s*"|\s+)(run(?:"\s*,\s*"|\s+)([\w:-]+)|start|test)\b/g)) found.push(match[2] ?? (match[1] as string));
  return found;
}

/** Whether .dockerignore leaves this path out of the build context (its simple patterns, in order). */
function ignored(file: string, patterns: string[]): boolean {
  let out = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = negate ? raw.slice(1) : raw;
    const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
    if (regex.test(file)) out = !negate;
  }
  return out;
}

const instructions = dockerfile(read('Dockerfile'));
const ignore = read('.dockerignore').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
const compose = parse(read('compose.yaml')) as {
  services: Record<string, { image?: string; build?: unknown; env_file?: unknown; healthcheck?: { test: string[] | string }; depends_on?: Record<string, { condition: string }>; command?: unknown; environment?: Record<string, string> }>;
};

describe('Dockerfile', () => {
  const stages = instructions.filter((i) => i.keyword === 'FROM');
  const last = stages.length - 1;

  it('has a build stage and a runtime stage, both on the Node of .nvmrc pinned to a minor version', () => {
    expect(stages.map((s) => s.args)).toEqual([`node:${nodeMajor}.22-bookworm-slim AS build`, `node:${nodeMajor}.22-bookworm-slim AS runtime`]);
    for (const from of stages) expect(from.args).toMatch(new RegExp(`^node:${nodeMajor}\\.\\d+-`));
  });

  it('copies only paths that exist and that .dockerignore lets through', () => {
    const copies = instructions.filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='));
    expect(copies.length).toBeGreaterThan(4);
    for (const copy of copies) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const source of sources) {
        expect(existsSync(path.join(ROOT, source)), `COPY ${source}`).toBe(true);
        expect(ignored(source, ignore), `${source} is excluded by .dockerignore`).toBe(false);
      }
    }
  });

  it('calls only npm scripts that package.json defines, and builds in the build stage', () => {
    const called = instructions.filter((i) => i.keyword === 'RUN' || i.keyword === 'CMD').flatMap((i) => npmScripts(i.args));
    expect(called).toContain('build');
    for (const script of called) expect(Object.keys(pkg.scripts), script).toContain(script);
    expect(instructions.find((i) => i.args.includes('npm run build'))?.stage).toBe(0);
  });

  it('runs the compiled app as a non-root user, with production dependencies, dist/ and migrations/ only', () => {
    const runtime = instructions.filter((i) => i.stage === last);
    expect(runtime.filter((i) => i.keyword === 'USER').map((i) => i.args)).toEqual(['node']);
    expect(runtime.find((i) => i.keyword === 'RUN' && i.args.includes('npm ci'))?.args).toContain('--omit=dev');
    expect(runtime.filter((i) => i.keyword === 'COPY').map((i) => i.args)).toEqual([
      'package.json package-lock.json ./',
      'scripts ./scripts',
      'migrations ./migrations',
      '--from=build /app/dist ./dist',
    ]);
    const cmd = JSON.parse(runtime.find((i) => i.keyword === 'CMD')?.args ?? '[]') as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('dist/main.js');
    // dist/main.js is what tsconfig.build.json makes of src/main.ts.
    const build = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    expect(existsSync(path.join(ROOT, 'src/main.ts'))).toBe(true);
  });

  it('checks its health with node itself (no curl in the slim image)', () => {
    const health = instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(health).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/healthz/);
    expect(health).not.toMatch(/curl|wget/);
  });
});

describe('.dockerignore', () => {
  it.each(['node_modules', 'data', '.env', 'dist', 'test-results', '.git'])('keeps %s out of the build context', (entry) => {
    expect(ignored(entry, ignore)).toBe(true);
  });

  it('lets the example settings through', () => {
    expect(ignored('.env.example', ignore)).toBe(false);
  });
});

describe('compose.yaml', () => {
  const { db, app } = compose.services;

  it('runs PostgreSQL 17 and the app built from this folder, the app waiting for a healthy database', () => {
    expect(db?.image).toMatch(/^postgres:17(\b|-)/);
    expect(app?.build).toBe('.');
    expect(app?.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(app?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\/mentor_coach$/);
  });

  it('gives both services a health check; the app reads its settings from .env', () => {
    expect(JSON.stringify(db?.healthcheck?.test)).toContain('pg_isready');
    expect(JSON.stringify(app?.healthcheck?.test)).toContain('/healthz');
    expect(app?.env_file).toEqual([{ path: '.env', required: true }]);
  });

  it('calls only npm scripts that package.json defines', () => {
    const called = Object.values(compose.services).flatMap((service) => npmScripts(JSON.stringify(service)));
    for (const script of called) expect(Object.keys(pkg.scripts), script).toContain(script);
  });
});

describe('Node version', () => {
  it('is the same LTS in .nvmrc, engines, @types/node and the image', () => {
    expect(pkg.engines.node).toBe(`>=${nodeMajor}`);
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${nodeMajor}\\.`));
    expect(read('Dockerfile')).not.toMatch(new RegExp(`node:(?!${nodeMajor}\\.)\\d+`));
  });
});

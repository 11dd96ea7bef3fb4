/* global process */
// `npm start`'s prestart: compiles src/ to dist/ only when dist/ is missing or older than a source,
// so that `npm install && npm start` works on a fresh clone and a restart costs no compile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((name) => path.join(root, name));

function newest(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((latest, name) => Math.max(latest, newest(path.join(file, name))), stat.mtimeMs);
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map(newest));
const always = process.argv.includes('--always');
if (!always && builtAt > 0 && (sourcesAt <= builtAt || !existsSync(path.join(root, 'src')))) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  if (existsSync(path.join(root, 'dist', 'main.js'))) process.exit(0);
  process.stderr.write('mentor coach could not start: dist/ is not built and TypeScript is not installed (run npm install, then npm run build)\n');
  process.exit(1);
}
if (!always) process.stderr.write(builtAt === 0 ? 'building dist/ (first start)…\n' : 'sources changed: rebuilding dist/…\n');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (result.status !== 0) {
  process.stderr.write('mentor coach could not start: the build failed (see above)\n');
  process.exit(1);
}
// The migrated embedded database that a first start copies instead of creating and migrating one.
const template = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'make-template.js')], { stdio: 'inherit', cwd: root });
if (template.status !== 0) {
  process.stderr.write('mentor coach could not start: building the embedded database template failed (see above)\n');
  process.exit(1);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);

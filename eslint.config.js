import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const SLACK = ['@slack/*'];
const SQL = ['kysely', 'kysely-*', 'pg', '@electric-sql/*'];
// The tools (stand-in, demo, bench, CLIs) use the product; the product never uses them.
const TOOLS = ['**/dev/**', '**/bench/**', '**/cli/**'];
// Services use repositories and the transaction helper, never the rows or the machinery under them.
const STORAGE_INTERNALS = ['**/storage/db/schema.js', '**/storage/sealing/**', '**/storage/db/migrator.js', '**/storage/db/database-errors.js', '**/storage/db/data-dir.js', '**/storage/db/embedded-template.js'];

function layerRules(forbidden) {
  return Object.entries(forbidden).map(([files, group]) => ({
    files: [files],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message: 'This layer may not import that one (DESIGN.md, Architecture).' }] }] },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // One nested quantifier froze the app for a minute on a 90-character line: every pattern the
  // product holds is judged for super-linear backtracking, and for super-linear moves (a pattern
  // tried again from each character of a long run, as an unanchored search does).
  { ...regexp.configs['flat/recommended'], files: ['src/**/*.ts'] },
  {
    files: ['src/**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  // Keep dependencies pointing inward (DESIGN.md, Architecture): each layer lists what it may not reach,
  // by package and by relative path alike, so a new file cannot quietly run an import back up.
  ...layerRules({
    'src/domain/**/*.ts': [...SLACK, ...SQL, ...TOOLS, '**/services/**', '**/storage/**', '**/slack/**', '**/scheduler/**', '**/content/**', '**/config.js', '**/logger.js'],
    'src/content/**/*.ts': [...SLACK, ...SQL, ...TOOLS, '**/services/**', '**/storage/**', '**/slack/**', '**/scheduler/**'],
    'src/services/**/*.ts': [...SLACK, ...SQL, ...TOOLS, '**/slack/**', '**/scheduler/**', ...STORAGE_INTERNALS],
    'src/storage/**/*.ts': [...SLACK, ...TOOLS, '**/services/**', '**/slack/**', '**/scheduler/**', '**/content/**'],
    'src/slack/**/*.ts': [...SQL, ...TOOLS, '**/storage/**', '**/scheduler/**'],
    'src/scheduler/**/*.ts': [...TOOLS, '**/slack/**', '**/storage/db/schema.js'],
    'src/*.ts': TOOLS,
  }),
);

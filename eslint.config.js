import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

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
  {
    // Keep dependencies pointing inward: the domain knows nothing of Slack or SQL.
    files: ['src/domain/**/*.ts', 'src/services/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@slack/*', 'kysely', 'pg', '@electric-sql/*'] }],
    },
  },
);

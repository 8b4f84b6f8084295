// ESLint for the TypeScript sources, tests and tools: typescript-eslint's recommended rules, with
// formatting left to Prettier (eslint-config-prettier turns off the rules that would fight it).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

module.exports = tseslint.config(
  { ignores: ['dist/', '.bench-build/', '.bench-profiles/', 'coverage/', 'node_modules/', 'test-output/', 'public/build/', '**/*.js', '!eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Prettier keeps code within 120 columns; a long string or URL it cannot break is allowed.
      'max-len': ['error', { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreComments: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and tools load optional modules lazily with require(); the product never does.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
  },
);

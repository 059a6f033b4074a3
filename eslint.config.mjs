// Lint for the extension, the CLI, tests, scripts and the panel's webview script:
// typescript-eslint's recommended rules, no warnings allowed (`npm run lint` runs with
// --max-warnings 0). Formatting is Prettier's job (`prettier --check` in the same script).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'media/codicons/', 'test/fixtures/', '.test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Terminal output is full of control characters; the scanner's patterns match them on purpose.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `import x = require('…')` is TypeScript's typed CommonJS import (mocha's entry points use it).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    // CommonJS entry points the bundler and the test hosts load with require().
    files: ['scripts/sdk-entry/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['media/**/*.js'], languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } } },
);

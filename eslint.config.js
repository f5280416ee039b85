// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-wrap/', '.scratch/', '.bench/', 'test-results/', 'data/', 'tests/fixtures/', 'docs/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is checked with the tsconfig that owns it (see tsconfig.json).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { who: _, ...rest } = c` drops a key; `_sender` names a parameter a callback must accept.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_$' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // Tests use `async` without `await` on purpose: fakes of promise-returning APIs (a throw becomes a rejection, as in the real API) and `act(async () => …)`, which then waits for effects.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (this file, scripts/zip.mjs) is in no tsconfig: Node globals, no type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);

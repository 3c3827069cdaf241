// Lint rules, including the layering that keeps the domain core portable:
// shared/ imports no Electron, Node, DOM or React; renderer/ imports nothing from main/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ is the portable domain core: no Node APIs.' },
            { group: ['electron', 'electron/*', 'electron-store'], message: 'shared/ must not touch Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@dnd-kit/*'], message: 'shared/ has no UI.' },
            { group: ['../main/*', '../renderer/*', '**/main/**', '**/renderer/**'], message: 'shared/ depends on nothing above it.' },
            { group: ['fs', 'path', 'os', 'crypto', 'ws', 'conf'], message: 'shared/ is the portable domain core: no Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '../main/*', '../../main/*'], message: 'The renderer talks to main only through the typed client API.' },
            { group: ['node:*', 'electron', 'fs', 'path', 'ws', 'conf', 'electron-store'], message: 'The renderer runs in a sandboxed page.' },
          ],
        },
      ],
    },
  },
);

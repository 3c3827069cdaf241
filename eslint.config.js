// Lint rules, including the layering that keeps the parts apart (docs/architecture.md):
// shared/ imports no Electron, Node, DOM or React and nothing above it; only main/electron/
// touches Electron; main/ and renderer/ never import each other; in the page, a feature
// imports no other feature and not the app shell, which composes them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The layers, by folder (`partialMatch: false`: the pattern is the folder's whole path from
 * the project root). The first that matches a file names its layer, so narrower folders
 * come first.
 */
const LAYERS = [
  { type: 'shared', pattern: 'shared', partialMatch: false },
  { type: 'main-electron', pattern: 'main/electron', partialMatch: false },
  { type: 'main', pattern: 'main', partialMatch: false },
  { type: 'renderer-api', pattern: 'renderer/api', partialMatch: false },
  { type: 'renderer-store', pattern: 'renderer/store', partialMatch: false },
  { type: 'renderer-ui', pattern: 'renderer/ui', partialMatch: false },
  { type: 'renderer-styles', pattern: 'renderer/styles', partialMatch: false },
  { type: 'feature-common', pattern: 'renderer/features/common', partialMatch: false },
  { type: 'feature', pattern: 'renderer/features/*', partialMatch: false, capture: ['feature'] },
  { type: 'renderer-app', pattern: 'renderer/app', partialMatch: false },
  { type: 'renderer-entry', pattern: 'renderer', partialMatch: false },
];

const layer = (type) => ({ element: { type } });
const mayImport = (from, ...to) => ({ from: layer(from), allow: { to: { element: { types: { anyOf: to } } } } });

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
    files: ['shared/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'This import crosses a layer boundary (see docs/architecture.md).',
          policies: [
            mayImport('shared', 'shared'),
            mayImport('main', 'shared', 'main'),
            mayImport('main-electron', 'shared', 'main', 'main-electron'),
            mayImport('renderer-api', 'shared', 'renderer-api'),
            mayImport('renderer-ui', 'shared', 'renderer-ui', 'renderer-styles'),
            mayImport('renderer-store', 'shared', 'renderer-api', 'renderer-ui', 'renderer-store'),
            mayImport('feature-common', 'shared', 'renderer-api', 'renderer-store', 'renderer-ui', 'feature-common'),
            mayImport('feature', 'shared', 'renderer-api', 'renderer-store', 'renderer-ui', 'renderer-styles', 'feature-common'),
            // Inside one feature, any file may use another.
            {
              from: layer('feature'),
              allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } } },
            },
            mayImport(
              'renderer-app',
              'shared',
              'renderer-api',
              'renderer-store',
              'renderer-ui',
              'renderer-styles',
              'feature',
              'feature-common',
              'renderer-app',
            ),
            mayImport('renderer-entry', 'renderer-api', 'renderer-app', 'renderer-styles', 'renderer-entry'),
            mayImport('renderer-styles', 'renderer-styles'),
          ],
        },
      ],
    },
  },
  {
    // Only main/electron/ may touch Electron: the rest of main/ runs and is tested under plain Node.
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'electron-store'], message: 'Only main/electron/ touches Electron; the rest of main/ runs under plain Node.' },
            { group: ['**/renderer/**', '../renderer/*'], message: 'main/ and renderer/ meet only through the wire contract in shared/.' },
          ],
        },
      ],
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

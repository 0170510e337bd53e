// Flat config. The boundary rules enforce the architecture: models/ is a pure core
// (no React, Electron, Node, DOM libraries), renderer/ reaches the domain only through models/index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const impureInModels = [
  'react',
  'react-dom',
  'electron',
  'zustand',
  'zundo',
  'recharts',
  '@xyflow/react',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
];

const pureModelPatterns = impureInModels.map((group) => ({
  group: [group],
  message: 'models/ is a pure core: no UI, Electron or Node imports.',
}));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-artifacts', 'coverage', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Plain Node scripts (start, web server, icon): Node's globals, no type information.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: pureModelPatterns }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // The file format stands below the engine: models/check composes the two (this block replaces
    // the rule above for these files, so it repeats the purity patterns).
    files: ['models/file/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureModelPatterns,
            {
              group: ['**/engine/*', '**/formula/*', '**/check/*', '**/uncertainty/*', '**/appraisal/*'],
              message: 'models/file must not import the engine, formulas or checks; models/check composes them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI and the file service are plain Node: the desktop shell builds on them, never the reverse.
    files: ['cli/**/*.ts', 'node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/renderer/**'],
              message: 'cli/ and node/ never import electron/ or the renderer: shared code lives in node/ or models/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/models/*', '!**/models/index', '!**/models/index.ts'],
              message: 'The renderer reaches the engine only through models/index.ts.',
            },
            {
              group: ['electron', 'node:*', 'fs', 'path', '**/electron/**', '**/node/**'],
              message: 'The renderer reaches the system only through the platform API.',
            },
          ],
        },
      ],
    },
  },
);

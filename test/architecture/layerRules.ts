/**
 * The layer rules in one table (docs/architecture.md). Each applies to the files of one folder and
 * names the imports those files must not have. ESLint enforces some of these as you type; this table
 * is checked over the whole tree by layers.test.ts, type-only and dynamic imports included.
 */
import type { LayerRule, Target } from './imports.ts';

/** Packages a pure core must not touch: UI, state stores, Electron and Node's built-ins. */
export const IMPURE_PACKAGES = [
  'react',
  'react-dom',
  'electron',
  'zustand',
  'zundo',
  'recharts',
  '@xyflow/react',
  'fs',
  'path',
  'os',
  'child_process',
] as const;

const inFolder =
  (folder: string) =>
  (path: string): boolean =>
    path === folder || path.startsWith(`${folder}/`);
const fileIn = (folder: string) => (t: Target) => t.kind === 'file' && inFolder(folder)(t.path);

export const LAYER_RULES: readonly LayerRule[] = [
  {
    id: 'models-pure',
    rule: 'models/ imports nothing impure (React, state stores, charts, Electron, node:*, fs, path, os, child_process)',
    appliesTo: inFolder('models'),
    forbids: (t) =>
      t.kind === 'package' && ((IMPURE_PACKAGES as readonly string[]).includes(t.name) || t.name.startsWith('node:')),
  },
  {
    id: 'models-self-contained',
    rule: 'models/ imports no file outside models/',
    appliesTo: inFolder('models'),
    forbids: (t) => t.kind === 'file' && !inFolder('models')(t.path),
  },
  {
    id: 'renderer-via-models-index',
    rule: 'renderer/ reaches models/ only through models/index.ts',
    appliesTo: inFolder('renderer'),
    forbids: (t) =>
      fileIn('models')(t) && !['models/index.ts', 'models/index', 'models'].includes((t as { path: string }).path),
  },
  {
    id: 'no-electron-outside-shell',
    rule: 'renderer/, cli/ and the Node file service (node/) never import electron/ (nor the electron package)',
    appliesTo: (path) => ['renderer', 'cli', 'node'].some((folder) => inFolder(folder)(path)),
    forbids: (t) => fileIn('electron')(t) || (t.kind === 'package' && t.name === 'electron'),
  },
  {
    id: 'file-before-engine',
    rule: 'models/file/ does not import models/engine/ or models/formula/ (checks that need the engine live in models/check/)',
    appliesTo: inFolder('models/file'),
    forbids: (t) => fileIn('models/engine')(t) || fileIn('models/formula')(t),
  },
];

/** The folders whose files the rules apply to. */
export const SCANNED_FOLDERS = ['models', 'renderer', 'cli', 'node'] as const;

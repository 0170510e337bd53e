/**
 * The layer rules (layerRules.ts) over every source file's imports. A new import that breaks a rule
 * fails here with the rule, the file and the import.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeViolation, findViolations, importsOf, listSourceFiles, resolveTarget } from './imports.ts';
import { LAYER_RULES, SCANNED_FOLDERS } from './layerRules.ts';

const root = resolve(import.meta.dirname, '../..');
const files = listSourceFiles(root, SCANNED_FOLDERS);
const found = findViolations(files, LAYER_RULES).map(describeViolation);

describe('layer rules over the source tree', () => {
  it('reads the imports of every source file in models/, renderer/ and cli/', () => {
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('models/')).length).toBeGreaterThan(50);
    expect(paths.filter((p) => p.startsWith('renderer/')).length).toBeGreaterThan(30);
    expect(paths.filter((p) => p.startsWith('cli/')).length).toBeGreaterThan(5);
    expect(paths).toContain('renderer/main.tsx');
    // The public barrel re-exports many modules: its imports must have been read.
    expect(files.find((f) => f.path === 'models/index.ts')?.imports.length).toBeGreaterThan(5);
  });

  it('no import breaks a layer rule', () => {
    expect(found).toEqual([]);
  });
});

describe('the import scanner', () => {
  it('finds static, type-only, side-effect, re-exported and dynamic imports', () => {
    const text = [
      "import React from 'react';",
      "import type { T } from '../types.ts';",
      "import './side-effect.css';",
      "export * from './engine/index.ts';",
      "export { x } from 'node:fs/promises';",
      "const lazy = () => import('../../electron/contract.ts');",
      '// import notThis from "commented-out";',
      'const s = \'import fake from "in-a-string"\';',
    ].join('\n');
    expect(importsOf(text)).toEqual([
      'react',
      '../types.ts',
      './side-effect.css',
      './engine/index.ts',
      'node:fs/promises',
      '../../electron/contract.ts',
    ]);
  });

  it('resolves relative paths against the importing file, and packages to their name', () => {
    expect(resolveTarget('cli/commands/set.ts', '../../electron/contract.ts')).toEqual({
      kind: 'file',
      path: 'electron/contract.ts',
    });
    expect(resolveTarget('models/file/load.ts', './../engine/x.ts')).toEqual({
      kind: 'file',
      path: 'models/engine/x.ts',
    });
    expect(resolveTarget('models/a.ts', 'node:fs/promises')).toEqual({ kind: 'package', name: 'node:fs' });
    expect(resolveTarget('renderer/a.ts', '@xyflow/react/dist/style.css')).toEqual({
      kind: 'package',
      name: '@xyflow/react',
    });
  });

  it('reports each rule broken by a synthetic tree, and nothing for the allowed imports', () => {
    const synthetic = [
      {
        path: 'models/engine/bad.ts',
        imports: ['react', 'node:fs', 'fs', '@xyflow/react/dist/x', '../../renderer/format.ts', 'mathjs', './vm.ts'],
      },
      { path: 'models/file/bad.ts', imports: ['../engine/index.ts', '../formula/parse.ts', './shape.ts', 'zod'] },
      { path: 'renderer/results/Bad.tsx', imports: ['../../models/engine/index.ts', '../../models/index.ts', 'react'] },
      { path: 'renderer/platform/bad.ts', imports: ['../../electron/contract.ts', 'electron'] },
      { path: 'cli/commands/bad.ts', imports: ['../../electron/services/atomicWrite.ts', '../../models/file/load.ts'] },
      { path: 'node/fileService.ts', imports: ['../electron/contract.ts', 'node:fs/promises'] },
      { path: 'electron/main/ok.ts', imports: ['electron', '../../models/engine/x.ts'] },
    ];
    expect(findViolations(synthetic, LAYER_RULES).map(describeViolation)).toEqual([
      'models-pure: models/engine/bad.ts imports react',
      'models-pure: models/engine/bad.ts imports node:fs',
      'models-pure: models/engine/bad.ts imports fs',
      'models-pure: models/engine/bad.ts imports @xyflow/react/dist/x',
      'models-self-contained: models/engine/bad.ts imports ../../renderer/format.ts',
      'file-before-engine: models/file/bad.ts imports ../engine/index.ts',
      'file-before-engine: models/file/bad.ts imports ../formula/parse.ts',
      'renderer-via-models-index: renderer/results/Bad.tsx imports ../../models/engine/index.ts',
      'no-electron-outside-shell: renderer/platform/bad.ts imports ../../electron/contract.ts',
      'no-electron-outside-shell: renderer/platform/bad.ts imports electron',
      'no-electron-outside-shell: cli/commands/bad.ts imports ../../electron/services/atomicWrite.ts',
      'no-electron-outside-shell: node/fileService.ts imports ../electron/contract.ts',
    ]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Projects: the pure core and the Node-side logic (CLI, file service, IPC validation) under Node;
// small React components under happy-dom; whole screens end-to-end in Debian's Chromium driven by
// playwright-core against the built browser version of the renderer.
//
// Speed: the node and dom projects share one module registry per worker (isolate: false), so
// mathjs, zod and the engine load once per worker instead of once per file; this took the node
// project from about 55 s to 15 s of CPU. Tests must therefore not rely on module state left by
// another file: spies, stubbed globals and environment variables are restored after each test
// (below), the DOM is cleaned up after each test (test/helpers/domSetup.ts), and a file that replaces
// a module (vi.mock) is found here and runs in a project of its own with a fresh registry.

const MODULE_MOCKS = /\bvi\.(mock|doMock)\(/;

function testFiles(dir: string): string[] {
  return readdirSync(join(import.meta.dirname, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Test files that replace modules: they get a module registry of their own. */
const mocking = testFiles('test').filter((f) => MODULE_MOCKS.test(readFileSync(join(import.meta.dirname, f), 'utf8')));

const restoreAfterEachTest = { restoreMocks: true, unstubGlobals: true, unstubEnvs: true } as const;

type ProjectTest = NonNullable<TestProjectInlineConfiguration['test']>;

const nodeTests: ProjectTest = {
  environment: 'node',
  include: ['test/**/*.test.ts'],
  exclude: ['test/e2e/**', 'test/renderer/**'],
  setupFiles: ['test/helpers/fastCheckSeed.ts'],
  testTimeout: 60_000,
};

const domTests: ProjectTest = {
  environment: 'happy-dom',
  include: ['test/renderer/**/*.test.{ts,tsx}'],
  setupFiles: ['test/helpers/fastCheckSeed.ts', 'test/helpers/domSetup.ts'],
};

/** The shared-registry project and, when some of its files mock modules, an isolated one for those. */
function split(name: string, tests: ProjectTest, owns: (file: string) => boolean): TestProjectInlineConfiguration[] {
  const isolated = mocking.filter(owns);
  const shared: TestProjectInlineConfiguration = {
    test: { ...tests, ...restoreAfterEachTest, name, isolate: false, exclude: [...(tests.exclude ?? []), ...isolated] },
  };
  if (isolated.length === 0) return [shared];
  return [shared, { test: { ...tests, ...restoreAfterEachTest, name: `${name}-isolated`, include: isolated } }];
}

const inRenderer = (f: string) => f.startsWith('test/renderer/');
const inE2e = (f: string) => f.startsWith('test/e2e/');

const e2e: TestProjectInlineConfiguration = {
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // One file at a time, in one registry: the time is the browser's, not re-importing the engine.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
};

// `npm run test:fault` (vitest --mode fault): the SIGKILL fault-injection test at full strength, 200
// kills; `npm test` runs the same file as a 10-kill smoke in the node project.
const fault: TestProjectInlineConfiguration = {
  test: {
    name: 'fault',
    environment: 'node',
    include: ['test/**/fault/*.test.ts'],
    env: { CAUSEWAY_FAULT_KILLS: '200' },
  },
};

// `npm run test:hostile` (vitest --mode hostile): the full-size hostile corpus through the bundled CLI,
// time and memory measured; `npm test` runs the same corpus at quick sizes in process.
const hostile: TestProjectInlineConfiguration = {
  test: {
    name: 'hostile',
    environment: 'node',
    include: ['test/hostile/hostileFull.test.ts'],
    env: { CAUSEWAY_HOSTILE: 'full' },
    testTimeout: 600_000,
  },
};

export default defineConfig(({ mode }) => ({
  test: {
    projects:
      mode === 'fault'
        ? [fault]
        : mode === 'hostile'
          ? [hostile]
          : [
              ...split('node', nodeTests, (f) => !inRenderer(f) && !inE2e(f)),
              ...split('dom', domTests, inRenderer),
              e2e,
            ],
  },
}));

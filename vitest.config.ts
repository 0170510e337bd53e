import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Three projects: the pure core and the Node-side logic (CLI, file service, IPC validation) under
// Node; small React components under happy-dom; whole screens end-to-end in Debian's Chromium
// driven by playwright-core against the built browser version of the renderer.
const node: TestProjectInlineConfiguration = {
  test: {
    name: 'node',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/renderer/**'],
    setupFiles: ['test/helpers/fastCheckSeed.ts'],
    testTimeout: 60_000,
  },
};

const dom: TestProjectInlineConfiguration = {
  test: {
    name: 'dom',
    environment: 'happy-dom',
    include: ['test/renderer/**/*.test.{ts,tsx}'],
    setupFiles: ['test/helpers/fastCheckSeed.ts'],
  },
};

const e2e: TestProjectInlineConfiguration = {
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
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

export default defineConfig(({ mode }) => ({
  test: { projects: mode === 'fault' ? [fault] : [node, dom, e2e] },
}));

import { defineConfig } from 'vitest/config';

// Three projects: the pure core and the Node-side logic (CLI, file service, IPC validation) under
// Node; small React components under happy-dom; whole screens end-to-end in Debian's Chromium
// driven by playwright-core against the built browser version of the renderer.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/renderer/**'],
          setupFiles: ['test/helpers/fastCheckSeed.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/fastCheckSeed.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

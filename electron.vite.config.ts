import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Three bundles into out/: main (ESM, Node), preload (CommonJS `.cjs`: a sandboxed preload cannot
// be an ES module, nor require anything but Electron's modules) and the renderer from renderer/ (the
// same source as the browser build, served to the window over app://). Runtime libraries are bundled, so the package needs no node_modules.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['zod', 'rfc6902', 'mathjs'] },
      rollupOptions: {
        input: { index: `${root}electron/main/index.ts` },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only Electron's own modules: zod (the platform map's
      // shapes) is bundled in, never left as require("zod").
      externalizeDeps: false,
      rollupOptions: {
        input: { index: `${root}electron/preload/index.ts` },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: `${root}renderer`,
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: `${root}out/renderer`,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: { index: `${root}renderer/index.html` } },
    },
  },
});

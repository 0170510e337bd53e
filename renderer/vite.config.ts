import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// eslint-disable-next-line no-restricted-imports -- build configuration runs under Node, not in the renderer
import { fileURLToPath } from 'node:url';

// The browser build of the renderer. `root` is this folder so index.html is the entry; the output goes
// to dist/web (gitignored), which `vite preview` and scripts/serveWeb.mjs serve. `base: './'` keeps
// asset URLs relative so the same bundle also works under Electron's app:// or file:// origins.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});

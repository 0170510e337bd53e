#!/usr/bin/env node
/**
 * Serves the browser build (dist/web) on http://127.0.0.1:4173 (PORT overrides), for `npm run web`,
 * through the hardened static server in webServer.mjs.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebServer } from './webServer.mjs';

const root = resolve(fileURLToPath(new URL('../dist/web', import.meta.url)));
const port = Number(process.env.PORT ?? 4173);

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(
    `There is no browser build in ${root}. Run "npm run web" (it builds first) or "vite build --config renderer/vite.config.ts".`,
  );
  process.exit(1);
}

const server = createWebServer({ root });
server.on('error', (e) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is already in use; set PORT to another number.`
      : `The server could not start: ${e.message}`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
  console.log(`Causeway (browser version) at http://127.0.0.1:${server.address().port}/`),
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

#!/usr/bin/env node
/**
 * Serves the browser build (dist/web) on http://127.0.0.1:4173 (PORT overrides), for `npm run web`.
 * A plain static server with no dependencies: the app is fully client-side and offline. Only
 * loopback is bound, and paths are confined to the build folder.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../dist/web', import.meta.url)));
const port = Number(process.env.PORT ?? 4173);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(
    `There is no browser build in ${root}. Run "npm run web" (it builds first) or "vite build --config renderer/vite.config.ts".`,
  );
  process.exit(1);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = resolve(root, relative || 'index.html');
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (
      file === root ||
      !(await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      file = join(root, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  } catch (e) {
    res.writeHead(500).end(`Internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
});

server.on('error', (e) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is already in use; set PORT to another number.`
      : `The server could not start: ${e.message}`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Causeway (browser version) at http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

/**
 * The browser build's static server (scripts/serveWeb.mjs runs it for `npm run web`): the app is
 * fully client-side and offline, so this only serves files, with the same security headers as
 * Electron's app:// protocol (electron/main/securityHeaders.json: the CSP with frame-ancestors
 * 'none', nosniff, same-origin opener, no referrer). It binds to loopback and answers only to a
 * loopback Host, so a web page cannot reach it through DNS rebinding; paths are confined to the
 * build folder, malformed escapes answer 400, and only regular files are served.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import securityHeaders from '../electron/main/securityHeaders.json' with { type: 'json' };

export const WEB_SECURITY_HEADERS = {
  'Content-Security-Policy': securityHeaders.contentSecurityPolicy.join('; '),
  'X-Frame-Options': 'DENY',
  ...securityHeaders.headers,
};

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
  '.md': 'text/markdown; charset=utf-8',
};

/** The Host values this server answers to, once it knows its port. */
function loopbackHosts(port) {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

function refuse(res, status, text) {
  res.writeHead(status, { ...WEB_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** An http.Server serving `root` (call listen on it). */
export function createWebServer({ root }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      if (!loopbackHosts(port).has(req.headers.host ?? '')) {
        refuse(res, 421, `This server answers only to http://127.0.0.1:${port}/.`);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        refuse(res, 405, 'Only GET and HEAD are served.');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        refuse(res, 400, 'The address has a malformed % escape.');
        return;
      }
      if (pathname.includes('\0')) {
        refuse(res, 400, 'The address has a NUL character.');
        return;
      }
      const relative = normalize(pathname).replace(/^([/\\])+/, '');
      let file = resolve(base, relative || 'index.html');
      if (file !== base && !file.startsWith(base + sep)) {
        refuse(res, 403, 'Forbidden.');
        return;
      }
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      // The app routes in the page: any other path is the app itself.
      if (!isFile) file = join(base, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        ...WEB_SECURITY_HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      refuse(res, 500, `Internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  return server;
}

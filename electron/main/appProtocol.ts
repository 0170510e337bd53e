/**
 * The `app://causeway/` protocol that serves the built renderer. Serving through a protocol rather
 * than file:// gives the page a real origin (so IPC can check the sender and module workers load),
 * keeps it away from the rest of the disk, and lets every response carry the CSP header.
 */
import { extname, join, normalize, sep } from 'node:path';
import securityHeaders from './securityHeaders.json' with { type: 'json' };

export const APP_SCHEME = 'app';
export const APP_HOST = 'causeway';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** No eval, no remote code, no plugins, no framing: securityHeaders.json says why, for both servers. */
export const CONTENT_SECURITY_POLICY = securityHeaders.contentSecurityPolicy.join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export const RESPONSE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...securityHeaders.headers,
};

export type AppRequest = { ok: true; file: string; mimeType: string } | { ok: false; status: 403 | 404 };

/** Maps an app:// URL to a file under `rootDir`, refusing other hosts and any path that escapes it. */
export function resolveAppRequest(url: string, rootDir: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 404 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 404 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 404 };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rootDir);
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: false, status: 403 };
  return { ok: true, file, mimeType: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** True for URLs of the app itself (the only origin allowed to call IPC or to be navigated to). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

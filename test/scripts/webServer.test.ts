/**
 * The browser build's server (issue 9, failure 7): the same CSP as Electron's app:// protocol with
 * frame-ancestors, a loopback Host only (no DNS rebinding), malformed escapes answered 400, paths
 * confined to the build folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without type declarations
import { createWebServer } from '../../scripts/webServer.mjs';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/appProtocol.ts';

let server: Server;
let port: number;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'causeway-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Causeway</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  server = createWebServer({ root }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function get(
  path: string,
  host = `127.0.0.1:${port}`,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the browser build server', () => {
  it("sends Electron's content security policy, frame-ancestors included, with every page", async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await get('/assets/app.js');
    expect(script.headers['content-type']).toMatch(/text\/javascript/);
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only to a loopback Host', async () => {
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
    const rebound = await get('/', 'attacker.example');
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toMatch(/Causeway<\/title>/);
    expect((await get('/', `127.0.0.1:${port + 1}`)).status).toBe(421);
  });

  it('answers a malformed % escape with 400, and keeps paths inside the build', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    const escape = await get('/..%2f..%2f..%2fetc%2fpasswd');
    expect([403, 200]).toContain(escape.status);
    expect(escape.body).not.toMatch(/root:/);
  });
});

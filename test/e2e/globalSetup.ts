/**
 * Builds the browser version once and serves it on a free loopback port for the end-to-end tests
 * through the app's own static server (scripts/serveWeb.mjs), which sends the same security headers
 * as Electron's app:// protocol: every e2e test runs under the strict CSP the desktop app has, so a
 * view that needed eval, a remote resource or a blocked inline script would fail here first. Stops
 * the server afterwards; node runs the script directly, so the PID we stop is the server's own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = `${root}node_modules/.bin/vite`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves when the preview server says it is listening (it prints its URL), and the URL answers;
 * rejects if the server exits first, or after `ms` (a bound for a broken setup, not a wait).
 */
function listening(child: ChildProcess, url: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The preview server at ${url} did not start within ${ms} ms.`)), ms);
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e);
    };
    child.once('exit', (code) =>
      fail(new Error(`The preview server stopped (exit ${code}) before listening:\n${output}`)),
    );
    let seen = false;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (seen) return;
      output += chunk;
      // Vite prints ANSI colour codes around the port.
      seen = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').includes(url);
      if (seen)
        fetch(url).then((res) => {
          clearTimeout(timer);
          if (res.ok) resolve();
          else reject(new Error(`The preview server at ${url} answered ${res.status}.`));
        }, fail);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  });
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!process.env['CAUSEWAY_E2E_SKIP_BUILD']) {
    const build = spawnSync(vite, ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The browser build failed; see the output above.');
  }
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/serveWeb.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await listening(server, baseUrl, 30_000);
  project.provide('baseUrl', baseUrl);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
}

/**
 * `npm start` where there is no Electron binary (issue 11, item 7): it serves the browser build,
 * opens it with the system's opener (xdg-open here, a stand-in that records the address), and says
 * where it is serving when no opener exists. Uses the build the e2e setup made.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCommand } from '../../scripts/openBrowser.mjs';
import { UNTIL } from '../helpers/wait.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
});

async function start(path: string): Promise<{ output: () => string; port: number }> {
  const port = await freePort();
  let output = '';
  child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PATH: path, PORT: String(port), CAUSEWAY_START_BROWSER: '1', CAUSEWAY_START_NO_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  return { output: () => output, port };
}

describe('npm start without Electron', () => {
  it('serves the app and opens it in the browser', async () => {
    const fake = mkdtempSync(join(tmpdir(), 'causeway-opener-'));
    const record = join(fake, 'opened.txt');
    writeFileSync(join(fake, 'xdg-open'), `#!/bin/sh\necho "$1" > "${record}"\n`);
    chmodSync(join(fake, 'xdg-open'), 0o755);
    const { output, port } = await start(`${fake}:${dirname(process.execPath)}`);
    // The shell creates the file before it writes the line: wait for the line.
    await vi.waitFor(() => expect(existsSync(record) && readFileSync(record, 'utf8').endsWith('\n')).toBe(true), UNTIL);
    const url = readFileSync(record, 'utf8').trim();
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    await vi.waitFor(() => expect(output()).toContain(`Opened ${url}`), UNTIL);
  });

  it('says where it is serving when no browser can be opened', async () => {
    const { output, port } = await start(dirname(process.execPath));
    await vi.waitFor(() => expect(output()).toContain(`Causeway is serving at http://127.0.0.1:${port}/`), UNTIL);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });

  it('uses each system’s opener', () => {
    expect(openCommand('darwin', 'http://x/')).toEqual({ command: 'open', args: ['http://x/'] });
    expect(openCommand('win32', 'http://x/')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://x/'] });
    expect(openCommand('linux', 'http://x/')).toEqual({ command: 'xdg-open', args: ['http://x/'] });
  });
});

#!/usr/bin/env node
// `npm start`: open Causeway on the embedded default scenario. On a normal machine that is the
// desktop app (Electron downloads its binary on install); where the Electron binary cannot be had
// (locked-down or offline machines, or CAUSEWAY_START_BROWSER=1), the same app is built for the
// browser, served on loopback and opened in the default browser; where no browser can be opened,
// it says at which address it is serving.
//
// Environment: PORT (default 4173), CAUSEWAY_START_BROWSER=1 (skip Electron),
// CAUSEWAY_START_NO_BUILD=1 (serve the existing dist/web as it is; the tests use it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { openBrowser } from './openBrowser.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const electronDir = `${root}node_modules/electron/`;

/** Electron's download tools (@electron/get 5) need Node 22.12 or later; the app itself does not. */
function canFetchElectron() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/** The Electron executable, or null. Fetched quietly on first use, so that a machine without access
 * gets one sentence, not a stack trace. */
function electronBinary() {
  const installed = () => {
    const pathFile = `${electronDir}path.txt`;
    if (!existsSync(pathFile)) return null;
    const executable = `${electronDir}dist/${readFileSync(pathFile, 'utf8').trim()}`;
    return existsSync(executable) ? executable : null;
  };
  if (!existsSync(electronDir)) return null;
  if (installed()) return installed();
  if (!canFetchElectron()) {
    console.log(`Fetching Electron needs Node 22.12 or later (this is Node ${process.versions.node}).`);
    return null;
  }
  console.log('Fetching the Electron runtime (first start only)...');
  spawnSync(process.execPath, [`${electronDir}install.js`], { stdio: 'ignore' });
  return installed();
}

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Starts the static server and resolves with its address once it says it is listening. */
function serve(port) {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [`${root}scripts/serveWeb.mjs`], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    server.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      const url = /https?:\/\/\S+/.exec(output)?.[0];
      if (url) resolve({ server, url });
    });
    server.once('exit', (code) => reject(new Error(`The web server stopped (exit ${code}).`)));
    for (const signal of ['SIGINT', 'SIGTERM'])
      process.once(signal, () => {
        server.kill(signal);
        process.exit(0);
      });
  });
}

const electron = process.env.CAUSEWAY_START_BROWSER === '1' ? null : electronBinary();
if (electron) {
  const built = await run(bin('electron-vite'), ['build']);
  if (built !== 0) process.exit(built);
  process.exit(await run(electron, ['.']));
}

console.log('The Electron binary is not installed here, so Causeway opens in your browser instead.');
if (process.env.CAUSEWAY_START_NO_BUILD !== '1') {
  const built = await run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
  });
  if (built !== 0) process.exit(built);
}
const { server, url } = await serve(Number(process.env.PORT ?? 4173));
if (await openBrowser(url)) console.log(`Opened ${url} in your browser. Press Ctrl+C here to stop Causeway.`);
else
  console.log(
    `Causeway is serving at ${url} but no browser could be opened from here: open that address in a browser on this machine. Press Ctrl+C to stop.`,
  );
server.once('exit', (code) => process.exit(code ?? 0));

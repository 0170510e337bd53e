#!/usr/bin/env node
// `npm start`: open Causeway on the embedded default scenario. On a normal machine that is the
// desktop app (Electron downloads its binary on install); where the Electron binary could not be
// downloaded (locked-down or offline build machines), the same app is served in the browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const electron = electronBinary();
if (electron) {
  const built = await run(bin('electron-vite'), ['build']);
  if (built !== 0) process.exit(built);
  process.exit(await run(electron, ['.']));
} else {
  console.log('The Electron binary is not installed here, so Causeway opens in your browser instead.');
  process.exit(await run('npm', ['run', 'web']));
}

#!/usr/bin/env node
// `npm start`: open Causeway on the embedded default scenario. On a normal machine that is the
// desktop app (Electron downloads its binary on install); where the Electron binary could not be
// downloaded (locked-down or offline build machines), the same app is served in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const electronDir = new URL('../node_modules/electron/', import.meta.url).pathname;

/** The Electron executable, or null. Electron fetches its binary on first use; we run that fetch
 * quietly ourselves so that a machine without access gets one sentence, not a stack trace. */
function electronBinary() {
  const installed = () => {
    const pathFile = `${electronDir}path.txt`;
    if (!existsSync(pathFile)) return null;
    const executable = `${electronDir}dist/${readFileSync(pathFile, 'utf8').trim()}`;
    return existsSync(executable) ? executable : null;
  };
  if (!existsSync(electronDir)) return null;
  if (installed()) return installed();
  console.log('Fetching the Electron runtime (first start only)...');
  spawnSync(process.execPath, [`${electronDir}install.js`], { stdio: 'ignore' });
  return installed();
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

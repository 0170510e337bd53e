/**
 * Opening a web address in the user's browser from `npm start`, with the command each system has
 * for it: `open` on macOS, `start` through cmd on Windows, `xdg-open` elsewhere. Resolves false when
 * there is none (a server, a container, a machine with no desktop), so the caller can say where
 * Causeway is serving instead.
 */
import { spawn } from 'node:child_process';

/** The command and arguments that open `url` on `platform` (a process.platform value). */
export function openCommand(platform, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "".
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url`; true when the opener ran and exited cleanly. */
export function openBrowser(url, platform = process.platform) {
  const { command, args } = openCommand(platform, url);
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { stdio: 'ignore', detached: platform !== 'win32' });
    } catch {
      return resolve(false);
    }
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

/**
 * Files the operating system asks the app to open: on Windows and Linux they arrive as command-line
 * arguments (at start, or forwarded to the running instance by `second-instance`); on macOS through
 * the `open-file` event. Chromium and Electron add switches of their own, and in development the
 * first arguments are the Electron binary and the app folder, so only scenario files are taken.
 */
import { isAbsolute, resolve } from 'node:path';

export const SCENARIO_EXTENSION = '.causeway.json';

/** True for a path the app opens: `*.causeway.json` (any case), or plain `.json` given explicitly. */
export function isScenarioPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith(SCENARIO_EXTENSION) || lower.endsWith('.json');
}

/**
 * The scenario files in `argv`, as absolute paths resolved against `cwd`.
 * @param argv process.argv (or the argv `second-instance` passes)
 * @param isPackaged app.isPackaged: a packaged app's argv[1] is already user input
 */
export function filesFromArgv(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  const args = argv.slice(isPackaged ? 1 : 2);
  const out: string[] = [];
  let afterDoubleDash = false;
  for (const arg of args) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    // Windows passes file URLs from some shells and "open with" handlers.
    const path = arg.startsWith('file://')
      ? decodeURIComponent(new URL(arg).pathname.replace(/^\/([A-Za-z]:)/, '$1'))
      : arg;
    if (!isScenarioPath(path)) continue;
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    if (!out.includes(absolute)) out.push(absolute);
  }
  return out;
}

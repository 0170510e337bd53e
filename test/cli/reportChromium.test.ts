/**
 * Where `causeway report` looks for Chromium (or Chrome) to print a PDF: CHROMIUM_PATH when set, else
 * the usual places for the platform, in order; a sentence naming where it looked when none is there.
 */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../cli/commands/reportChromium.ts';

const only =
  (...present: string[]) =>
  (path: string) =>
    Promise.resolve(present.includes(path));

describe('finding Chromium', () => {
  it('takes CHROMIUM_PATH as given, and says so when nothing is there', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux', only('/opt/c/chrome'))).toEqual({
      ok: true,
      path: '/opt/c/chrome',
    });
    // An explicit choice is not second-guessed by the usual places.
    expect(await findChromium({ CHROMIUM_PATH: '/nope' }, 'linux', only('/usr/bin/chromium'))).toEqual({
      ok: false,
      why: 'Chromium is not installed at /nope (CHROMIUM_PATH)',
    });
  });

  it('tries chromium, chromium-browser and Google Chrome on Linux, in that order', async () => {
    expect(await findChromium({}, 'linux', only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
    });
    expect(await findChromium({}, 'linux', only('/usr/bin/chromium-browser'))).toEqual({
      ok: true,
      path: '/usr/bin/chromium-browser',
    });
    expect(await findChromium({}, 'linux', only('/usr/bin/google-chrome-stable'))).toEqual({
      ok: true,
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it('finds Chrome on macOS and on Windows', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(await findChromium({}, 'darwin', only(mac))).toEqual({ ok: true, path: mac });
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(await findChromium({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', only(windows))).toEqual({
      ok: true,
      path: windows,
    });
    const local = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(await findChromium({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', only(local))).toEqual({
      ok: true,
      path: local,
    });
  });

  it('names where it looked and how to point at another when none is installed', async () => {
    const none = await findChromium({}, 'linux', only());
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.why).toMatch(/^neither Chromium nor Google Chrome was found \(looked for \/usr\/bin\/chromium, /);
      expect(none.why).toContain('/usr/bin/google-chrome');
      expect(none.why).toMatch(/set CHROMIUM_PATH to the program, or on Debian: apt-get install chromium\)$/);
    }
  });
});

/**
 * The shell against the Electron security checklist (issue 9, failure 7): fuses in the packaged
 * binary, external links through an allowlist or a confirmation showing the host, no credentials in
 * links, navigation and redirects away from the app refused, and dropped files opened by main
 * itself, scenario files only, with no channel that takes a path from the page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLATFORM_CALLS } from '../../renderer/platform/contract.ts';
import { externalLinkDecision } from '../../electron/main/externalLinks.ts';
import { hardenContents, type ContentsLike } from '../../electron/main/navigation.ts';
import { WEB_PREFERENCES } from '../../electron/main/windowOptions.ts';

const root = join(import.meta.dirname, '..', '..');

/** The `key: value` lines of one top-level block of electron-builder.yml. */
function yamlBlock(name: string): Record<string, string> {
  const lines = readFileSync(join(root, 'electron-builder.yml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `${name}:`);
  expect(start, `${name} block`).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\w+):\s*(\S+)/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2]!;
  }
  return out;
}

describe('fuses', () => {
  it('turn off run-as-node, NODE_OPTIONS and --inspect, and turn on asar integrity and asar-only loading', () => {
    expect(yamlBlock('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});

describe('external links', () => {
  it('open at once only on the hosts of the sources the app cites', () => {
    expect(externalLinkDecision('https://www.gov.uk/government/publications/the-green-book')).toEqual({
      action: 'open',
      url: 'https://www.gov.uk/government/publications/the-green-book',
    });
    expect(externalLinkDecision('https://www.ons.gov.uk/economy').action).toBe('open');
    expect(externalLinkDecision('https://www.nomisweb.co.uk/').action).toBe('open');
  });

  it('ask first everywhere else, showing the host (as punycode, so look-alike letters show)', () => {
    expect(externalLinkDecision('https://gov.uk.evil.example/x')).toMatchObject({
      action: 'confirm',
      host: 'gov.uk.evil.example',
    });
    expect(externalLinkDecision('https://gоv.uk/')).toMatchObject({ action: 'confirm', host: 'xn--gv-fmc.uk' });
    expect(externalLinkDecision('mailto:someone@example.org')).toMatchObject({
      action: 'confirm',
      host: 'someone@example.org',
    });
  });

  it('refuse links with a user name or password, and every other scheme', () => {
    for (const url of [
      'https://user:secret@www.gov.uk/',
      'https://user@example.org/',
      'http://www.gov.uk/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://causeway/index.html',
      'not a url',
    ])
      expect(externalLinkDecision(url).action, url).toBe('refuse');
  });
});

function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents: ContentsLike = {
    on: (event: string, listener: (...args: never[]) => void) => void listeners.set(event, listener as never),
    setWindowOpenHandler: (handler) => void (openHandler = handler as never),
  };
  const fire = (event: string, url: string, isMainFrame = true) => {
    let prevented = false;
    const e = { url, isMainFrame, preventDefault: () => void (prevented = true) };
    listeners.get(event)!(e, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }), listeners };
}

describe('navigation', () => {
  function harden() {
    const fake = fakeContents();
    const calls: string[] = [];
    hardenContents(fake.contents, {
      openExternal: (d) => void calls.push(`external ${d.action} ${d.url ?? ''}`),
      openDroppedFile: (path) => void calls.push(`open ${path}`),
      refuseDroppedFile: (name) => void calls.push(`refuse ${name}`),
    });
    return { ...fake, calls };
  }

  it('stays on the app: other navigations and every redirect away are refused', () => {
    const { fire, calls } = harden();
    expect(fire('will-navigate', 'app://causeway/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'app://causeway/index.html')).toBe(false);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
    expect(calls).toEqual([]);
  });

  it('new windows are denied; their links go through the external-link policy', () => {
    const { open, calls } = harden();
    expect(open('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(calls).toEqual(['external open https://www.gov.uk/']);
  });

  it('a dropped scenario file is opened by main from the navigation it causes; other files are refused', () => {
    const { fire, calls } = harden();
    const file = join(root, 'scenarios', 'a.causeway.json');
    expect(fire('will-navigate', pathToFileURL(file).href)).toBe(true);
    expect(fire('will-navigate', pathToFileURL('/home/me/secrets.json').href)).toBe(true);
    expect(fire('will-navigate', pathToFileURL('/home/me/b.causeway.json').href, false)).toBe(true);
    expect(calls).toEqual([`open ${file}`, 'refuse secrets.json']);
  });

  it('the page has no channel that takes a path, and drops navigate only for main to catch', () => {
    expect(Object.keys(PLATFORM_CALLS)).not.toContain('dropFile');
    expect(Object.values(PLATFORM_CALLS).map((c) => c.kind as string)).not.toContain('preload');
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: true,
    });
  });
});

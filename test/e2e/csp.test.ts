/**
 * The end-to-end tests run under the desktop app's Content Security Policy: the browser build is
 * served by scripts/serveWeb.mjs with the headers of Electron's app:// protocol, so a view that needed
 * eval, an inline script or a remote resource fails every e2e test that opens it (each asserts no
 * console errors), here rather than on a user's machine.
 */
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import securityHeaders from '../../electron/main/securityHeaders.json' with { type: 'json' };
import { launch, openApp, view, type AppPage } from './browser.ts';

describe('the app under its Content Security Policy', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('is served with the policy Electron uses', async () => {
    const res = await fetch(inject('baseUrl'));
    expect(res.headers.get('content-security-policy')).toBe(securityHeaders.contentSecurityPolicy.join('; '));
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses an inline script in the page, and every view draws without a violation', async () => {
    const { page } = app;
    // An inline script added to the page (what an injected script would be) must not run. The check
    // is made through the page's DOM: code the test runner evaluates itself is exempt from the policy.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return w.__inlineRan === true;
    });
    expect(ran).toBe(false);
    for (const name of [
      'Logic model',
      'Assumptions',
      'Results',
      'Compare',
      'Logic & monitoring',
      'History',
      'Method note',
    ])
      await view(page, name);
    // The refused inline script is the only violation the page may have reported.
    const violations = app.errors.filter((e) => /Content Security Policy/.test(e));
    // (Chromium reports the one refusal on more than one channel.)
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.startsWith('Executing inline script violates'))).toBe(true);
    expect(app.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });
});

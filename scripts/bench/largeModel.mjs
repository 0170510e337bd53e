/* global document, window, performance, requestAnimationFrame, MouseEvent, WheelEvent -- page.evaluate bodies run in the browser */
/**
 * The 2,000-box fixture (bench/fixtures/s2000.causeway.json) in the browser: opened through the
 * app's own Open command (so it goes through the load pipeline), then select a box, wheel-zoom one
 * step, pan, and tidy the layout, each timed from the input event to the frame after it painted.
 * Helpers for scripts/benchBrowser.mjs; not a test.
 */
import { fileURLToPath } from 'node:url';

export const FIXTURE = fileURLToPath(new URL('../../bench/fixtures/s2000.causeway.json', import.meta.url));

/** Opens the fixture with the Open… button and waits for the canvas to show boxes. */
export async function openFixture(page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(FIXTURE);
  await page.waitForFunction(() => window.__causeway.store.getState().doc.logicModel.nodes.length === 2000);
  await page.evaluate(() => window.__causeway.store.getState().setView('model'));
  await page.locator('.react-flow__node-logic').first().waitFor();
}

/**
 * Installs window.__afterPaint: a promise that resolves after the next frame has been painted (a
 * rAF callback runs just before paint; a task queued from it runs after). The page's CSP forbids
 * eval, so the helper is defined once through the debugger protocol rather than passed as text.
 */
async function installAfterPaint(page) {
  await page.evaluate(() => {
    window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

/** Clicks boxes on screen one after another; ms from the click to the painted selection. */
export async function measureSelect(page, runs = 30) {
  await installAfterPaint(page);
  return page.evaluate(
    async ({ runs }) => {
      const paint = window.__afterPaint;
      const times = [];
      for (let i = 0; i < runs + 3; i++) {
        const boxes = [...document.querySelectorAll('.react-flow__node-logic')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.top > 150 && r.bottom < window.innerHeight - 150 && r.left > 10 && r.right < window.innerWidth - 400;
        });
        const el = boxes[(i * 7) % boxes.length];
        const id = el.getAttribute('data-id');
        const t0 = performance.now();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
        for (let guard = 0; guard < 500; guard++) {
          const sel = window.__causeway.store.getState().selection;
          if (sel && sel.id === id) break;
          await new Promise((r) => setTimeout(r, 0));
        }
        await paint();
        times.push(performance.now() - t0);
      }
      return times.slice(3);
    },
    { runs },
  );
}

/** One wheel step on the canvas, alternately in and out; ms from the event to the painted frame. */
export async function measureWheelZoom(page, runs = 30) {
  await installAfterPaint(page);
  return page.evaluate(
    async ({ runs }) => {
      const paint = window.__afterPaint;
      const pane = document.querySelector('.react-flow__pane');
      const r = pane.getBoundingClientRect();
      const times = [];
      for (let i = 0; i < runs + 2; i++) {
        const deltaY = Math.floor(i / 4) % 2 === 0 ? 120 : -120;
        const t0 = performance.now();
        pane.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            deltaY,
            deltaMode: 0,
            clientX: r.left + r.width / 2,
            clientY: r.top + r.height / 2,
          }),
        );
        await paint();
        times.push(performance.now() - t0);
      }
      return times.slice(2);
    },
    { runs },
  );
}

/** Drags the canvas with the mouse; the intervals between painted frames while it moves. */
export async function measurePan(page) {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    window.__stop = false;
    requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(x - i * 5, y - i * 6);
  await page.mouse.up();
  return page.evaluate(() => {
    window.__stop = true;
    return window.__frames.slice(2);
  });
}

/** Clicks "Tidy layout" and waits for the new layout to be painted; undoes between runs. */
export async function measureTidy(page, runs = 3) {
  await installAfterPaint(page);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const ms = await page.evaluate(async () => {
      const paint = window.__afterPaint;
      const store = window.__causeway.store;
      const before = store.getState().doc;
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Tidy layout');
      const t0 = performance.now();
      button.click();
      for (let guard = 0; guard < 100000 && store.getState().doc === before; guard++)
        await new Promise((r) => setTimeout(r, 0));
      await paint();
      await paint();
      const ms = performance.now() - t0;
      store.temporal.getState().undo();
      await paint();
      return ms;
    });
    if (Number.isNaN(ms)) console.error('Tidy layout did not change the document within 20 s; run left out.');
    else times.push(ms);
  }
  return times;
}

/**
 * The example built into the app (shown when no example files are embedded, and the renderer tests'
 * document) is a current file: it loads, checks and projects every scenario without a warning, as the
 * Problems list would show them. Its sense-check notes (a separate list, never warnings) are kept: the
 * tests of the logic-checks list work on them.
 */
import { describe, expect, it } from 'vitest';
import fallbackText from '../../renderer/fallbackExample.causeway.json?raw';
import { checkDocument, loadScenario, projectScenarios } from '../../models/index.ts';
import { diagnosticsFor } from '../../renderer/store/derived.ts';

describe('the embedded fallback example', () => {
  const loaded = loadScenario(fallbackText);

  it('loads without a warning or an error', () => {
    expect(loaded.document).toBeTruthy();
    expect(loaded.diagnostics.map((d) => d.message)).toEqual([]);
  });

  it('checks and projects every scenario without a warning, as the Problems list shows them', () => {
    const doc = loaded.document!;
    const shown = (list: { message: string }[]) => list.map((d) => d.message);
    expect(shown(checkDocument(doc))).toEqual([]);
    expect(shown(diagnosticsFor(doc))).toEqual([]);
    const runs = projectScenarios(doc);
    expect(runs.ok).toBe(true);
    expect(shown(runs.diagnostics)).toEqual([]);
  });
});

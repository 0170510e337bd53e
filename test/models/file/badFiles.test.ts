// Walks the bad-file corpus: every file in test/fixtures/bad/ must produce the diagnostic its manifest
// entry names (code, path, and the exact message or a key phrase), and nothing else may happen:
// no throw, and a document only where the shape was valid.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/index.ts';

interface Expectation {
  note: string;
  code: string;
  path?: string;
  includes?: string;
  message?: string;
  ok: boolean;
  document: boolean;
}

const dir = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expectation>;

/** Decodes as the app's file service does: UTF-8, invalid bytes become U+FFFD. */
function readText(name: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(`${dir}${name}`));
}

describe('bad-file corpus', () => {
  it('has a manifest entry for every fixture and a fixture for every entry', () => {
    const files = readdirSync(dir)
      .filter((f) => f !== 'expected.json')
      .sort();
    expect(Object.keys(manifest).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, exp] of Object.entries(manifest)) {
    it(`${name}: ${exp.note}`, () => {
      const outcome = loadScenario(readText(name));
      expect(outcome.ok).toBe(exp.ok);
      expect(outcome.document !== null).toBe(exp.document);
      const matching = outcome.diagnostics.filter(
        (d) => d.code === exp.code && (exp.path === undefined || d.path === exp.path),
      );
      expect(matching, JSON.stringify(outcome.diagnostics, null, 2)).not.toHaveLength(0);
      const d = matching[0]!;
      if (exp.message !== undefined) expect(d.message).toBe(exp.message);
      if (exp.includes !== undefined) expect(d.message).toContain(exp.includes);
      expect(d.severity).toBe(exp.ok ? 'warning' : 'error');
      // Every diagnostic is a plain sentence, never a stack trace or zod's programmer message.
      for (const diag of outcome.diagnostics) {
        expect(diag.message).toMatch(/[.!]$/);
        expect(diag.message).not.toMatch(/Invalid input|at Object\.|\n/);
      }
    });
  }
});

/**
 * The list of diagnostic codes (models/diagnostics.ts): each has a one-line meaning and is raised
 * somewhere, and a misspelt code does not compile (the @ts-expect-error line is checked by
 * `npm run typecheck`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../models/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

describe('diagnostic codes', () => {
  it('each have a one-line meaning ending in a full stop', () => {
    for (const [code, meaning] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(meaning, code).toMatch(/^[A-Z"'_a-z(].*\.$/);
      expect(meaning, code).not.toContain('\n');
    }
  });

  it('are each raised somewhere in the product, so the list has no dead entries', () => {
    const text = ['models', 'renderer', 'cli', 'electron']
      .flatMap(sources)
      .join('\n')
      .replace(/DIAGNOSTIC_CODES = \{[\s\S]*?\} as const/, '');
    const unused = Object.keys(DIAGNOSTIC_CODES).filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('refuse a misspelt code at compile time', () => {
    const ok: Diagnostic = { severity: 'error', code: 'formula.unknown-name', path: '', message: 'm' };
    // @ts-expect-error -- "formula.unknwon-name" is not a diagnostic code
    const misspelt: Diagnostic = { severity: 'error', code: 'formula.unknwon-name', path: '', message: 'm' };
    expect([ok.code, misspelt.code]).toHaveLength(2);
  });
});

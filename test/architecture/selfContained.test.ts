/**
 * `npm test` runs on a plain clone: no test reads the data or docs of the project's shared folder
 * beside the repository, which a clone does not have. What tests need is vendored under
 * test/fixtures/ (the ONS slices: test/fixtures/ons/README.md) and the docs live in docs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Built from parts so that this file does not match itself.
const SHARED = new RegExp(['shared', '(data|docs)'].join('/'));

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testSources(path);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [path] : [];
  });
}

describe('the test suite is self-contained', () => {
  it('no test or test helper refers to the shared data or docs folders', () => {
    const files = testSources(join(root, 'test'));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => SHARED.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});

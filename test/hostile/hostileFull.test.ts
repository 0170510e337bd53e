/**
 * `npm run test:hostile`: the full-size hostile corpus (the audit's biggest files: a million
 * parameters, 200,000 sectors and revisions, 4,500 formulas of 10,000 characters...) through the
 * bundled CLI, each command in a fresh process under GNU time. Every one must be processed or
 * refused with exit 0 or 1 within 10 s and 1 GB. Skipped in `npm test` (it takes minutes); that
 * runs the same corpus at quick sizes in process (hostile.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildCli, cliPaths, ROOT } from '../../scripts/cliBundle.mjs';
import { hostileFiles } from './corpus.ts';
import { hasGnuTime, measure, runnerFor } from './measure.ts';

const full = process.env['CAUSEWAY_HOSTILE'] === 'full';
const LIMITS = { seconds: 10, megabytes: 1024 };

describe.runIf(full && hasGnuTime())('the full hostile corpus, one process per command', () => {
  let work: string;
  let runner: string;
  const report: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'causeway-hostile-full-'));
    runner = runnerFor(await buildCli(cliPaths(ROOT, join(work, 'cli'))), work);
  }, 120_000);

  afterAll(() => {
    console.info(report.join('\n'));
    rmSync(work, { recursive: true, force: true });
  });

  it.each(hostileFiles('full').map((f) => [f.name, f] as const))('%s', (name, file) => {
    const dir = join(work, name);
    mkdirSync(dir);
    const bytes = file.bytes();
    const target = `${name}.causeway.json`;
    for (const argv of [
      ['validate', target],
      ['run', target],
      ['history', target],
      ['restore', target, '--revision', '1', '--out', 'restored.causeway.json', '--force'],
      ['set', target, 'p_support=0.02'],
    ]) {
      writeFileSync(join(dir, target), bytes);
      const m = measure(runner, argv, dir, { seconds: 60, heapMb: 4096 });
      report.push(`${name} ${argv[0]}: ${m.seconds.toFixed(2)} s, ${m.peakMb} MB, exit ${m.code}`);
      expect([0, 1], `${argv[0]}: ${m.stderr}`).toContain(m.code);
      expect(m.seconds, `${argv[0]} time`).toBeLessThanOrEqual(LIMITS.seconds);
      expect(m.peakMb, `${argv[0]} memory`).toBeLessThanOrEqual(LIMITS.megabytes);
    }
  });
});

/**
 * `npm run bench:hostile [-- --before BUNDLE] [--only CASE,CASE]`: the worst hostile cases of the issue 9 audit, each
 * run by a fresh CLI process under GNU time: wall time and peak memory, with this checkout's
 * bundle and, given --before, an older release's bundle (dist/cli/causeway.mjs of that checkout).
 * Older releases are stopped at 120 s and 3 GB of heap. The goal: every case processed or refused
 * within 10 s and 1 GB.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildCli, cliPaths, ROOT } from '../../scripts/cliBundle.mjs';
import { hostileFiles } from './corpus.ts';
import { hasGnuTime, measure, runnerFor, type Measured } from './measure.ts';

/** The cases and the command each is measured with (the one that was worst in the audit). */
export const WORST = [
  { file: 'formula-chars-over', argv: ['validate'], audit: '4,500 formulas of 10k characters: 126 s, 3.8 GB' },
  { file: 'revisions-over', argv: ['set', 'p_support=0.02'], audit: '200,000 revisions, one set: over 600 s' },
  { file: 'self-copy', argv: ['set', 'p_support=0.02'], audit: 'a patch copying a subtree into itself: past 4 GB' },
  { file: 'sectors-over', argv: ['run'], audit: '200,000 sectors: exit 2 after 65 s' },
  { file: 'parameters-over', argv: ['run'], audit: '1,000,000 parameters: 31 s CPU' },
  { file: 'unlinked-references', argv: ['validate'], audit: '280,000 unlinked references: stack overflow' },
] as const;

function row(m: Measured): string {
  const time = m.timedOut ? '> 120 s (stopped)' : `${m.seconds.toFixed(2)} s`;
  const code = m.timedOut
    ? 'killed'
    : /heap out of memory|Allocation failed/.test(m.stderr)
      ? 'out of memory'
      : `exit ${m.code}`;
  return `${time.padEnd(18)} ${`${m.peakMb} MB`.padStart(8)}  ${code}`;
}

async function main(): Promise<void> {
  if (!hasGnuTime()) throw new Error('GNU time (/usr/bin/time) is needed to measure peak memory.');
  const { values } = parseArgs({ options: { before: { type: 'string' }, only: { type: 'string' } } });
  const only = values.only?.split(',');
  const work = mkdtempSync(join(tmpdir(), 'causeway-hostile-bench-'));
  try {
    const current = runnerFor(await buildCli(cliPaths(ROOT, join(work, 'cli'))), work);
    const before = values.before ? runnerFor(values.before, mkdtempSync(join(work, 'before-'))) : null;
    const files = new Map(hostileFiles('full').map((f) => [f.name, f]));
    console.log('case | command | audit | before | after');
    for (const c of WORST.filter((w) => !only || only.includes(w.file))) {
      const dir = join(work, c.file);
      mkdirSync(dir);
      const name = `${c.file}.causeway.json`;
      const bytes = files.get(c.file)!.bytes();
      const argv = [c.argv[0], name, ...c.argv.slice(1)];
      const results: string[] = [];
      for (const runner of [before, current]) {
        if (!runner) {
          results.push('(not measured)');
          continue;
        }
        writeFileSync(join(dir, name), bytes);
        const limits = runner === current ? { seconds: 60, heapMb: 4096 } : { seconds: 120, heapMb: 3072 };
        results.push(row(measure(runner, argv, dir, limits)));
      }
      console.log(
        `${c.file} (${(bytes.length / 1e6).toFixed(1)} MB) | ${c.argv[0]} | ${c.audit} | ${results.join(' | ')}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

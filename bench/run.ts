/**
 * `npm run bench` prints a table of the workloads with their goals; `npm run bench -- --json` prints
 * exactly one JSON object on stdout (docs/contracts.md section 3), with progress on stderr.
 * `--only ID[,ID]` runs a subset. Timings are never asserted in tests: they depend on the machine.
 *
 * By default the workloads run from an esbuild bundle of bench/workloads.ts, the way the app ships
 * (Vite bundles the engine as plain ESM). Under tsx's on-the-fly transform (`--source`) the numbers
 * are inflated: tsx compiles to CommonJS with keepNames, so every cross-module call in a hot loop
 * goes through an export getter and every closure the engine creates pays a __name() call.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURE_DIR } from './paths.ts';
import { formatTable } from './table.ts';
import type { WorkloadResult } from './workloads.ts';

type WorkloadsModule = typeof import('./workloads.ts');

async function loadWorkloads(mode: 'bundled' | 'source'): Promise<WorkloadsModule> {
  if (mode === 'source') return import('./workloads.ts');
  const dir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const outfile = join(dir, 'workloads.mjs');
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./workloads.ts', import.meta.url))],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(outfile).href)) as WorkloadsModule;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const mode = args.includes('--source') ? 'source' : 'bundled';
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;

  const round2 = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);
  const { workloads, judge } = await loadWorkloads(mode);
  const loadavgStart = round2(loadavg());
  const results: WorkloadResult[] = [];
  for (const w of workloads(FIXTURE_DIR)) {
    if (only && !only.has(w.id)) continue;
    process.stderr.write(`${w.id} ...`);
    const result = judge(w, w.run());
    results.push(result);
    process.stderr.write(` ${result.medianMs} ms${result.ratio === undefined ? '' : ` (ratio ${result.ratio})`}\n`);
  }
  const report = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    mode,
    workloads: results,
    loadavgStart,
    loadavg: round2(loadavg()),
  };
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatTable(report));
}

await main();

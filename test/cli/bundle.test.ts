/**
 * The shipped CLI: a bundle of plain JavaScript that needs nothing from node_modules at run time,
 * rebuilt by the launcher whenever a source it was built from has changed, so `npx causeway` never
 * runs stale code. (Start-up time is measured by `npm run bench`, never asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error -- a plain .mjs script without type declarations
import { bundleState, buildCli, cliBuildOptions, cliPaths, ensureCliBundle, ROOT } from '../../scripts/cliBundle.mjs';

const temp = () => mkdtempSync(join(tmpdir(), 'causeway-bundle-'));

/** Runs `main(argv)` of the bundle at `bundle` in a fresh node, from `cwd`. */
function runBundle(bundle: string, argv: string[], cwd: string) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.exitCode = await main(${JSON.stringify(argv)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
}

describe('the CLI bundle', () => {
  it('runs on its own, outside the checkout, with no node_modules (and so no tsx) to lean on', async () => {
    const built = await buildCli(cliPaths(ROOT, temp()));
    // The entry and its chunks, copied elsewhere together.
    const elsewhere = temp();
    cpSync(dirname(built), elsewhere, { recursive: true });
    const alone = join(elsewhere, 'causeway.mjs');
    const example = join(ROOT, 'scenarios', 'greater-manchester-digital-adoption.causeway.json');
    const run = runBundle(alone, ['validate', example], tmpdir());
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${example}: ok\n`);
    expect(run.status).toBe(0);
  });

  it('starts without reading the report writers: docx and write-excel-file are in a chunk only `report` imports', async () => {
    const { build } = await import('esbuild');
    const paths = cliPaths(ROOT, temp());
    const { metafile } = (await build({ ...cliBuildOptions(paths), write: false })) as {
      metafile: {
        outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
      };
    };
    const outputs = metafile.outputs;
    const entry = Object.keys(outputs).find((o) => o.endsWith('/causeway.mjs'))!;
    /** The outputs Node reads once `from` runs: its static imports, transitively (dynamic ones wait for a call). */
    const loaded = (from: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(from)) return seen;
      seen.add(from);
      for (const i of outputs[from]!.imports)
        if (i.kind === 'import-statement' && outputs[i.path]) loaded(i.path, seen);
      return seen;
    };
    const dynamic = (from: string) =>
      outputs[from]!.imports.filter((i) => i.kind === 'dynamic-import' && outputs[i.path]);
    const hasWriterLibrary = (files: Set<string>) =>
      [...files].some((o) =>
        Object.keys(outputs[o]!.inputs).some((i) => /node_modules\/(docx|write-excel-file)\//.test(i)),
      );
    // `--version`: the entry alone; every other command: the entry and the command registry.
    const atStart = loaded(entry);
    expect(hasWriterLibrary(atStart)).toBe(false);
    const registry = dynamic(entry).find((i) => /registry/.test(i.path));
    expect(registry).toBeDefined();
    const commands = loaded(registry!.path, atStart);
    expect(hasWriterLibrary(commands)).toBe(false);
    // The writers are there, behind the one dynamic import `report` makes.
    const all = new Set(Object.keys(outputs));
    expect(hasWriterLibrary(all)).toBe(true);
  });

  it('quotes the method note in a report, with no README beside the bundle (it is built in)', async () => {
    const built = await buildCli(cliPaths(ROOT, temp()));
    const elsewhere = temp();
    cpSync(dirname(built), join(elsewhere, 'dist', 'cli'), { recursive: true });
    const example = join(ROOT, 'scenarios', 'west-midlands-advanced-manufacturing-mix.causeway.json');
    const out = join(elsewhere, 'report.md');
    const run = runBundle(
      join(elsewhere, 'dist', 'cli', 'causeway.mjs'),
      ['report', example, '--format', 'md', '--out', out],
      tmpdir(),
    );
    expect(run.stderr).not.toMatch(/README was not found/);
    expect(run.status).toBe(0);
    // The note's first sentence, read from the README here, independently of the CLI's own parsing.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const firstSentence = /## Method note\s+([^.]+\.)/.exec(readme)![1]!.replace(/\s+/g, ' ');
    expect(firstSentence).toMatch(/^This note says in plain words/);
    expect(readFileSync(out, 'utf8').replace(/\s+/g, ' ')).toContain(firstSentence);
  });

  it('npx causeway --version prints the version in package.json and the scenario schemaVersion', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'causeway.js'), '--version'], { encoding: 'utf8' });
    expect(run.stdout).toBe(`causeway ${version} (scenario schemaVersion 2)\n`);
    expect(run.status).toBe(0);
  });
});

describe('the launcher keeps the bundle current', () => {
  /** A tiny project with the CLI's layout: cli/main.ts exporting main. */
  function project(answer: number) {
    const root = temp();
    mkdirSync(join(root, 'cli'));
    writeFileSync(join(root, 'package.json'), '{"name":"tiny","version":"1.0.0"}\n');
    writeFileSync(
      join(root, 'cli', 'main.ts'),
      `export async function main(): Promise<number> { return ${answer}; }\n`,
    );
    return { root, paths: cliPaths(root, join(root, 'dist', 'cli')) };
  }

  it('builds a missing bundle, leaves a current one alone, and rebuilds after an edit', async () => {
    const { root, paths } = project(3);
    expect(bundleState(paths)).toBe('missing');
    const bundle = await ensureCliBundle(paths);
    expect(bundleState(paths)).toBe('current');
    expect(runBundle(bundle, [], root).status).toBe(3);
    const builtAt = readFileSync(paths.manifest, 'utf8');
    await ensureCliBundle(paths);
    expect(readFileSync(paths.manifest, 'utf8')).toBe(builtAt);
    writeFileSync(join(root, 'cli', 'main.ts'), 'export async function main(): Promise<number> { return 4; }\n');
    expect(bundleState(paths)).toBe('stale');
    expect(runBundle(await ensureCliBundle(paths), [], root).status).toBe(4);
    expect(bundleState(paths)).toBe('current');
  });

  it('counts a changed time alone (a checkout, a restored file) and a change to package.json as stale', async () => {
    const { root, paths } = project(0);
    await ensureCliBundle(paths);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'cli', 'main.ts'), later, later);
    expect(bundleState(paths)).toBe('stale');
    await ensureCliBundle(paths);
    writeFileSync(join(root, 'package.json'), '{"name":"tiny","version":"1.0.1"}\n');
    expect(bundleState(paths)).toBe('stale');
  });

  it('records the sources by their place in the checkout, whichever folder causeway is run from', () => {
    const { root, paths } = project(0);
    const script = `import { buildCli, cliPaths } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'cliBundle.mjs')).href)};
      await buildCli(cliPaths(${JSON.stringify(root)}, ${JSON.stringify(paths.outDir)}));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: '/', encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const manifest = JSON.parse(readFileSync(paths.manifest, 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(manifest.inputs).sort()).toEqual(['cli/main.ts', 'package.json']);
  });

  it('says why when the sources do not compile, and keeps no half-written bundle', async () => {
    const { root, paths } = project(0);
    writeFileSync(join(root, 'cli', 'main.ts'), 'export async function main( {\n');
    await expect(ensureCliBundle(paths)).rejects.toThrow(/main\.ts/);
    expect(bundleState(paths)).toBe('missing');
  });
});

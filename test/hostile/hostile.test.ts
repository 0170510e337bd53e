/**
 * The hostile corpus (corpus.ts) through the CLI, in process: every file under validate, run,
 * compare, history, restore and set; special paths (a pipe, devices, a folder, link loops, an
 * over-long path); hostile arguments. Whatever the input, a command answers 0 or 1 (never 2, never
 * a stack trace), a refusal is sentences on stderr, at most a screenful of them, and only `set`
 * changes the file, to one that loads. `npm run test:hostile` runs the full-size corpus through
 * the bundled CLI with time and memory measured (hostileFull.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../models/index.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { hostileFiles } from './corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'causeway-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const posix = process.platform !== 'win32';
let runs = 0;

/** What every answer must be, whatever the input. */
function expectComposed(run: CliRun, what: string): void {
  runs++;
  expect([0, 1], `${what}: exit ${run.code}\n${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.stderr, what).not.toMatch(/\n\s+at \S.*:\d+:\d+|Internal error|failed unexpectedly/);
  if (run.code === 1) expect(run.stderr.trim(), what).not.toBe('');
  expect(run.stderr.split('\n').length, what).toBeLessThan(120);
  expect(run.stderr.length, what).toBeLessThan(64 * 1024);
}

const READ_ONLY = (file: string) => [
  ['validate', file],
  ['run', file, '--json'],
  ['compare', file],
  ['history', file],
  ['restore', file, '--revision', '1', '--out', 'restored.causeway.json'],
];

describe('hostile files', () => {
  const files = hostileFiles('quick');

  it.each(files.map((f) => [f.group, f.name, f] as const))('%s/%s', async (_group, name, file) => {
    const dir = join(work, name);
    mkdirSync(dir);
    const bytes = file.bytes();
    const path = join(dir, `${name}.causeway.json`);
    writeFileSync(path, bytes);
    for (const argv of READ_ONLY(`${name}.causeway.json`)) {
      const run = await runCli(argv, dir);
      expectComposed(run, `${argv.join(' ')}`);
      expect(readFileSync(path).equals(Buffer.from(bytes)), `${argv[0]} left the file alone`).toBe(true);
      if (argv[0] === 'restore' && run.code === 0) {
        const restored = loadScenario(readFileSync(join(dir, 'restored.causeway.json'), 'utf8'));
        expect(restored.document, 'a restored revision loads').not.toBeNull();
      }
    }
    const set = await runCli(['set', `${name}.causeway.json`, 'p_support=0.02'], dir);
    expectComposed(set, 'set');
    if (set.code === 1)
      expect(readFileSync(path).equals(Buffer.from(bytes)), 'a refused set changed nothing').toBe(true);
    else expect(loadScenario(readFileSync(path, 'utf8')).document, 'what set wrote loads').not.toBeNull();
  });
});

describe.runIf(posix)('special paths', () => {
  const dir = join(work, 'special');
  mkdirSync(dir, { recursive: true });
  execFileSync('mkfifo', [join(dir, 'pipe.causeway.json')]);
  mkdirSync(join(dir, 'folder.causeway.json'));
  symlinkSync(join(dir, 'loop-b.causeway.json'), join(dir, 'loop-a.causeway.json'));
  symlinkSync(join(dir, 'loop-a.causeway.json'), join(dir, 'loop-b.causeway.json'));
  symlinkSync(join(dir, 'nowhere.causeway.json'), join(dir, 'dangling.causeway.json'));
  const paths = [
    'pipe.causeway.json',
    'folder.causeway.json',
    'loop-a.causeway.json',
    'dangling.causeway.json',
    'missing.causeway.json',
    '/dev/urandom',
    '/dev/null',
    '/dev/zero',
    `${'d'.repeat(250)}/`.repeat(20) + 'long.causeway.json',
  ];

  it.each(paths)('%s is refused at once with a sentence', async (path) => {
    for (const argv of [
      ['validate', path],
      ['run', path],
      ['history', path],
      ['set', path, 'p_support=1'],
    ]) {
      const run = await runCli(argv, dir);
      expectComposed(run, argv.join(' '));
      expect(run.code).toBe(1);
    }
  });
});

describe('hostile arguments', () => {
  const dir = join(work, 'arguments');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'f.causeway.json'),
    hostileFiles('quick')
      .find((f) => f.name === 'revisions-10000')!
      .bytes(),
  );
  const refused = [
    ['run', 'f.causeway.json', '--set', 'p_support=0x10'],
    ['run', 'f.causeway.json', '--set', 'p_support=1e999'],
    ['run', 'f.causeway.json', '--set', '__proto__=1'],
    ['run', 'f.causeway.json', '--samples', '10', '--seed', '4294967296'],
    ['run', 'f.causeway.json', '--samples', '0'],
    ['run', 'f.causeway.json', '--samples', '-1'],
    ['run', 'f.causeway.json', '--samples', '1000000000000'],
    ['run', 'f.causeway.json', '--samples', 'many'],
    ['run', 'f.causeway.json', '--scenario', '__proto__'],
    ['run', 'f.causeway.json', '--scenario', 'constructor'],
    ['run', 'f.causeway.json', '--bogus'],
    ['restore', 'f.causeway.json', '--revision', '1e99', '--out', 'x.causeway.json'],
    ['restore', 'f.causeway.json', '--revision', '-1', '--out', 'x.causeway.json'],
    ['restore', 'f.causeway.json', '--revision', '99999999999999999999', '--out', 'x.causeway.json'],
    ['set', 'f.causeway.json', 'constructor=1'],
    ['set', 'f.causeway.json', 'p_support=Infinity'],
    ['set', 'f.causeway.json', 'p_support'],
    ['history', 'f.causeway.json', 'g.causeway.json'],
  ];

  it.each(refused.map((argv) => [argv.slice(2).join(' ') || argv[0]!, argv] as const))(
    '%s: exit 1, a sentence',
    async (_what, argv) => {
      const before = readFileSync(join(dir, 'f.causeway.json'));
      const run = await runCli(argv, dir);
      expectComposed(run, argv.join(' '));
      expect(run.code).toBe(1);
      expect(readFileSync(join(dir, 'f.causeway.json')).equals(before)).toBe(true);
    },
  );
});

afterAll(() => {
  console.info(`hostile corpus: ${hostileFiles('quick').length} files, ${runs} runs checked`);
});

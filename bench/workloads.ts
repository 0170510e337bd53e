/**
 * The benchmark workloads and their goals (from the issue). Each measures one thing the app does
 * in front of a waiting user; the fixture documents are loaded once, outside the timings.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  clearEngineCaches,
  compileScenario,
  loadScenario,
  prepareSave,
  projectScenario,
  runMonteCarlo,
  runTornado,
  serialiseScenario,
  type ScenarioDocument,
} from '../models/index.ts';
import { runB0Handwritten } from './baseline/b0Handwritten.ts';
import { loadFixture, fixtureText } from './loadFixtures.ts';
import { measureInterleaved, summarise, timeOnce, type Plan, type Stats } from './measure.ts';
import { B0_SCENARIO } from './scenarios/b0.ts';
import { SYNTHETIC_SCENARIO } from './scenarios/synthetic.ts';

export interface Goal {
  /** Which measured number the goal bounds. */
  metric: 'medianMs' | 'ratio';
  max: number;
}

export interface WorkloadResult extends Stats {
  id: string;
  description: string;
  baselineMs?: number;
  baselineP95Ms?: number;
  ratio?: number;
  goal: Goal;
  met: boolean;
}

export interface Workload {
  id: string;
  description: string;
  goal: Goal;
  plan: Plan;
  run(): Omit<WorkloadResult, 'id' | 'description' | 'goal' | 'met'>;
}

const SEED = 20260101;
const DRAWS = 10_000;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; diagnostics: { message: string }[] }): T {
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.value;
}

/** Time `fn` alone: warm-up, then timed runs. */
function simple<T>(plan: Plan, prepare: () => T, fn: (input: T) => unknown): Stats {
  const [samples] = measureInterleaved(plan, [() => timeOnce(prepare, fn)]);
  return summarise(samples!);
}

/**
 * `fixtureDir` is passed in because a bundled copy of this module cannot find it by itself; the
 * checkout (for the CLI) is the folder two levels above it unless given.
 */
export function workloads(fixtureDir: string, root: string = resolve(fixtureDir, '..', '..')): Workload[] {
  const docs = new Map<string, ScenarioDocument>();
  const doc = (name: string) => docs.get(name) ?? (docs.set(name, loadFixture(name, fixtureDir)), docs.get(name)!);
  const none = () => undefined;
  return [
    {
      id: 'B0-mc10k',
      description: 'B0 Monte Carlo, 10,000 draws with percentiles, against hand-written loops',
      goal: { metric: 'ratio', max: 2 },
      plan: { warmup: 3, runs: 15, budgetMs: 12_000 },
      run() {
        const b0 = doc('B0');
        const engine = () =>
          timeOnce(none, () => unwrap(runMonteCarlo(b0, B0_SCENARIO, { samples: DRAWS, seed: SEED })));
        const baseline = () => timeOnce(none, () => runB0Handwritten(DRAWS, SEED));
        const [e, b] = measureInterleaved(this.plan, [engine, baseline]);
        const stats = summarise(e!);
        const base = summarise(b!);
        return {
          ...stats,
          baselineMs: base.medianMs,
          baselineP95Ms: base.p95Ms,
          ratio: Math.round((stats.medianMs / base.medianMs) * 1000) / 1000,
        };
      },
    },
    {
      id: 'S2000-run',
      description: 'S2000 deterministic projectScenario (formulas already analysed)',
      goal: { metric: 'medianMs', max: 16 },
      plan: { warmup: 5, runs: 40, budgetMs: 8_000 },
      run() {
        const s = doc('S2000');
        return simple(this.plan, none, () => unwrap(projectScenario(s, SYNTHETIC_SCENARIO)));
      },
    },
    {
      id: 'S200-mc10k',
      description: 'S200 Monte Carlo, 10,000 draws with percentiles',
      goal: { metric: 'medianMs', max: 1000 },
      plan: { warmup: 1, runs: 7, budgetMs: 12_000 },
      run() {
        const s = doc('S200');
        return simple(this.plan, none, () =>
          unwrap(runMonteCarlo(s, SYNTHETIC_SCENARIO, { samples: DRAWS, seed: SEED })),
        );
      },
    },
    {
      id: 'S2000-tornado',
      description: 'S2000 tornado of NPV over every ranged parameter',
      goal: { metric: 'medianMs', max: 1000 },
      plan: { warmup: 1, runs: 7, budgetMs: 12_000 },
      run() {
        const s = doc('S2000');
        return simple(this.plan, none, () => unwrap(runTornado(s, SYNTHETIC_SCENARIO, { metric: 'npv' })));
      },
    },
    {
      id: 'S2000-compile',
      description: 'S2000 compileScenario on a fresh copy of the loaded document, engine caches cleared',
      goal: { metric: 'medianMs', max: 200 },
      plan: { warmup: 2, runs: 10, budgetMs: 10_000 },
      run() {
        const s = doc('S2000');
        // Cold: the model analysis is cached by document identity (a fresh copy per run defeats it),
        // by model structure and parsed trees by formula text (both cleared before each run).
        const cold = () => {
          clearEngineCaches();
          return structuredClone(s);
        };
        return simple(this.plan, cold, (fresh) => unwrap(compileScenario(fresh, SYNTHETIC_SCENARIO)));
      },
    },
    {
      id: 'S2000-save',
      description: 'S2000 serialiseScenario and write the file',
      goal: { metric: 'medianMs', max: 300 },
      plan: { warmup: 2, runs: 10, budgetMs: 8_000 },
      run() {
        const s = doc('S2000');
        return withTempFile((file) => simple(this.plan, none, () => writeFileSync(file, serialiseScenario(s))));
      },
    },
    {
      id: 'S2000-save-path',
      description: 'S2000 Save as the app does it: prepareSave from the edited text, then write the file',
      goal: { metric: 'medianMs', max: 300 },
      plan: { warmup: 2, runs: 10, budgetMs: 8_000 },
      run() {
        const base = doc('S2000');
        // The renderer sends the edited document as text; main parses it once, commits revision + 1
        // with the reverse patch to the base, and serialises once.
        const edited = structuredClone(base);
        const first = Object.keys(edited.parameters)[0]!;
        edited.parameters[first]!.value += 1;
        const text = serialiseScenario(edited);
        return withTempFile((file) =>
          simple(this.plan, none, () => {
            const saved = prepareSave({ base, edited: text, name: 's2000', now: '2026-03-02T14:32:00.000Z' });
            if (!saved.ok) throw new Error(saved.message);
            writeFileSync(file, saved.text);
          }),
        );
      },
    },
    {
      id: 'S2000-load',
      description: 'S2000 read the file and loadScenario (parse, migrate, validate)',
      goal: { metric: 'medianMs', max: 300 },
      plan: { warmup: 2, runs: 10, budgetMs: 8_000 },
      run() {
        return withTempFile((file) => {
          writeFileSync(file, fixtureText('S2000', fixtureDir));
          return simple(this.plan, none, () => {
            const loaded = loadScenario(readFileSync(file, 'utf8'));
            if (!loaded.ok) throw new Error('S2000 did not load');
            return loaded.document;
          });
        });
      },
    },
    {
      id: 'library-parse',
      description: 'Parse the embedded baseline library (ITL areas, councils and combined authorities), as on start',
      goal: { metric: 'medianMs', max: 50 },
      plan: { warmup: 3, runs: 20, budgetMs: 5_000 },
      run() {
        const texts = ['baselineLibrary.json', 'localLibrary.json'].map((f) =>
          readFileSync(join(root, 'models', 'library', f), 'utf8'),
        );
        return simple(this.plan, none, () => texts.map((t) => JSON.parse(t) as unknown));
      },
    },
    cliStart('cli-start-version', 'causeway --version', ['--version']),
    cliStart('cli-start-areas', 'causeway areas (every area: ITL, combined authorities, councils)', ['areas']),
    cliStart('cli-start-validate', 'causeway validate on an example', [
      'validate',
      join(root, 'scenarios', 'greater-manchester-digital-adoption.causeway.json'),
    ]),
  ];

  /** A CLI command's start-to-exit time against a bare `node -e 0`, run alternately in the same run. */
  function cliStart(id: string, what: string, args: string[]): Workload {
    const bin = join(root, 'bin', 'causeway.js');
    const spawned = (argv: string[]) => () =>
      timeOnce(none, () => {
        const run = spawnSync(process.execPath, argv, { stdio: 'ignore' });
        if (run.status !== 0) throw new Error(`node ${argv.join(' ')} exited with ${run.status}`);
      });
    return {
      id,
      description: `${what}: start to exit, against a bare node -e 0 (CPU column: the bench's own)`,
      goal: { metric: 'ratio', max: 5 },
      plan: { warmup: 1, runs: 11, budgetMs: 30_000 },
      run() {
        const [cli, bare] = measureInterleaved(this.plan, [spawned([bin, ...args]), spawned(['-e', '0'])]);
        const stats = summarise(cli!);
        const base = summarise(bare!);
        return {
          ...stats,
          baselineMs: base.medianMs,
          baselineP95Ms: base.p95Ms,
          ratio: Math.round((stats.medianMs / base.medianMs) * 100) / 100,
        };
      },
    };
  }
}

function withTempFile<T>(fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  try {
    return fn(join(dir, 's2000.causeway.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function judge(w: Workload, measured: ReturnType<Workload['run']>): WorkloadResult {
  const value = w.goal.metric === 'ratio' ? measured.ratio : measured.medianMs;
  return {
    id: w.id,
    description: w.description,
    ...measured,
    goal: w.goal,
    met: value !== undefined && value <= w.goal.max,
  };
}

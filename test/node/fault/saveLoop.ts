/**
 * The child process of the fault-injection test: saves the scenario file at argv[2] over and over
 * through the real file service, each save a new revision, until it is killed. It prints one line
 * per completed save so the parent can aim its SIGKILL at different moments of a save.
 */
import { writeSync } from 'node:fs';
import { openScenarioFile, saveScenarioFile } from '../../../node/scenarioFiles.ts';
import { nodeFs, type FsLayer } from '../../../node/fsLayer.ts';
import { commitRevision, loadScenario, serialiseScenario } from '../../../models/index.ts';
import { createRandom } from '../../../models/uncertainty/random.ts';

const path = process.argv[2]!;
// The parent gives each child a seed from its own seeded generator, so a run can be repeated.
const random = createRandom(Number(process.argv[3] ?? 1));

// The real file system, announcing the start of the write protocol (the parent aims its kill at
// what follows) and pausing up to 2 ms between steps, as a slower disk would, to widen the windows
// between write, fsync, backup and rename that a kill must be able to hit.
const pause = () => new Promise((r) => setTimeout(r, random.next() * 2));
const fs: FsLayer = { ...nodeFs };
for (const key of ['rename', 'link', 'copyFile', 'unlink'] as const) {
  const original = nodeFs[key] as (...args: unknown[]) => Promise<void>;
  (fs as unknown as Record<string, unknown>)[key] = async (...args: unknown[]) => {
    await pause();
    await original(...args);
  };
}
fs.open = async (p, flags, mode) => {
  if (flags === 'wx') writeSync(1, 'writing\n');
  const handle = await nodeFs.open(p, flags, mode);
  return {
    writeFile: async (data) => {
      await pause();
      await handle.writeFile(data);
    },
    sync: async () => {
      await pause();
      await handle.sync();
    },
    close: () => handle.close(),
  };
};

// Warm up first (a new process spends most of its first save compiling the validators), then wait
// for the parent's go: the parent starts the next child while the current one runs, so the time a
// kill takes is the save's, not start-up's. Reading the file meanwhile is safe at any moment.
const warm = await openScenarioFile(path, fs);
if (warm.ok && warm.value.outcome.ok) {
  const doc = warm.value.outcome.document;
  commitRevision(doc, structuredClone(doc), { now: new Date().toISOString() });
  loadScenario(serialiseScenario(doc));
}
writeSync(1, 'ready\n');
await new Promise<void>((go) => process.stdin.once('data', () => go()));

let i = 0;
process.stdin.pause();
for (;;) {
  const opened = await openScenarioFile(path, fs);
  if (!opened.ok || !opened.value.outcome.ok) {
    process.stderr.write(
      `cannot open: ${JSON.stringify(opened.ok ? opened.value.outcome.diagnostics : opened.error)}\n`,
    );
    process.exit(3);
  }
  const doc = opened.value.outcome.document;
  const next = structuredClone(doc);
  const ids = Object.keys(next.parameters);
  // Change a few values and a long text, so each revision differs in several places and sizes.
  for (let k = 0; k < 3; k++)
    next.parameters[ids[(i * 7 + k * 131) % ids.length]!]!.value = Math.round(random.next() * 1e6) / 1e6;
  next.meta.description = `pid ${process.pid} save ${i} `.repeat(1 + (i % 50));
  const saved = await saveScenarioFile({
    path,
    document: next,
    base: doc,
    expected: opened.value.fingerprint,
    now: new Date().toISOString(),
    fs,
  });
  if (!saved.ok) {
    process.stderr.write(`save failed: ${saved.error.message}\n`);
    process.exit(4);
  }
  writeSync(1, `saved ${saved.value.revision}\n`);
  i++;
}
